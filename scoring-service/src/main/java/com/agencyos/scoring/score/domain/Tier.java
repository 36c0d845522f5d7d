package com.agencyos.scoring.score.domain;

import java.util.List;
import java.util.Locale;

/** The band a score falls in, and the outreach channels that band earns. */
public enum Tier {
    HOT(85, List.of(Channel.EMAIL, Channel.LINKEDIN, Channel.VOICE, Channel.SMS, Channel.MAIL)),
    WARM(60, List.of(Channel.EMAIL, Channel.LINKEDIN, Channel.VOICE)),
    COOL(35, List.of(Channel.EMAIL, Channel.LINKEDIN)),
    COLD(20, List.of(Channel.EMAIL)),
    DEAD(0, List.of());

    private final int lowestScore;
    private final List<Channel> allowedChannels;

    Tier(int lowestScore, List<Channel> allowedChannels) {
        this.lowestScore = lowestScore;
        this.allowedChannels = allowedChannels;
    }

    public static Tier of(int score) {
        if (score < 0 || score > 100) {
            throw new IllegalArgumentException("a score is 0-100, was " + score);
        }
        for (Tier tier : values()) {
            if (score >= tier.lowestScore) {
                return tier;
            }
        }
        throw new IllegalStateException("no tier for " + score);
    }

    public int lowestScore() {
        return lowestScore;
    }

    public List<Channel> allowedChannels() {
        return allowedChannels;
    }

    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Tier fromWire(String wireName) {
        for (Tier tier : values()) {
            if (tier.wireName().equals(wireName)) {
                return tier;
            }
        }
        throw new IllegalArgumentException("unknown tier '" + wireName + "'");
    }
}
