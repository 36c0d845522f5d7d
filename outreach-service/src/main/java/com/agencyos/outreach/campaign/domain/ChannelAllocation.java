package com.agencyos.outreach.campaign.domain;

import static com.agencyos.outreach.campaign.domain.CampaignRuleViolation.require;

import com.agencyos.outreach.sending.domain.Channel;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The share of a campaign's touches each channel gets, in whole percent summing to 100. */
public record ChannelAllocation(Map<Channel, Integer> percentages) {

    public static final ChannelAllocation EMAIL_ONLY = new ChannelAllocation(Map.of(Channel.EMAIL, 100));

    public ChannelAllocation {
        require(percentages != null && !percentages.isEmpty(), "settings.channelAllocation", "needs at least one channel");
        int sum = 0;
        for (var share : percentages.entrySet()) {
            require(share.getValue() != null && share.getValue() >= 0 && share.getValue() <= 100,
                    "settings.channelAllocation." + share.getKey().wireName(), "must be between 0 and 100");
            sum += share.getValue();
        }
        require(sum == 100, "settings.channelAllocation", "must sum to 100, not " + sum);
        percentages = Collections.unmodifiableMap(new EnumMap<>(percentages));
    }

    public boolean allows(Channel channel) {
        return percentages.getOrDefault(channel, 0) > 0;
    }
}
