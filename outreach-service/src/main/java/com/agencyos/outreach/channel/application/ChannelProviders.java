package com.agencyos.outreach.channel.application;

import com.agencyos.outreach.sending.domain.Channel;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The configured providers, one per channel at most; a channel without one keeps its steps as tasks for a person. */
public final class ChannelProviders {

    private final Map<Channel, ChannelProvider> byChannel = new EnumMap<>(Channel.class);

    public ChannelProviders(List<ChannelProvider> providers) {
        for (ChannelProvider provider : providers) {
            if (byChannel.putIfAbsent(provider.channel(), provider) != null) {
                throw new IllegalStateException("two providers configured for " + provider.channel().wireName());
            }
        }
    }

    public Optional<ChannelProvider> forChannel(Channel channel) {
        return Optional.ofNullable(byChannel.get(channel));
    }
}
