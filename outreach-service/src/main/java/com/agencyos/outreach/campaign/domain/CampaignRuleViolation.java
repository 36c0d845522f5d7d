package com.agencyos.outreach.campaign.domain;

import java.util.Map;

/** A campaign, its settings or its sequence broke a rule; {@code field} names the offending input. */
public class CampaignRuleViolation extends IllegalArgumentException {

    private final String field;

    public CampaignRuleViolation(String field, String message) {
        super(field + ": " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public Map<String, String> fieldErrors() {
        String message = getMessage();
        return Map.of(field, message.substring(field.length() + 2));
    }

    static void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new CampaignRuleViolation(field, message);
        }
    }
}
