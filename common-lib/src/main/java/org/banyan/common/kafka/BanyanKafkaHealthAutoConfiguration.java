package org.banyan.common.kafka;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.core.KafkaAdmin;

import java.time.Duration;

/** Registers the {@code kafka} health indicator, which the readiness group includes. */
@AutoConfiguration(after = KafkaAutoConfiguration.class)
@ConditionalOnClass(name = {"org.springframework.boot.health.contributor.HealthIndicator",
        "org.springframework.kafka.core.KafkaAdmin"})
public class BanyanKafkaHealthAutoConfiguration {

    @Bean(name = "kafkaHealthIndicator")
    @ConditionalOnBean(KafkaAdmin.class)
    KafkaHealthIndicator kafkaHealthIndicator(KafkaAdmin admin) {
        return new KafkaHealthIndicator(admin, Duration.ofSeconds(3));
    }
}
