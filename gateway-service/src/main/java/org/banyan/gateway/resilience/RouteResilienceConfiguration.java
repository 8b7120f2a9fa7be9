package org.banyan.gateway.resilience;

import io.github.resilience4j.bulkhead.BulkheadConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.timelimiter.TimeLimiterConfig;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4JCircuitBreakerFactory;
import org.springframework.cloud.circuitbreaker.resilience4j.ReactiveResilience4jBulkheadProvider;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4JConfigBuilder;
import org.springframework.cloud.circuitbreaker.resilience4j.Resilience4jBulkheadConfigurationBuilder;
import org.springframework.cloud.client.circuitbreaker.Customizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.server.ResponseStatusException;

import java.time.Duration;

/**
 * Every route runs through Spring Cloud Gateway's {@code CircuitBreaker} filter (a default filter,
 * named after the route), backed by Resilience4j: the time limiter turns a slow service into a fast
 * 504, the breaker turns a failing or dead one into an immediate 503 until it recovers, the bulkhead
 * caps the calls in flight to one service (503 beyond). Policies are
 * per route ({@link ResilienceProperties}). The caller's own mistakes (4xx raised while forwarding,
 * e.g. a body over the size limit) do not count against the service.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ResilienceProperties.class)
class RouteResilienceConfiguration {

    @Bean
    Customizer<ReactiveResilience4JCircuitBreakerFactory> routeBreakers(ResilienceProperties properties) {
        return factory -> factory.configureDefault(id -> {
            ResilienceProperties.Policy policy = properties.policyFor(id);
            return new Resilience4JConfigBuilder(id)
                    .timeLimiterConfig(TimeLimiterConfig.custom().timeoutDuration(policy.timeout()).build())
                    .circuitBreakerConfig(CircuitBreakerConfig.custom()
                            .failureRateThreshold(policy.failureRateThreshold())
                            .slidingWindowSize(policy.slidingWindowSize())
                            .minimumNumberOfCalls(policy.minimumNumberOfCalls())
                            .waitDurationInOpenState(policy.waitInOpenState())
                            .permittedNumberOfCallsInHalfOpenState(policy.permittedCallsInHalfOpen())
                            .recordException(RouteResilienceConfiguration::countsAgainstTheService)
                            .build())
                    .build();
        });
    }

    /**
     * Spring Cloud CircuitBreaker also puts a Resilience4j semaphore bulkhead around every call, 25
     * concurrent calls by default: far too few for a gateway (a 100 ms hiccup at 1,000 requests/s needs
     * 100). Sized per route instead ({@code max-concurrent-calls}); beyond it the caller gets 503.
     */
    @Bean
    Customizer<ReactiveResilience4jBulkheadProvider> routeBulkheads(ResilienceProperties properties) {
        return provider -> provider.configureDefault(id -> new Resilience4jBulkheadConfigurationBuilder()
                .bulkheadConfig(BulkheadConfig.custom()
                        .maxConcurrentCalls(properties.policyFor(id).maxConcurrentCalls())
                        .maxWaitDuration(Duration.ZERO)
                        .build())
                .build());
    }

    static boolean countsAgainstTheService(Throwable failure) {
        return !(failure instanceof ResponseStatusException status && status.getStatusCode().is4xxClientError());
    }
}
