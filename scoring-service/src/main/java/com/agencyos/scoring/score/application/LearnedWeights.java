package com.agencyos.scoring.score.application;

import com.agencyos.scoring.score.domain.Weights;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;
import java.util.UUID;

/**
 * Weights analytics learned from conversions, for one tenant, one industry or everyone, usable until
 * {@code validUntil}. For a tenant's weights {@code sampleSize} counts its conversions.
 */
public record LearnedWeights(Scope scope, UUID tenantId, String industry, Weights weights, double confidence,
        long sampleSize, Instant computedAt, Instant validUntil) {

    public enum Scope { TENANT, INDUSTRY, GLOBAL }

    public LearnedWeights {
        Objects.requireNonNull(scope, "scope");
        Objects.requireNonNull(weights, "weights");
        Objects.requireNonNull(computedAt, "computedAt");
        Objects.requireNonNull(validUntil, "validUntil");
        if (scope == Scope.TENANT && tenantId == null) {
            throw new IllegalArgumentException("tenant weights need a tenantId");
        }
        if (scope == Scope.INDUSTRY && (industry == null || industry.isBlank())) {
            throw new IllegalArgumentException("industry weights need an industry");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence is 0-1, was " + confidence);
        }
        if (sampleSize < 0) {
            throw new IllegalArgumentException("sampleSize must not be negative, was " + sampleSize);
        }
    }

    /** What newer weights of the same scope replace: the tenant, the industry as {@link #industryKey}, or global. */
    public String key() {
        return switch (scope) {
            case TENANT -> tenantId.toString();
            case INDUSTRY -> industryKey(industry);
            case GLOBAL -> "global";
        };
    }

    /** Industries match as the ICP matches them: ignoring case and surrounding or repeated spaces. */
    public static String industryKey(String industry) {
        return industry.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
