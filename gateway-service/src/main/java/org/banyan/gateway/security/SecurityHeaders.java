package org.banyan.gateway.security;

import org.springframework.http.HttpHeaders;
import org.springframework.security.web.server.header.ServerHttpHeadersWriter;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;

/**
 * Response headers a bank API adds on top of Spring Security's defaults (no-store caching, nosniff,
 * frame DENY, X-XSS-Protection 0): HSTS on every response (TLS ends in front of the gateway, so the
 * scheme it sees is no guide; browsers ignore HSTS over plain HTTP anyway), a Content-Security-Policy
 * that forbids everything for API responses and allows Swagger UI only its own scripts and styles.
 * A header a service already set is left alone.
 */
final class SecurityHeaders implements ServerHttpHeadersWriter {

    static final String HSTS = "max-age=31536000 ; includeSubDomains";
    static final String API_CSP = "default-src 'none'; frame-ancestors 'none'; base-uri 'none'; form-action 'none'";
    static final String DOCS_CSP = "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
            + "script-src 'self'; connect-src 'self'; frame-ancestors 'none'; base-uri 'self'; form-action 'none'";

    @Override
    public Mono<Void> writeHttpHeaders(ServerWebExchange exchange) {
        HttpHeaders headers = exchange.getResponse().getHeaders();
        if (!headers.containsHeader("Strict-Transport-Security")) {
            headers.set("Strict-Transport-Security", HSTS);
        }
        if (!headers.containsHeader("Content-Security-Policy")) {
            headers.set("Content-Security-Policy", isDocs(exchange.getRequest().getPath().value()) ? DOCS_CSP : API_CSP);
        }
        return Mono.empty();
    }

    private static boolean isDocs(String path) {
        return path.startsWith("/swagger-ui") || path.startsWith("/webjars/swagger-ui");
    }
}
