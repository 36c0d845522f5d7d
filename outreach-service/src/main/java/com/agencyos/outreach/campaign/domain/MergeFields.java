package com.agencyos.outreach.campaign.domain;

import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Templates with merge fields: {@code {{firstName}}}, or {@code {{firstName|there}}} with a fallback for a lead
 * that lacks the field. Only the fields below exist; a template naming another is refused when it is saved, not
 * when a touch is due.
 */
public final class MergeFields {

    public static final Set<String> KNOWN = Set.of("firstName", "lastName", "title", "companyName", "companyDomain");

    static final int MAX_VALUE_LENGTH = 80;
    private static final Pattern FIELD = Pattern.compile("\\{\\{\\s*([A-Za-z]+)\\s*(?:\\|([^{}]*))?}}");

    private MergeFields() {
    }

    /** Refuses a template naming an unknown field or holding a brace pair that is not a merge field. */
    public static void check(String field, String template) {
        Matcher matcher = FIELD.matcher(template);
        while (matcher.find()) {
            CampaignRuleViolation.require(KNOWN.contains(matcher.group(1)), field,
                    "unknown merge field '" + matcher.group(1) + "' (known: " + String.join(", ", KNOWN.stream().sorted().toList()) + ")");
        }
        CampaignRuleViolation.require(!matcher.replaceAll("").contains("{{"), field, "has a '{{' that is not a merge field");
    }

    /**
     * The template with its fields filled. Values are cleaned first (control characters and line breaks folded to
     * a space, capped), so a lead's data cannot inject mail headers or reshape the message.
     */
    public static String render(String template, Map<String, String> values) {
        Matcher matcher = FIELD.matcher(template);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String value = clean(values.get(matcher.group(1)));
            String fallback = matcher.group(2) == null ? "" : matcher.group(2).strip();
            matcher.appendReplacement(out, Matcher.quoteReplacement(value == null ? fallback : value));
        }
        matcher.appendTail(out);
        return out.toString();
    }

    /** Trimmed, control characters and runs of whitespace folded to one space, capped; null when nothing is left. */
    public static String clean(String value) {
        if (value == null) {
            return null;
        }
        String cleaned = value.replaceAll("[\\p{Cntrl}\\p{Zl}\\p{Zp}\\s]+", " ").strip();
        if (cleaned.isEmpty()) {
            return null;
        }
        return cleaned.length() <= MAX_VALUE_LENGTH ? cleaned : cleaned.substring(0, MAX_VALUE_LENGTH).strip();
    }
}
