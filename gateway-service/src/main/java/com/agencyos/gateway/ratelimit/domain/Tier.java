package com.agencyos.gateway.ratelimit.domain;

/** Commercial tiers; each buys a different request quota at the gateway. */
public enum Tier {
    IGNITION,
    VELOCITY,
    DOMINANCE
}
