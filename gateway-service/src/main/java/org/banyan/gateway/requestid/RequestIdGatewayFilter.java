package org.banyan.gateway.requestid;

import org.banyan.common.web.RequestIds;
import org.springframework.cloud.gateway.filter.GatewayFilterChain;
import org.springframework.cloud.gateway.filter.GlobalFilter;
import org.springframework.core.Ordered;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Accepts a well-formed {@code X-Request-Id} or mints one, forwards it to the service and echoes it
 * in the response. Runs first so every later filter and log line sees it.
 */
@Component
class RequestIdGatewayFilter implements GlobalFilter, Ordered {

    static final String ATTRIBUTE = RequestIdGatewayFilter.class.getName() + ".requestId";

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, GatewayFilterChain chain) {
        String requestId = RequestIds.acceptOrMint(exchange.getRequest().getHeaders().getFirst(RequestIds.HEADER));
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> headers.set(RequestIds.HEADER, requestId))
                .build();
        exchange.getResponse().getHeaders().set(RequestIds.HEADER, requestId);
        exchange.getAttributes().put(ATTRIBUTE, requestId);
        return chain.filter(exchange.mutate().request(request).build())
                .contextWrite(context -> context.put(RequestIds.MDC_KEY, requestId));
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE;
    }
}
