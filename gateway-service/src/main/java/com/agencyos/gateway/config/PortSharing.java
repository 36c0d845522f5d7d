package com.agencyos.gateway.config;

import io.netty.channel.ChannelOption;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.socket.nio.NioChannelOption;
import java.net.StandardSocketOptions;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import reactor.netty.http.server.HttpServer;

/**
 * {@code SO_REUSEPORT} on the gateway's port when {@code agencyos.web.reuse-port=true}: the local stack's rolling
 * restart starts a second gateway beside the first and stops the first once the second answers, so partners' webhooks
 * never meet a closed port. The services have the same switch in platform-web, which the gateway does not depend on.
 */
final class PortSharing implements NettyServerCustomizer {

    @Override
    public HttpServer apply(HttpServer server) {
        ChannelOption<Boolean> reusePort = Epoll.isAvailable()
                ? EpollChannelOption.SO_REUSEPORT : NioChannelOption.of(StandardSocketOptions.SO_REUSEPORT);
        return server.option(reusePort, true);
    }
}
