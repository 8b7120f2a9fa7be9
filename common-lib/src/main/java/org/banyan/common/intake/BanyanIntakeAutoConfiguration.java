package org.banyan.common.intake;

import org.banyan.common.kafka.IdempotentConsumer;
import org.banyan.common.outbox.BanyanMessagingPersistenceAutoConfiguration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;

import java.util.List;

/** Registers the intake ledger, and its listener when {@code banyan.intake.topics} names any topic. */
@AutoConfiguration(after = BanyanMessagingPersistenceAutoConfiguration.class)
@ConditionalOnBean(IdempotentConsumer.class)
public class BanyanIntakeAutoConfiguration {

    @Bean
    TopicIntake topicIntake(JdbcClient jdbc) {
        return new TopicIntake(jdbc);
    }

    @Bean
    @ConditionalOnExpression("!'${banyan.intake.topics:}'.isBlank()")
    TopicIntakeListener topicIntakeListener(IdempotentConsumer idempotent, TopicIntake intake,
            @Value("${banyan.intake.topics}") List<String> topics) {
        return new TopicIntakeListener(idempotent, intake, topics);
    }
}
