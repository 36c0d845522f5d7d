package com.agencyos.scoring.score.domain;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.List;
import java.util.Objects;

/**
 * How much each component counts towards the score: five non-negative numbers summing to 1.
 * With {@link #DEFAULT} each component counts in proportion to its maximum points, so the score is
 * the plain sum of the points.
 */
public record Weights(double dataQuality, double authority, double companyFit, double timing, double risk) {

    /** How far from 1 the sum may drift, so that weights that went through JSON or a database still pass. */
    public static final double SUM_TOLERANCE = 1e-9;

    public static final Weights DEFAULT = new Weights(0.20, 0.25, 0.25, 0.15, 0.15);

    public Weights {
        double[] values = {dataQuality, authority, companyFit, timing, risk};
        Component[] components = Component.values();
        double sum = 0;
        for (int index = 0; index < values.length; index++) {
            if (!Double.isFinite(values[index]) || values[index] < 0) {
                throw new InvalidWeightsException("weight for " + components[index].wireName()
                        + " must be a non-negative number, was " + values[index]);
            }
            sum += values[index];
        }
        if (Math.abs(sum - 1.0) > SUM_TOLERANCE) {
            throw new InvalidWeightsException("weights must sum to 1, they sum to " + sum);
        }
    }

    /** Weights in {@link Component} order, as events and tables carry them. */
    public static Weights of(List<? extends Number> values) {
        if (values == null || values.size() != Component.values().length) {
            throw new InvalidWeightsException("weights are five numbers, got "
                    + (values == null ? "none" : values.size()));
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw new InvalidWeightsException("weights must not contain null: " + values);
        }
        return new Weights(values.get(0).doubleValue(), values.get(1).doubleValue(), values.get(2).doubleValue(),
                values.get(3).doubleValue(), values.get(4).doubleValue());
    }

    /**
     * Weights proportional to the given amounts, as the learner sends them (in points, e.g. 18.5 of 100):
     * each is divided by their total in decimal, so 20/25/25/15/15 gives exactly {@link #DEFAULT}.
     */
    public static Weights proportional(double dataQuality, double authority, double companyFit, double timing,
            double risk) {
        double[] values = {dataQuality, authority, companyFit, timing, risk};
        BigDecimal total = BigDecimal.ZERO;
        for (double value : values) {
            if (!Double.isFinite(value) || value < 0) {
                throw new InvalidWeightsException("learned weights must be non-negative numbers, got " + value);
            }
            total = total.add(BigDecimal.valueOf(value));
        }
        if (total.signum() == 0) {
            throw new InvalidWeightsException("learned weights must not all be 0");
        }
        double[] shares = new double[values.length];
        for (int index = 0; index < values.length; index++) {
            shares[index] = BigDecimal.valueOf(values[index]).divide(total, MathContext.DECIMAL64).doubleValue();
        }
        return new Weights(shares[0], shares[1], shares[2], shares[3], shares[4]);
    }

    public double weight(Component component) {
        return switch (component) {
            case DATA_QUALITY -> dataQuality;
            case AUTHORITY -> authority;
            case COMPANY_FIT -> companyFit;
            case TIMING -> timing;
            case RISK -> risk;
        };
    }

    /** The weight as the decimal it was written as (0.15, not 0.1499999999999999944…). */
    BigDecimal exactly(Component component) {
        return BigDecimal.valueOf(weight(component));
    }

    public List<Double> asList() {
        return List.of(dataQuality, authority, companyFit, timing, risk);
    }
}
