package com.agencyos.playbook.research.domain;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The parts of a robots.txt that bind this crawler: the {@code Disallow} and {@code Allow} prefixes of the group
 * for our user agent, or of the {@code *} group when there is none. The longest matching prefix wins.
 */
public record RobotsRules(List<String> disallowed, List<String> allowed) {

    public static final RobotsRules ALLOW_ALL = new RobotsRules(List.of(), List.of());

    public RobotsRules {
        disallowed = List.copyOf(disallowed);
        allowed = List.copyOf(allowed);
    }

    public static RobotsRules parse(String robotsTxt, String userAgent) {
        if (robotsTxt == null) {
            return ALLOW_ALL;
        }
        String agent = userAgent.toLowerCase(Locale.ROOT);
        Group ours = null;
        Group any = null;
        Group current = null;
        boolean inAgents = false;
        for (String raw : robotsTxt.split("\\R")) {
            String line = raw.replaceFirst("#.*", "").strip();
            int colon = line.indexOf(':');
            if (colon < 0) {
                continue;
            }
            String field = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
            String value = line.substring(colon + 1).strip();
            if (field.equals("user-agent")) {
                if (!inAgents) {
                    current = new Group(new ArrayList<>(), new ArrayList<>());
                }
                inAgents = true;
                String name = value.toLowerCase(Locale.ROOT);
                if (name.equals("*") && any == null) {
                    any = current;
                } else if (!name.equals("*") && agent.contains(name) && ours == null) {
                    ours = current;
                }
            } else if (current != null && (field.equals("disallow") || field.equals("allow"))) {
                inAgents = false;
                if (!value.isEmpty()) {
                    (field.equals("disallow") ? current.disallowed() : current.allowed()).add(value);
                }
            }
        }
        Group chosen = ours != null ? ours : any;
        return chosen == null ? ALLOW_ALL : new RobotsRules(chosen.disallowed(), chosen.allowed());
    }

    private record Group(List<String> disallowed, List<String> allowed) {
    }

    public boolean allows(String path) {
        String p = path == null || path.isEmpty() ? "/" : path;
        int deny = longest(disallowed, p);
        return deny < 0 || longest(allowed, p) >= deny;
    }

    private static int longest(List<String> prefixes, String path) {
        int best = -1;
        for (String prefix : prefixes) {
            String plain = prefix.replace("*", "").replaceFirst("\\$$", "");
            if (path.startsWith(plain)) {
                best = Math.max(best, plain.length());
            }
        }
        return best;
    }
}
