package org.banyan.gateway.ratelimit;

import io.lettuce.core.ClientOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.data.redis.autoconfigure.LettuceClientOptionsBuilderCustomizer;
import org.springframework.context.ApplicationListener;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.redis.connection.ReactiveRedisConnectionFactory;
import reactor.core.publisher.Mono;
import reactor.core.scheduler.Schedulers;

import java.time.Duration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(RateLimitProperties.class)
class RateLimitConfiguration {

    private static final Logger log = LoggerFactory.getLogger(RateLimitConfiguration.class);

    /**
     * While the connection to Redis is down, fail commands at once instead of queueing them until the
     * command timeout: the rate limiter then lets requests through immediately (fail open).
     */
    @Bean
    LettuceClientOptionsBuilderCustomizer rejectCommandsWhileDisconnected() {
        return options -> options.disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS);
    }

    /** Connects to Redis once started, so the first requests do not pay for (or fail open on) the connect. */
    @Bean
    ApplicationListener<ApplicationReadyEvent> connectToRedisWhenReady(ReactiveRedisConnectionFactory redis) {
        return ready -> Mono.fromCallable(redis::getReactiveConnection)
                .flatMap(connection -> connection.ping().doFinally(signal -> connection.closeLater().subscribe()))
                .subscribeOn(Schedulers.boundedElastic())
                .timeout(Duration.ofSeconds(5))
                .subscribe(pong -> log.info("Redis for rate limits answers"),
                        failure -> log.warn("Redis for rate limits does not answer ({}); requests pass unchecked until it does",
                                failure.toString()));
    }
}
