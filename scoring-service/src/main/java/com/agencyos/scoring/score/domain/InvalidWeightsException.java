package com.agencyos.scoring.score.domain;

/** Weights that are not five non-negative numbers summing to 1. */
public class InvalidWeightsException extends IllegalArgumentException {

    public InvalidWeightsException(String message) {
        super(message);
    }
}
