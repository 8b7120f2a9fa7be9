package org.banyan.gateway.problem;

import io.github.resilience4j.bulkhead.BulkheadFullException;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.netty.handler.timeout.ReadTimeoutException;
import org.banyan.common.error.ProblemCode;
import org.banyan.common.web.RequestIds;
import org.banyan.gateway.exchange.GatewayExchanges;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.cloud.gateway.route.Route;
import org.springframework.cloud.gateway.support.ServerWebExchangeUtils;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBufferLimitException;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.ErrorResponse;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebExceptionHandler;
import reactor.core.publisher.Mono;
import reactor.netty.http.client.PrematureCloseException;

import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.UnknownHostException;
import java.util.concurrent.TimeoutException;

/**
 * Every failure that reaches WebFlux, the gateway's own and Spring's (no route: 404; upstream timeout:
 * 504; service down or its circuit open: 503; body too large: 413; anything unexpected: 500), becomes
 * problem+json with a stable code and the request id. Runs before Spring Boot's default handler.
 */
@Component
@Order(-2)
class GatewayErrorHandler implements WebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(GatewayErrorHandler.class);

    private final Problems problems;

    GatewayErrorHandler(Problems problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        Failure classified = classify(exchange, failure);
        logFailure(exchange, classified, failure);
        return problems.write(exchange, classified.code(), classified.detail());
    }

    private record Failure(ProblemCode code, String detail, boolean unexpected) {
    }

    private static Failure classify(ServerWebExchange exchange, Throwable failure) {
        String service = routeId(exchange);
        if (has(failure, CallNotPermittedException.class)) {
            return new Failure(ProblemCode.UNAVAILABLE,
                    "The " + service + " service is failing; its circuit breaker is open, try again later", false);
        }
        if (has(failure, BulkheadFullException.class)) {
            return new Failure(ProblemCode.UNAVAILABLE,
                    "The " + service + " service has too many calls in flight; try again shortly", false);
        }
        if (has(failure, TimeoutException.class) || has(failure, ReadTimeoutException.class)) {
            return new Failure(ProblemCode.TIMEOUT, "The " + service + " service did not answer in time", false);
        }
        if (has(failure, ConnectException.class) || has(failure, NoRouteToHostException.class)
                || has(failure, UnknownHostException.class) || has(failure, PrematureCloseException.class)) {
            return new Failure(ProblemCode.UNAVAILABLE, "The " + service + " service is not reachable", false);
        }
        if (has(failure, DataBufferLimitException.class)) {
            return new Failure(ProblemCode.PAYLOAD_TOO_LARGE, "The request is larger than this gateway accepts", false);
        }
        HttpStatusCode status = failure instanceof ErrorResponse response ? response.getStatusCode() : annotatedStatus(failure);
        if (status != null) {
            ProblemCode code = codeFor(status);
            String detail = switch (code) {
                case NOT_FOUND -> "No API route for " + exchange.getRequest().getPath().value();
                case TIMEOUT -> "The " + service + " service did not answer in time";
                case UNAVAILABLE -> "The " + service + " service is not available";
                default -> failure instanceof ErrorResponse response && response.getBody().getDetail() != null
                        ? response.getBody().getDetail() : code.title();
            };
            return new Failure(code, detail, status.is5xxServerError() && code == ProblemCode.INTERNAL_ERROR);
        }
        return new Failure(ProblemCode.INTERNAL_ERROR, "An internal error occurred; quote the request id to support", true);
    }

    /** The status of an exception declared with {@code @ResponseStatus} (Spring Cloud Gateway has a few). */
    private static HttpStatusCode annotatedStatus(Throwable failure) {
        ResponseStatus declared = AnnotatedElementUtils.findMergedAnnotation(failure.getClass(), ResponseStatus.class);
        return declared == null ? null : HttpStatusCode.valueOf(declared.code().value());
    }

    static ProblemCode codeFor(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> ProblemCode.MALFORMED_REQUEST;
            case 401 -> ProblemCode.UNAUTHENTICATED;
            case 403 -> ProblemCode.FORBIDDEN;
            case 404 -> ProblemCode.NOT_FOUND;
            case 405 -> ProblemCode.METHOD_NOT_ALLOWED;
            case 406 -> ProblemCode.NOT_ACCEPTABLE;
            case 409 -> ProblemCode.CONFLICT;
            case 413 -> ProblemCode.PAYLOAD_TOO_LARGE;
            case 415 -> ProblemCode.UNSUPPORTED_MEDIA_TYPE;
            case 429 -> ProblemCode.RATE_LIMITED;
            case 502, 503 -> ProblemCode.UNAVAILABLE;
            case 504 -> ProblemCode.TIMEOUT;
            default -> status.is4xxClientError() ? ProblemCode.MALFORMED_REQUEST : ProblemCode.INTERNAL_ERROR;
        };
    }

    private static String routeId(ServerWebExchange exchange) {
        Route route = exchange.getAttribute(ServerWebExchangeUtils.GATEWAY_ROUTE_ATTR);
        return route == null ? "upstream" : route.getId();
    }

    private static boolean has(Throwable failure, Class<? extends Throwable> type) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static void logFailure(ServerWebExchange exchange, Failure classified, Throwable failure) {
        if (!classified.unexpected() && classified.code().status().is4xxClientError()) {
            return;
        }
        GatewayExchanges.requestId(exchange).ifPresent(id -> MDC.put(RequestIds.MDC_KEY, id));
        try {
            String request = exchange.getRequest().getMethod() + " " + exchange.getRequest().getPath().value();
            if (classified.unexpected()) {
                log.error("Unexpected failure handling {}", request, failure);
            } else {
                log.warn("{} answered {} ({}): {}", request, classified.code().status().value(), classified.code(),
                        failure.toString());
            }
        } finally {
            MDC.remove(RequestIds.MDC_KEY);
        }
    }
}
