package com.agencyos.scoring.score.domain;

import java.util.Objects;

/**
 * One rule's contribution to a component, in words a salesperson reads, e.g.
 * {@code title 'Head of Growth' → director level, 15}. Deductions carry negative points.
 */
public record Reason(Component component, int points, String why) {

    public Reason {
        Objects.requireNonNull(component, "component");
        if (why == null || why.isBlank()) {
            throw new IllegalArgumentException("a reason says why");
        }
    }
}
