package org.banyan.gateway.ratelimit;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** How configured rate limits combine with the defaults. */
class RateLimitPropertiesTest {

    private static final RateLimitProperties.RedisUse REDIS = new RateLimitProperties.RedisUse(Duration.ofMillis(100), 10,
            Duration.ofSeconds(5));

    @Test
    void everyRoleAndAnonymousHaveADefaultLimit() {
        Map<String, RateLimitProperties.Limit> limits = new RateLimitProperties(Map.of(), REDIS).effective();

        assertThat(limits).containsKeys("ADMIN", "ANALYST", "FRONTLINE", "APP", "BATCH", "OPS", "ANONYMOUS");
        assertThat(limits.get("APP")).isEqualTo(new RateLimitProperties.Limit(20, 40));
        assertThat(limits.get("BATCH")).isEqualTo(new RateLimitProperties.Limit(5, 10));
    }

    @Test
    void aConfiguredTierReplacesItsDefaultWhateverTheCaseOfItsName() {
        Map<String, RateLimitProperties.Limit> limits = new RateLimitProperties(
                Map.of("app", new RateLimitProperties.Limit(50, 100)), REDIS).effective();

        assertThat(limits.get("APP")).isEqualTo(new RateLimitProperties.Limit(50, 100));
        assertThat(limits.get("ADMIN")).isEqualTo(new RateLimitProperties.Limit(20, 40));
    }

    @Test
    void anUnknownTierIsRefusedAtStartup() {
        assertThatThrownBy(() -> new RateLimitProperties(Map.of("SUPERUSER", new RateLimitProperties.Limit(1, 1)), REDIS)
                .effective()).hasMessageContaining("unknown tier");
    }

    @Test
    void aTierConfiguredUnderTwoSpellingsIsRefusedAtStartup() {
        Map<String, RateLimitProperties.Limit> both = new LinkedHashMap<>();
        both.put("APP", new RateLimitProperties.Limit(1, 1));
        both.put("app", new RateLimitProperties.Limit(2, 2));

        assertThatThrownBy(() -> new RateLimitProperties(both, REDIS).effective()).hasMessageContaining("configure it in one place");
    }

    @Test
    void aBurstSmallerThanTheRateIsRefused() {
        assertThatThrownBy(() -> new RateLimitProperties.Limit(10, 5)).hasMessageContaining("burst-capacity >= replenish-rate");
    }
}
