package org.banyan.gateway.exchange;

import org.banyan.common.web.RequestIds;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;
import reactor.core.publisher.SignalType;

import java.util.Locale;

/**
 * The outermost filter: accepts a well-formed {@code X-Request-Id} or mints one, forwards it to the
 * service, echoes it in every response (errors included, since it is set before anything can fail),
 * resolves the client address, and writes one access-log line per request when it completes:
 * method, path, route, status, duration, request id, subject and client.
 */
@Component
class RequestIdWebFilter implements WebFilter, Ordered {

    private static final Logger ACCESS_LOG = LoggerFactory.getLogger("org.banyan.gateway.access");

    private final ClientAddressResolver clients;

    RequestIdWebFilter(@Value("${banyan.gateway.trusted-proxies:0}") int trustedProxies) {
        this.clients = new ClientAddressResolver(trustedProxies);
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long started = System.nanoTime();
        String requestId = RequestIds.acceptOrMint(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
        exchange.getAttributes().put(GatewayExchanges.REQUEST_ID, requestId);
        exchange.getAttributes().put(GatewayExchanges.CLIENT_ADDRESS, clients.resolve(exchange));
        exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
        // The service echoes the id too, and the gateway adds its headers to ours: keep exactly one.
        exchange.getResponse().beforeCommit(() -> Mono.fromRunnable(
                () -> exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId)));
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(RequestIds.HEADER, requestId))
                .build();
        ServerWebExchange forwarded = exchange.mutate().request(request).build();
        return chain.filter(forwarded)
                .doFinally(signal -> logAccess(forwarded, requestId, signal, started))
                .contextWrite(context -> context.put(RequestIds.MDC_KEY, requestId));
    }

    private static void logAccess(ServerWebExchange exchange, String requestId, SignalType signal, long started) {
        if (!ACCESS_LOG.isInfoEnabled()) {
            return;
        }
        HttpStatusCode status = exchange.getResponse().getStatusCode();
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        int statusCode = status == null ? 200 : status.value();
        String statusText = signal == SignalType.CANCEL ? "cancelled" : Integer.toString(statusCode);
        String routeId = route == null ? "-" : route.getId();
        String subject = GatewayExchanges.subject(exchange).orElse("-");
        String client = GatewayExchanges.clientAddress(exchange);
        String method = exchange.getRequest().getMethod().name();
        String path = exchange.getRequest().getPath().value();
        long nanos = System.nanoTime() - started;
        String millis = String.format(Locale.ROOT, "%.2f", nanos / 1_000_000.0);
        MDC.put(RequestIds.MDC_KEY, requestId);
        try {
            // Key-value pairs for structured (ECS) logs, named after ECS fields; the message for plain text.
            ACCESS_LOG.atInfo()
                    .addKeyValue("http.request.method", method)
                    .addKeyValue("url.path", path)
                    .addKeyValue("http.response.status_code", signal == SignalType.CANCEL ? null : statusCode)
                    .addKeyValue("event.duration", nanos)
                    .addKeyValue("user.id", subject)
                    .addKeyValue("client.ip", client)
                    .addKeyValue("gateway.route", routeId)
                    .log("{} {} route={} status={} durationMs={} requestId={} subject={} client={}",
                            method, path, routeId, statusText, millis, requestId, subject, client);
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
