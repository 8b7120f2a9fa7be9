package org.banyan.gateway.security;

import org.banyan.common.error.ProblemCode;
import org.banyan.gateway.problem.Problems;
import org.springframework.web.cors.CorsConfiguration;
import org.springframework.web.cors.reactive.CorsProcessor;
import org.springframework.web.cors.reactive.CorsUtils;
import org.springframework.web.cors.reactive.DefaultCorsProcessor;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

/**
 * CORS as Spring's {@code CorsWebFilter} does it (same processor), except that a refused cross-origin
 * request gets a 403 problem+json rather than an empty body. A valid preflight is answered here,
 * before authentication (browsers send no token with it).
 */
final class ProblemCorsFilter implements WebFilter {

    private final CorsConfiguration configuration;
    private final CorsProcessor processor = new DefaultCorsProcessor();
    private final Problems problems;

    ProblemCorsFilter(CorsConfiguration configuration, Problems problems) {
        this.configuration = configuration;
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        if (!CorsUtils.isCorsRequest(exchange.getRequest())) {
            return chain.filter(exchange);
        }
        if (!processor.process(configuration, exchange)) {
            return problems.write(exchange, ProblemCode.FORBIDDEN, "Cross-origin requests from "
                    + exchange.getRequest().getHeaders().getOrigin() + " are not allowed");
        }
        if (CorsUtils.isPreFlightRequest(exchange.getRequest())) {
            return exchange.getResponse().setComplete();
        }
        return chain.filter(exchange);
    }
}
