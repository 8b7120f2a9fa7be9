package org.banyan.gateway.ratelimit;

import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.github.resilience4j.circuitbreaker.CircuitBreakerRegistry;
import io.github.resilience4j.reactor.circuitbreaker.operator.CircuitBreakerOperator;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import org.banyan.common.error.ProblemCode;
import org.banyan.common.security.BanyanJwt;
import org.banyan.common.security.Role;
import org.banyan.gateway.exchange.GatewayExchanges;
import org.banyan.gateway.problem.Problems;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.cloud.gateway.filter.GatewayFilter;
import org.springframework.cloud.gateway.filter.factory.AbstractGatewayFilterFactory;
import org.springframework.cloud.gateway.filter.ratelimit.RateLimiter;
import org.springframework.cloud.gateway.filter.ratelimit.RedisRateLimiter;
import org.springframework.http.HttpHeaders;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;
import org.springframework.web.server.ServerWebExchange;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.security.Principal;
import java.util.Comparator;
import java.util.Map;
import java.util.Set;

/**
 * {@code ClientRateLimit}: a token bucket per client, shared by every gateway instance through Redis
 * (Spring Cloud Gateway's {@link RedisRateLimiter} and its atomic Lua script; the bucket key is the
 * tier plus the client). The client is the token's subject, or the client IP for the anonymous routes
 * (OpenAPI documents); its tier is the most generous of its roles' limits. A refused request gets 429
 * problem+json with {@code Retry-After}; an allowed one carries {@code X-RateLimit-*} headers.
 * <p>
 * If Redis fails or is slow, the request is let through unchecked (fail open) after at most
 * {@code banyan.gateway.rate-limiter.timeout}; a breaker then stops calling Redis for
 * {@code open-for} so a dead Redis costs nothing per request. See docs/security.md for why.
 */
@Component
class ClientRateLimitGatewayFilterFactory extends AbstractGatewayFilterFactory<ClientRateLimitGatewayFilterFactory.Config> {

    static final String BREAKER = "redis-rate-limiter";

    private static final Logger log = LoggerFactory.getLogger(ClientRateLimitGatewayFilterFactory.class);
    private static final RateLimiter.Response UNCHECKED = new RateLimiter.Response(true, Map.of());

    private final RedisRateLimiter limiter;
    private final Map<String, RateLimitProperties.Limit> limits;
    private final CircuitBreaker redisBreaker;
    private final java.time.Duration redisTimeout;
    private final Problems problems;
    private final Counter unchecked;

    ClientRateLimitGatewayFilterFactory(RedisRateLimiter limiter, RateLimitProperties properties, Problems problems,
            ObjectProvider<CircuitBreakerRegistry> breakers, MeterRegistry meters) {
        super(Config.class);
        this.limiter = limiter;
        this.limits = properties.effective();
        this.problems = problems;
        this.redisTimeout = properties.rateLimiter().timeout();
        limits.forEach((tier, limit) -> limiter.getConfig().put(tier, new RedisRateLimiter.Config()
                .setReplenishRate(limit.replenishRate())
                .setBurstCapacity(limit.burstCapacity())
                .setRequestedTokens(1)));
        CircuitBreakerConfig breakerConfig = CircuitBreakerConfig.custom()
                .slidingWindowSize(properties.rateLimiter().failureWindow())
                .minimumNumberOfCalls(Math.min(5, properties.rateLimiter().failureWindow()))
                .failureRateThreshold(50)
                .waitDurationInOpenState(properties.rateLimiter().openFor())
                .permittedNumberOfCallsInHalfOpenState(2)
                .build();
        this.redisBreaker = breakers.getIfAvailable(CircuitBreakerRegistry::ofDefaults).circuitBreaker(BREAKER, breakerConfig);
        this.redisBreaker.getEventPublisher().onStateTransition(event -> {
            switch (event.getStateTransition().getToState()) {
                case OPEN -> log.warn("Rate limiting suspended: Redis failed or was slow on {}% of recent calls; "
                        + "requests pass unchecked (fail open) until it answers again", (int) redisBreaker.getMetrics().getFailureRate());
                case CLOSED -> log.info("Rate limiting resumed: Redis answers again");
                default -> {
                }
            }
        });
        this.unchecked = Counter.builder("banyan.gateway.ratelimit.unchecked")
                .description("Requests let through without a rate-limit check because Redis failed, was slow or its breaker was open")
                .register(meters);
    }

