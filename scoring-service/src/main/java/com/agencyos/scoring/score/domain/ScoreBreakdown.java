package com.agencyos.scoring.score.domain;

import java.util.List;
import java.util.Objects;

/**
 * A lead's ALS score with the points of each component, the weights that combined them and the reasons
 * behind every point. For each component the points of its reasons add up to the component's points.
 */
public record ScoreBreakdown(
        int score,
        int dataQuality,
        int authority,
        int companyFit,
        int timing,
        int risk,
        Weights weights,
        List<Reason> reasons) {

    public ScoreBreakdown {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("a score is 0-100, was " + score);
        }
        int[] points = {dataQuality, authority, companyFit, timing, risk};
        for (Component component : Component.values()) {
            int value = points[component.ordinal()];
            if (value < 0 || value > component.maxPoints()) {
                throw new IllegalArgumentException(component.wireName() + " is 0-" + component.maxPoints()
                        + " points, was " + value);
            }
        }
        Objects.requireNonNull(weights, "weights");
        reasons = List.copyOf(reasons);
    }

    public Tier tier() {
        return Tier.of(score);
    }

    public List<Channel> allowedChannels() {
        return tier().allowedChannels();
    }

    public int points(Component component) {
        return switch (component) {
            case DATA_QUALITY -> dataQuality;
            case AUTHORITY -> authority;
            case COMPANY_FIT -> companyFit;
            case TIMING -> timing;
            case RISK -> risk;
        };
    }

    public List<Reason> reasonsFor(Component component) {
        return reasons.stream().filter(reason -> reason.component() == component).toList();
    }
}
