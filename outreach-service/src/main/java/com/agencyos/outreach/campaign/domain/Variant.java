package com.agencyos.outreach.campaign.domain;

import static com.agencyos.outreach.campaign.domain.CampaignRuleViolation.require;

/**
 * One version of a step's message.
 *
 * @param key short lower-case key reported on {@code touch.sent} ({@code a}, {@code b})
 * @param split the percentage of the step's leads that get this version
 * @param subject the subject template (email only; null for other channels)
 */
public record Variant(String key, int split, String subject, String body) {

    static final String KEY_PATTERN = "[a-z0-9]{1,8}";

    /** Validates in the context of a step, so errors name the input the caller sent. */
    void check(String field, boolean needsSubject) {
        require(key != null && key.matches(KEY_PATTERN), field + ".key", "must match " + KEY_PATTERN);
        require(split >= 0 && split <= 100, field + ".split", "must be between 0 and 100");
        require(!needsSubject || (subject != null && !subject.isBlank()), field + ".subject", "an email step needs a subject");
        require(subject == null || !subject.contains("\n") && !subject.contains("\r"), field + ".subject",
                "must be one line");
        require(body != null && !body.isBlank(), field + ".body", "must not be blank");
        if (subject != null) {
            MergeFields.check(field + ".subject", subject);
        }
        MergeFields.check(field + ".body", body);
    }
}
