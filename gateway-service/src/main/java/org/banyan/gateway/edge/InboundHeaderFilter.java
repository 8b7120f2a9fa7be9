package org.banyan.gateway.edge;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;
import reactor.core.publisher.Mono;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/**
 * Removes from every inbound request the headers a client must not be able to set: identity and role
 * headers that some service or proxy might trust, forwarding headers (the gateway writes its own), the
 * method/URL override headers that could dodge the role matrix, and proxy hop-by-hop headers. Spring
 * Cloud Gateway additionally drops the RFC 9110 hop-by-hop set (and anything listed in
 * {@code Connection}) when it forwards, and, with no {@code spring.cloud.gateway.server.webflux.trusted-proxies}
 * configured, sends no forwarding headers at all. Services authenticate from the bearer token only; the
 * client address is the gateway's to know (access log, anonymous rate limits).
 */
@Component
class InboundHeaderFilter implements WebFilter, Ordered {

    /** Exact header names, lower case. */
    static final Set<String> STRIPPED = Set.of(
            // client-supplied forwarding information: the gateway derives and writes its own
            "forwarded", "x-real-ip", "x-client-ip", "client-ip", "true-client-ip", "cf-connecting-ip",
            "x-cluster-client-ip", "x-originating-ip", "x-proxyuser-ip", "via",
            // identity, roles, tenants, tokens that a downstream or a proxy plugin might trust
            "x-user", "x-username", "x-roles", "x-role", "x-scopes", "x-groups", "x-principal", "x-subject",
            "x-client-id", "x-tenant-id", "x-impersonate-user", "remote-user", "x-jwt-assertion", "x-id-token",
            "x-access-token", "x-userinfo",
            // request rewriting that could change what the role matrix saw
            "x-original-url", "x-rewrite-url", "x-http-method-override", "x-http-method", "x-method-override",
            // hop-by-hop, and httpoxy
            "proxy-connection", "proxy", "keep-alive", "te", "trailer", "upgrade", "proxy-authorization");

    /** Header name prefixes, lower case. */
    static final List<String> STRIPPED_PREFIXES = List.of(
            "x-forwarded-", "x-auth", "x-user-", "x-customer-", "x-remote-", "x-original-", "x-consumer-",
            "x-credential-", "x-amzn-oidc-", "x-ms-client-principal", "x-goog-authenticated-", "x-banyan-",
            "x-internal-", "x-envoy-");

    private static final Logger log = LoggerFactory.getLogger(InboundHeaderFilter.class);

    private final Set<String> extra;

    InboundHeaderFilter(EdgeProperties properties) {
        this.extra = new TreeSet<>(properties.extraStrippedHeaders().stream()
                .map(name -> name.toLowerCase(Locale.ROOT)).toList());
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        List<String> doomed = doomed(exchange.getRequest().getHeaders());
        if (doomed.isEmpty()) {
            return chain.filter(exchange);
        }
        if (log.isDebugEnabled()) {
            log.debug("Stripped inbound headers {}", doomed);
        }
        ServerHttpRequest request = exchange.getRequest().mutate()
                .headers(headers -> doomed.forEach(headers::remove))
                .build();
        return chain.filter(exchange.mutate().request(request).build());
    }

    private List<String> doomed(HttpHeaders headers) {
        List<String> doomed = new ArrayList<>(0);
        for (String name : headers.headerNames()) {
            if (stripped(name.toLowerCase(Locale.ROOT))) {
                doomed.add(name);
            }
        }
        return doomed;
    }

    private boolean stripped(String name) {
        return STRIPPED.contains(name) || extra.contains(name) || STRIPPED_PREFIXES.stream().anyMatch(name::startsWith);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 10;
    }
}
