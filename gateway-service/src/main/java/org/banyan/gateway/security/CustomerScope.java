package org.banyan.gateway.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.http.server.PathContainer;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Where a request names the customer it touches, as far as the gateway can see without reading the
 * body: a path variable {@code {customerId}} in one of {@code path-patterns}, or a query parameter in
 * {@code query-parameters}. An APP token may only name its own customer there; the services check
 * bodies and everything else (CustomerAccess in common-lib).
 */
@ConfigurationProperties("banyan.gateway.customer-scope")
record CustomerScope(
        @DefaultValue("/api/v1/customers/{customerId}/**") List<String> pathPatterns,
        @DefaultValue("customerId") List<String> queryParameters) {

    static final String VARIABLE = "customerId";

    CustomerScope {
        for (String pattern : pathPatterns) {
            if (!pattern.contains("{" + VARIABLE + "}")) {
                throw new IllegalArgumentException("banyan.gateway.customer-scope.path-patterns entry '" + pattern
                        + "' must contain {" + VARIABLE + "}");
            }
        }
    }

    List<PathPattern> compiled() {
        List<PathPattern> compiled = new ArrayList<>();
        pathPatterns.forEach(pattern -> compiled.add(PathPatternParser.defaultInstance.parse(pattern)));
        return compiled;
    }

    /** Every customer id the request names in its path or query (decoded), in no particular order. */
    static Set<String> customersNamedBy(ServerHttpRequest request, List<PathPattern> patterns, List<String> parameters) {
        Set<String> named = new TreeSet<>();
        PathContainer path = request.getPath().pathWithinApplication();
        for (PathPattern pattern : patterns) {
            PathPattern.PathMatchInfo match = pattern.matchAndExtract(path);
            if (match != null && match.getUriVariables().containsKey(VARIABLE)) {
                named.add(match.getUriVariables().get(VARIABLE));
            }
        }
        for (String parameter : parameters) {
            List<String> values = request.getQueryParams().get(parameter);
            if (values != null) {
                named.addAll(values); // WebFlux has decoded them already
            }
        }
        return named;
    }
}
