package org.banyan.gateway.exchange;

import org.springframework.web.server.ServerWebExchange;

import java.util.Optional;

/**
 * What the gateway has established about the exchange it is handling, for every feature to read: the
 * request id (accepted or minted by {@link RequestIdWebFilter}), the client's address (resolved before
 * any client-supplied forwarding header is stripped) and the authenticated subject (recorded by the
 * security layer). All three end up in the access-log line.
 */
public final class GatewayExchanges {

    static final String REQUEST_ID = GatewayExchanges.class.getName() + ".requestId";
    static final String CLIENT_ADDRESS = GatewayExchanges.class.getName() + ".clientAddress";
    static final String SUBJECT = GatewayExchanges.class.getName() + ".subject";

    private GatewayExchanges() {
    }

    public static Optional<String> requestId(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(REQUEST_ID));
    }

    /** The client's IP address: the peer's, or the one the trusted proxies in front of us report. */
    public static String clientAddress(ServerWebExchange exchange) {
        String resolved = exchange.getAttribute(CLIENT_ADDRESS);
        return resolved != null ? resolved : ClientAddressResolver.peerAddress(exchange);
    }

    public static Optional<String> subject(ServerWebExchange exchange) {
        return Optional.ofNullable(exchange.getAttribute(SUBJECT));
    }

    /** Records who the authenticated caller is, for the access log. */
    public static void recordSubject(ServerWebExchange exchange, String subject) {
        if (subject != null) {
            exchange.getAttributes().put(SUBJECT, subject);
        }
    }
}
