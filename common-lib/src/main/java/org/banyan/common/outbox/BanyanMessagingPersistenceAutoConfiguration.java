package org.banyan.common.outbox;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.banyan.common.kafka.IdempotentConsumer;
import org.flywaydb.core.api.Location;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnSingleCandidate;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.autoconfigure.DataSourceTransactionManagerAutoConfiguration;
import org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.boot.micrometer.metrics.autoconfigure.CompositeMeterRegistryAutoConfiguration;
import org.springframework.boot.transaction.autoconfigure.TransactionAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.util.Arrays;
import java.util.stream.Stream;

/**
 * The database side of Banyan's messaging: the shared tables' migrations, the transactional
 * {@link Outbox} and its {@link OutboxRelay}, and the {@link IdempotentConsumer}.
 */
@AutoConfiguration(after = {DataSourceTransactionManagerAutoConfiguration.class, JdbcClientAutoConfiguration.class,
        TransactionAutoConfiguration.class, KafkaAutoConfiguration.class, CompositeMeterRegistryAutoConfiguration.class})
@ConditionalOnClass({JdbcClient.class, KafkaTemplate.class})
@ConditionalOnSingleCandidate(DataSource.class)
@EnableConfigurationProperties(OutboxProperties.class)
public class BanyanMessagingPersistenceAutoConfiguration {

    static final String COMMON_MIGRATIONS = "classpath:db/banyan-common";

    @Bean
    @ConditionalOnMissingBean
    Outbox outbox(JdbcClient jdbc, JsonMapper mapper, OutboxProperties properties) {
        return new Outbox(jdbc, mapper, properties.buckets());
    }

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty(name = "banyan.outbox.enabled", matchIfMissing = true)
    @SuppressWarnings("unchecked")
    OutboxRelay outboxRelay(JdbcClient jdbc, PlatformTransactionManager transactionManager,
            KafkaTemplate<?, ?> kafka, OutboxProperties properties, ObjectProvider<MeterRegistry> meters) {
        return new OutboxRelay(jdbc, new TransactionTemplate(transactionManager),
                (KafkaTemplate<Object, Object>) kafka, properties, meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    @ConditionalOnMissingBean
    IdempotentConsumer idempotentConsumer(JdbcClient jdbc, PlatformTransactionManager transactionManager,
            ObjectProvider<MeterRegistry> meters) {
        return new IdempotentConsumer(jdbc, new TransactionTemplate(transactionManager),
                meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(FlywayConfigurationCustomizer.class)
    static class CommonMigrations {

        /**
         * Adds common-lib's migrations (outbox, processed events, intake, audit) to the service's own.
         * They are numbered 0.x and touch only their own tables, so a common migration released after a
         * service's V1 is applied out of order instead of refusing to start an existing database.
         */
        @Bean
        FlywayConfigurationCustomizer banyanCommonMigrations() {
            return configuration -> {
                Location[] own = configuration.getLocations();
                Location[] all = Stream.concat(Arrays.stream(own), Stream.of(new Location(COMMON_MIGRATIONS)))
                        .distinct().toArray(Location[]::new);
                configuration.locations(all).outOfOrder(true);
            };
        }
    }
}
