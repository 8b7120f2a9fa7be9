package org.banyan.gateway.problem;

import org.banyan.common.error.ProblemCode;
import org.banyan.common.error.ProblemDetails;
import org.banyan.gateway.exchange.GatewayExchanges;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import tools.jackson.databind.json.JsonMapper;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Writes the gateway's own refusals and failures as RFC 9457 {@code application/problem+json} with
 * the stable {@link ProblemCode} and the request id, the same model the services answer with.
 */
@Component
public class Problems {

    private final JsonMapper mapper;

    Problems(JsonMapper mapper) {
        this.mapper = mapper;
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemCode code, String detail) {
        return write(exchange, ProblemDetails.of(code, detail));
    }

    public Mono<Void> write(ServerWebExchange exchange, ProblemDetail problem) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.empty();
        }
        byte[] body = mapper.writeValueAsBytes(toJson(exchange, problem));
        response.setStatusCode(HttpStatusCode.valueOf(problem.getStatus()));
        HttpHeaders headers = response.getHeaders();
        headers.remove(HttpHeaders.CONTENT_ENCODING);
        headers.remove(HttpHeaders.TRANSFER_ENCODING);
        headers.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        headers.setContentLength(body.length);
        return response.writeWith(Mono.fromSupplier(() -> response.bufferFactory().wrap(body)));
    }

    private static Map<String, Object> toJson(ServerWebExchange exchange, ProblemDetail problem) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("type", problem.getType() != null ? problem.getType().toString() : "about:blank");
        json.put("title", problem.getTitle());
        json.put("status", problem.getStatus());
        json.put("detail", problem.getDetail());
        json.put("instance", problem.getInstance() != null ? problem.getInstance().toString() : instance(exchange));
        if (problem.getProperties() != null) {
            json.putAll(problem.getProperties());
        }
        GatewayExchanges.requestId(exchange).ifPresent(id -> json.put(ProblemDetails.REQUEST_ID, id));
        return json;
    }

    private static String instance(ServerWebExchange exchange) {
        String path = exchange.getRequest().getPath().value();
        try {
            return URI.create(path).toString();
        } catch (IllegalArgumentException notAUri) {
            return null;
        }
    }
}
