package org.banyan.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.web.cors.CorsConfiguration;

import java.time.Duration;
import java.util.List;

/**
 * {@code banyan.gateway.cors.*}: the bank's front-end origins allowed to call the API from a browser
 * (env {@code BANYAN_CORS_ORIGINS}, comma separated, e.g. {@code https://app.bank.example}). None by
 * default: a browser on any other origin is refused. Credentials (cookies) are never allowed: the API
 * takes bearer tokens.
 */
@ConfigurationProperties("banyan.gateway.cors")
record CorsSettings(
        @DefaultValue List<String> allowedOrigins,
        @DefaultValue({"GET", "HEAD", "POST", "PUT", "PATCH", "DELETE"}) List<String> allowedMethods,
        @DefaultValue({"Authorization", "Content-Type", "Accept", "X-Request-Id", "Idempotency-Key"}) List<String> allowedHeaders,
        @DefaultValue({"X-Request-Id", "Retry-After", "Location", "X-RateLimit-Remaining", "X-RateLimit-Replenish-Rate",
                "X-RateLimit-Burst-Capacity"}) List<String> exposedHeaders,
        @DefaultValue("30m") Duration maxAge) {

    CorsConfiguration configuration() {
        CorsConfiguration cors = new CorsConfiguration();
        allowedOrigins.stream().map(String::trim).filter(origin -> !origin.isEmpty()).forEach(cors::addAllowedOrigin);
        cors.setAllowedMethods(allowedMethods);
        cors.setAllowedHeaders(allowedHeaders);
        cors.setExposedHeaders(exposedHeaders);
        cors.setAllowCredentials(false);
        cors.setMaxAge(maxAge);
        return cors;
    }
}
