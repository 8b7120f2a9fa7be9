package org.banyan.gateway.exchange;

import org.springframework.cloud.gateway.support.ipresolver.XForwardedRemoteAddressResolver;
import org.springframework.web.server.ServerWebExchange;

import java.net.InetSocketAddress;

/**
 * Who the client is, network-wise. With {@code banyan.gateway.trusted-proxies: 0} (the default) the
 * TCP peer is the client and any {@code X-Forwarded-For} it sends is ignored (a client can write
 * anything there). Behind N trusted proxies (a load balancer, an ingress) the client is the N-th
 * address from the right of {@code X-Forwarded-For}, the last one those proxies appended.
 */
final class ClientAddressResolver {

    private final XForwardedRemoteAddressResolver forwarded;

    ClientAddressResolver(int trustedProxies) {
        if (trustedProxies < 0) {
            throw new IllegalArgumentException("banyan.gateway.trusted-proxies must be 0 or more");
        }
        this.forwarded = trustedProxies == 0 ? null : XForwardedRemoteAddressResolver.maxTrustedIndex(trustedProxies);
    }

    String resolve(ServerWebExchange exchange) {
        if (forwarded == null) {
            return peerAddress(exchange);
        }
        InetSocketAddress address = forwarded.resolve(exchange);
        return address == null ? "unknown" : hostOf(address);
    }

    static String peerAddress(ServerWebExchange exchange) {
        InetSocketAddress peer = exchange.getRequest().getRemoteAddress();
        return peer == null ? "unknown" : hostOf(peer);
    }

    private static String hostOf(InetSocketAddress address) {
        return address.getAddress() != null ? address.getAddress().getHostAddress() : address.getHostString();
    }
}
