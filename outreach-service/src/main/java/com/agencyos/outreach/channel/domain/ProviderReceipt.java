package com.agencyos.outreach.channel.domain;

/**
 * A provider took the message.
 *
 * @param provider who took it ({@code twilio}, {@code heyreach}, {@code vapi}, {@code lob})
 * @param id the provider's id of it (Twilio's message SID, Vapi's call id, Lob's letter id; our reference for HeyReach,
 *     which answers counts only)
 * @param status the provider's status word at hand-off ({@code queued}, {@code added}…), null when it gives none
 */
public record ProviderReceipt(String provider, String id, String status) {
}
