package org.banyan.gateway.ratelimit;

import org.banyan.common.security.Role;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * {@code banyan.gateway.rate-limits.<TIER>.replenish-rate / burst-capacity} (tiers: the roles, plus
 * {@code ANONYMOUS} for callers without a token, keyed by client IP) and
 * {@code banyan.gateway.rate-limiter.*} (how the shared Redis bucket store is used).
 *
 * @param rateLimits  per-tier overrides of {@link #DEFAULTS}; keys are case-insensitive
 * @param rateLimiter Redis call budget and the breaker that stops calling a failing Redis
 */
@ConfigurationProperties("banyan.gateway")
record RateLimitProperties(
        @DefaultValue Map<String, Limit> rateLimits,
        @DefaultValue RedisUse rateLimiter) {

    static final String ANONYMOUS = "ANONYMOUS";

    /** Requests per second and bucket size per tier, unless configured otherwise. */
    static final Map<String, Limit> DEFAULTS;

    static {
        Map<Role, Limit> byRole = new EnumMap<>(Role.class);
        byRole.put(Role.ADMIN, new Limit(20, 40));
        byRole.put(Role.ANALYST, new Limit(20, 40));
        byRole.put(Role.FRONTLINE, new Limit(20, 40));
        byRole.put(Role.APP, new Limit(20, 40));
        byRole.put(Role.BATCH, new Limit(5, 10));
        byRole.put(Role.OPS, new Limit(10, 20));
        Map<String, Limit> all = new LinkedHashMap<>();
        byRole.forEach((role, limit) -> all.put(role.name(), limit));
        all.put(ANONYMOUS, new Limit(5, 10));
        DEFAULTS = Map.copyOf(all);
    }

    /**
     * @param replenishRate tokens added to the client's bucket per second (its sustained request rate)
     * @param burstCapacity the bucket's size (how many requests it may make at once)
     */
    record Limit(int replenishRate, long burstCapacity) {
        Limit {
            if (replenishRate < 1 || burstCapacity < replenishRate) {
                throw new IllegalArgumentException("a rate limit needs replenish-rate >= 1 and burst-capacity >= replenish-rate, got "
                        + replenishRate + "/" + burstCapacity);
            }
        }
    }

    /**
     * @param timeout        longest a request waits for Redis before it is let through unchecked
     * @param failureWindow  Redis calls the breaker looks at
     * @param openFor        how long the breaker skips Redis once it opened, before probing again
     */
    record RedisUse(
            @DefaultValue("100ms") Duration timeout,
            @DefaultValue("10") int failureWindow,
            @DefaultValue("5s") Duration openFor) {
    }

    /** The effective limit of every tier: defaults overridden by configuration. */
    Map<String, Limit> effective() {
        Map<String, Limit> effective = new LinkedHashMap<>(DEFAULTS);
        Map<String, String> spelledAs = new LinkedHashMap<>();
        rateLimits.forEach((tier, limit) -> {
            String name = tier.toUpperCase(Locale.ROOT);
            if (!DEFAULTS.containsKey(name)) {
                throw new IllegalArgumentException("banyan.gateway.rate-limits." + tier + ": unknown tier; use one of "
                        + DEFAULTS.keySet());
            }
            String earlier = spelledAs.putIfAbsent(name, tier);
            if (earlier != null) {
                // e.g. APP in a file and app from the environment variable: which wins would be arbitrary
                throw new IllegalArgumentException("banyan.gateway.rate-limits." + earlier + " and ." + tier
                        + " both configure tier " + name + "; configure it in one place");
            }
            effective.put(name, limit);
        });
        return effective;
    }
}
