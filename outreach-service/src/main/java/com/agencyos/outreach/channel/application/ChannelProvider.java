package com.agencyos.outreach.channel.application;

import com.agencyos.outreach.channel.domain.ChannelMessage;
import com.agencyos.outreach.channel.domain.ProviderReceipt;
import com.agencyos.outreach.sending.domain.Channel;
import reactor.core.publisher.Mono;

/**
 * Hands a rendered step to an outside provider. Errors are {@link com.agencyos.outreach.channel.domain.ChannelDeliveryFailure}.
 * The port sits in the application ring because the domain ring is free of Reactor.
 */
public interface ChannelProvider {

    /** The provider's name, as on receipts and in configuration. */
    String name();

    Channel channel();

    Mono<ProviderReceipt> deliver(ChannelMessage message);
}
