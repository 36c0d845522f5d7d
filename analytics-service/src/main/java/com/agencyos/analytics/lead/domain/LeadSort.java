package com.agencyos.analytics.lead.domain;

/**
 * The orders a lead list can be read in. Ties are broken by lead id in the same direction, so a cursor always
 * points at one place. A lead without a score sorts as if it scored -1: last when the highest score comes first.
 */
public enum LeadSort {
    LAST_ACTIVITY_DESC("-lastEventAt", Key.LAST_EVENT_AT, true),
    LAST_ACTIVITY_ASC("lastEventAt", Key.LAST_EVENT_AT, false),
    FIRST_ACTIVITY_DESC("-firstEventAt", Key.FIRST_EVENT_AT, true),
    FIRST_ACTIVITY_ASC("firstEventAt", Key.FIRST_EVENT_AT, false),
    SCORE_DESC("-score", Key.SCORE, true),
    SCORE_ASC("score", Key.SCORE, false);

    /** What a lead is sorted by. */
    public enum Key { LAST_EVENT_AT, FIRST_EVENT_AT, SCORE }

    public static final double UNSCORED = -1;

    private final String parameter;
    private final Key key;
    private final boolean descending;

    LeadSort(String parameter, Key key, boolean descending) {
        this.parameter = parameter;
        this.key = key;
        this.descending = descending;
    }

    public String parameter() {
        return parameter;
    }

    public Key key() {
        return key;
    }

    public boolean descending() {
        return descending;
    }

    /** The lead's sort key as the cursor writes it. */
    String keyOf(LeadView lead) {
        return switch (key) {
            case LAST_EVENT_AT -> lead.lastEventAt().toString();
            case FIRST_EVENT_AT -> lead.firstEventAt().toString();
            case SCORE -> Double.toString(lead.score() == null ? UNSCORED : lead.score());
        };
    }

    /** The sort named by the request parameter, or null when it names none. */
    public static LeadSort named(String parameter) {
        for (LeadSort sort : values()) {
            if (sort.parameter.equals(parameter)) {
                return sort;
            }
        }
        return null;
    }
}