    @Override
    public GatewayFilter apply(Config config) {
        return (exchange, chain) -> exchange.getPrincipal()
                .map(principal -> clientOf(principal, exchange))
                .switchIfEmpty(Mono.fromSupplier(() -> anonymous(exchange)))
                .flatMap(client -> check(client)
                        .flatMap(decision -> {
                            HttpHeaders headers = exchange.getResponse().getHeaders();
                            decision.getHeaders().forEach((name, value) -> {
                                if (!RedisRateLimiter.REQUESTED_TOKENS_HEADER.equals(name)) {
                                    headers.set(name, value);
                                }
                            });
                            if (decision.isAllowed()) {
                                return chain.filter(exchange);
                            }
                            long retryAfter = retryAfterSeconds(client.tier());
                            headers.set(HttpHeaders.RETRY_AFTER, Long.toString(retryAfter));
                            return problems.write(exchange, ProblemCode.RATE_LIMITED, "Rate limit of "
                                    + limits.get(client.tier()).replenishRate() + " requests per second (burst "
                                    + limits.get(client.tier()).burstCapacity() + ") reached for this client; retry after "
                                    + retryAfter + " s");
                        }));
    }

    /** The client's bucket, in its tier: the most generous limit among the roles it holds. */
    private Client clientOf(Principal principal, ServerWebExchange exchange) {
        if (!(principal instanceof JwtAuthenticationToken token)) {
            return anonymous(exchange);
        }
        Set<Role> roles = BanyanJwt.roles(token.getToken());
        String tier = roles.stream().map(Role::name)
                .max(Comparator.comparingInt((String name) -> limits.get(name).replenishRate())
                        .thenComparingLong(name -> limits.get(name).burstCapacity()))
                .orElse(RateLimitProperties.ANONYMOUS);
        String subject = token.getToken().getSubject();
        return StringUtils.hasText(subject) ? new Client(tier, "sub:" + subject) : new Client(tier, "ip:" + GatewayExchanges.clientAddress(exchange));
    }

    private static Client anonymous(ServerWebExchange exchange) {
        return new Client(RateLimitProperties.ANONYMOUS, "ip:" + GatewayExchanges.clientAddress(exchange));
    }

    /**
     * Asks Redis, within the time budget and only while its breaker is closed. RedisRateLimiter itself
     * answers "allowed, remaining -1" when Redis fails; that counts as a failure here too.
     */
    private Mono<RateLimiter.Response> check(Client client) {
        return Mono.defer(() -> limiter.isAllowed(client.tier(), client.key()))
                // Lettuce's shared connection is (re)established with a blocking wait: never on an event loop.
                .subscribeOn(Schedulers.boundedElastic())
                .flatMap(response -> "-1".equals(response.getHeaders().get(RedisRateLimiter.REMAINING_HEADER))
                        ? Mono.<RateLimiter.Response>error(new RedisUnavailable())
                        : Mono.just(response))
                .timeout(redisTimeout)
                .transformDeferred(CircuitBreakerOperator.of(redisBreaker))
                .onErrorResume(failure -> {
                    unchecked.increment();
                    log.debug("Rate limit not checked ({}); letting the request through", failure.toString());
                    return Mono.just(UNCHECKED);
                });
    }

    private long retryAfterSeconds(String tier) {
        // One token is back after 1/rate seconds; Retry-After counts whole seconds.
        return Math.max(1, (long) Math.ceil(1.0 / limits.get(tier).replenishRate()));
    }

    record Client(String tier, String key) {
    }

    /** {@code ClientRateLimit} takes no arguments: limits are per tier, in {@link RateLimitProperties}. */
    static class Config {
    }

    private static final class RedisUnavailable extends RuntimeException {
        RedisUnavailable() {
            super("Redis did not answer the rate-limit script", null, false, false);
        }
    }
}
