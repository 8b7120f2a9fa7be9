package org.banyan.gateway.resilience;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/**
 * {@code banyan.gateway.resilience.defaults.*} and {@code banyan.gateway.resilience.routes.<route-id>.*}:
 * how long the gateway waits for a service and when it stops calling one that keeps failing. A route
 * entry overrides only what it sets.
 */
@ConfigurationProperties("banyan.gateway.resilience")
record ResilienceProperties(@DefaultValue Policy defaults, @DefaultValue Map<String, Policy> routes) {

    /** The built-in values, used for whatever neither the defaults nor the route set. */
    static final Policy BUILT_IN = new Policy(Duration.ofSeconds(5), 50f, 20, 10, Duration.ofSeconds(10), 3, 200);

    /**
     * @param timeout                  longest wait for the service's response headers: then 504
     * @param failureRateThreshold     percentage of failed calls (errors, timeouts) that opens the breaker
     * @param slidingWindowSize        calls the failure rate is computed over
     * @param minimumNumberOfCalls     calls needed before the failure rate counts
     * @param waitInOpenState          how long an open breaker answers 503 at once before probing the service
     * @param permittedCallsInHalfOpen probe calls let through when half open
     * @param maxConcurrentCalls       calls in flight to the service from this instance (bulkhead); more: 503
     */
    record Policy(Duration timeout, Float failureRateThreshold, Integer slidingWindowSize, Integer minimumNumberOfCalls,
            Duration waitInOpenState, Integer permittedCallsInHalfOpen, Integer maxConcurrentCalls) {

        Policy over(Policy base) {
            return new Policy(
                    Optional.ofNullable(timeout).orElse(base.timeout),
                    Optional.ofNullable(failureRateThreshold).orElse(base.failureRateThreshold),
                    Optional.ofNullable(slidingWindowSize).orElse(base.slidingWindowSize),
                    Optional.ofNullable(minimumNumberOfCalls).orElse(base.minimumNumberOfCalls),
                    Optional.ofNullable(waitInOpenState).orElse(base.waitInOpenState),
                    Optional.ofNullable(permittedCallsInHalfOpen).orElse(base.permittedCallsInHalfOpen),
                    Optional.ofNullable(maxConcurrentCalls).orElse(base.maxConcurrentCalls));
        }
    }

    /** The effective policy of a route (or any breaker id). */
    Policy policyFor(String id) {
        Policy base = defaults.over(BUILT_IN);
        Policy route = routes.get(id);
        return route == null ? base : route.over(base);
    }
}
