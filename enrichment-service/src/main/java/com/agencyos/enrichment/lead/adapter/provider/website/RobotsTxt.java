package com.agencyos.enrichment.lead.adapter.provider.website;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * robots.txt as RFC 9309 reads it: the group for our user agent (else {@code *}), longest matching Allow or Disallow
 * path wins, Allow on a tie; {@code *} and {@code $} in paths are honoured.
 */
final class RobotsTxt {

    static final RobotsTxt ALLOW_ALL = new RobotsTxt(List.of());
    static final RobotsTxt DISALLOW_ALL = new RobotsTxt(List.of(new Rule(false, "/")));

    private final List<Rule> rules;

    private RobotsTxt(List<Rule> rules) {
        this.rules = rules;
    }

    record Rule(boolean allow, String path) {

        boolean matches(String target) {
            String regex = java.util.regex.Pattern.quote(path).replace("*", "\\E.*\\Q");
            if (regex.endsWith("$\\E")) {
                regex = regex.substring(0, regex.length() - 3) + "\\E$";
            } else {
                regex = regex + ".*";
            }
            return target.matches(regex);
        }
    }

    static RobotsTxt parse(String text, String userAgent) {
        String agent = userAgent.toLowerCase(Locale.ROOT).split("[/ ]")[0];
        List<Rule> mine = new ArrayList<>();
        List<Rule> any = new ArrayList<>();
        boolean inMine = false;
        boolean inAny = false;
        boolean groupHasRules = false;
        boolean foundMine = false;
        for (String raw : text.split("\\r?\\n")) {
            String line = raw.replaceAll("#.*", "").trim();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String key = line.substring(0, colon).trim().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).trim();
            if (key.equals("user-agent")) {
                if (groupHasRules) {
                    inMine = false;
                    inAny = false;
                    groupHasRules = false;
                }
                String named = value.toLowerCase(Locale.ROOT);
                if (named.equals("*")) {
                    inAny = true;
                } else if (!named.isEmpty() && agent.startsWith(named.split("[/ ]")[0])) {
                    inMine = true;
                    foundMine = true;
                }
            } else if (key.equals("allow") || key.equals("disallow")) {
                groupHasRules = true;
                if (value.isEmpty()) {
                    continue;
                }
                Rule rule = new Rule(key.equals("allow"), value);
                if (inMine) {
                    mine.add(rule);
                }
                if (inAny) {
                    any.add(rule);
                }
            }
        }
        return new RobotsTxt(foundMine ? mine : any);
    }

    boolean allows(String path) {
        String target = path == null || path.isEmpty() ? "/" : path;
        Rule best = null;
        for (Rule rule : rules) {
            if (rule.matches(target) && (best == null || rule.path().length() > best.path().length()
                    || rule.path().length() == best.path().length() && rule.allow())) {
                best = rule;
            }
        }
        return best == null || best.allow();
    }
}
