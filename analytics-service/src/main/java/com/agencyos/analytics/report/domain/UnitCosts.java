package com.agencyos.analytics.report.domain;

import java.util.Map;

/**
 * What things cost, in micro-AUD, for what the events do not price themselves. An event's own cost always wins: a
 * unit cost only prices a touch or provider call that reports 0 and was not served from a cache.
 *
 * @param channelMicros per touch sent, by channel ({@code email}, {@code sms}, {@code linkedin}, {@code mail})
 * @param voiceMinuteMicros per minute of a voice touch
 * @param voiceMinutesPerCall touches do not carry a call's length, so each voice touch counts this many minutes
 * @param linkedinSeatMonthMicros per LinkedIn seat (from the tenant's quota) per 30 days, prorated over the period
 * @param enrichmentCallMicros per provider call, by provider
 * @param llmPlaybookMicros per playbook written by the LLM generator
 * @param llmReplyMicros per reply classified by the LLM classifier
 */
public record UnitCosts(Map<String, Long> channelMicros, long voiceMinuteMicros, double voiceMinutesPerCall,
        long linkedinSeatMonthMicros, Map<String, Long> enrichmentCallMicros, long llmPlaybookMicros,
        long llmReplyMicros) {

    public UnitCosts {
        channelMicros = Map.copyOf(channelMicros);
        enrichmentCallMicros = Map.copyOf(enrichmentCallMicros);
    }

    /** The built-in defaults: list prices of common Australian providers in late 2026, rounded. */
    public static UnitCosts defaults() {
        return new UnitCosts(Map.of("email", 1_000L, "sms", 80_000L, "linkedin", 0L, "mail", 2_200_000L), 60_000L,
                2.0, 120_000_000L, Map.of(), 50_000L, 1_000L);
    }

    public long perTouch(String channel) {
        if ("voice".equals(channel)) {
            return Math.round(voiceMinuteMicros * voiceMinutesPerCall);
        }
        return channelMicros.getOrDefault(channel, 0L);
    }
}
