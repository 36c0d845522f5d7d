package com.agencyos.platform.web;

import io.netty.channel.ChannelOption;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollChannelOption;
import io.netty.channel.socket.nio.NioChannelOption;
import java.net.StandardSocketOptions;
import org.springframework.boot.reactor.netty.NettyServerCustomizer;
import reactor.netty.http.server.HttpServer;

/**
 * Lets a second instance of a service listen on the port the first one still serves ({@code SO_REUSEPORT}; the
 * kernel spreads new connections over both). The local stack's rolling restart starts the new instance beside the
 * old one, waits until the new one answers on the port, then stops the old one gracefully: the port never refuses a
 * connection, which is what two replicas behind a Kubernetes Service give a rolling update. Off unless
 * {@code agencyos.web.reuse-port=true}: on Kubernetes every pod has an address of its own and needs none of this.
 */
public final class PortSharing implements NettyServerCustomizer {

    /** The option for the transport reactor-netty picks: native epoll where Linux offers it, the JDK's NIO elsewhere. */
    static ChannelOption<Boolean> reusePortOption() {
        return Epoll.isAvailable() ? EpollChannelOption.SO_REUSEPORT : NioChannelOption.of(StandardSocketOptions.SO_REUSEPORT);
    }

    @Override
    public HttpServer apply(HttpServer server) {
        return server.option(reusePortOption(), true);
    }
}
