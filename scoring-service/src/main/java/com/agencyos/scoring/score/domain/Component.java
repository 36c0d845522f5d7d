package com.agencyos.scoring.score.domain;

/** The five parts of the ALS score, each with the most points it can contribute. */
public enum Component {
    DATA_QUALITY("dataQuality", 20),
    AUTHORITY("authority", 25),
    COMPANY_FIT("companyFit", 25),
    TIMING("timing", 15),
    RISK("risk", 15);

    private final String wireName;
    private final int maxPoints;

    Component(String wireName, int maxPoints) {
        this.wireName = wireName;
        this.maxPoints = maxPoints;
    }

    public int maxPoints() {
        return maxPoints;
    }

    public String wireName() {
        return wireName;
    }

    public static Component fromWire(String wireName) {
        for (Component component : values()) {
            if (component.wireName.equals(wireName)) {
                return component;
            }
        }
        throw new IllegalArgumentException("unknown component '" + wireName + "'");
    }
}
