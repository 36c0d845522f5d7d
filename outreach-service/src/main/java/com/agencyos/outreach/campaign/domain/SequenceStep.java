package com.agencyos.outreach.campaign.domain;

import static com.agencyos.outreach.campaign.domain.CampaignRuleViolation.require;

import com.agencyos.outreach.sending.domain.Channel;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

/**
 * One step of a sequence.
 *
 * @param day the day of the sequence it falls on; the first touch is day 1
 * @param variants the versions of the message with their splits (summing to 100); empty for a built-in step,
 *     whose copy the service writes
 */
public record SequenceStep(int day, Channel channel, List<Variant> variants) {

    public SequenceStep {
        Objects.requireNonNull(channel, "channel");
        variants = List.copyOf(variants);
    }

    void check(String field) {
        require(day >= 1 && day <= 365, field + ".day", "must be between 1 and 365");
        if (variants.isEmpty()) {
            return;
        }
        Set<String> keys = new HashSet<>();
        int split = 0;
        for (int i = 0; i < variants.size(); i++) {
            Variant variant = variants.get(i);
            variant.check(field + ".variants[" + i + "]", channel == Channel.EMAIL);
            require(keys.add(variant.key()), field + ".variants[" + i + "].key", "is used twice");
            split += variant.split();
        }
        require(split == 100, field + ".variants", "splits must sum to 100, not " + split);
    }

    /**
     * The variant a lead gets: a stable bucket from the lead id and the day, so a lead always sees the same version
     * of a step and the buckets of different steps are independent. Null for a built-in step.
     */
    public Variant variantFor(UUID leadId) {
        if (variants.isEmpty()) {
            return null;
        }
        int bucket = Math.floorMod(leadId.hashCode() * 31 + day, 100);
        int upTo = 0;
        for (Variant variant : variants) {
            upTo += variant.split();
            if (bucket < upTo) {
                return variant;
            }
        }
        throw new IllegalStateException("splits of a checked step sum to 100");
    }
}
