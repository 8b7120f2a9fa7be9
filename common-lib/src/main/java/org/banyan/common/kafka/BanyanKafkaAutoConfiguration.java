package org.banyan.common.kafka;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import jakarta.validation.Validator;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.serialization.Deserializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.banyan.common.event.EventContract;
import org.banyan.common.event.EventContracts;
import org.banyan.common.event.Topics;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaConsumerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.DefaultKafkaProducerFactoryCustomizer;
import org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.DefaultKafkaConsumerFactory;
import org.springframework.kafka.core.DefaultKafkaProducerFactory;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.serializer.ErrorHandlingDeserializer;
import tools.jackson.databind.json.JsonMapper;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Kafka conventions every Banyan service gets by depending on common-lib: JSON envelopes, an
 * idempotent producer with {@code acks=all}, read-committed consumers, retry-then-DLQ error handling,
 * request ids across records, and contract topics (with their DLQs) created at start-up.
 */
@AutoConfiguration(before = KafkaAutoConfiguration.class)
@ConditionalOnClass(KafkaTemplate.class)
@EnableConfigurationProperties(BanyanKafkaProperties.class)
public class BanyanKafkaAutoConfiguration {

    @Bean
    @SuppressWarnings("unchecked")
    DefaultKafkaProducerFactoryCustomizer banyanProducerConventions(JsonMapper mapper) {
        return factory -> {
            factory.updateConfigs(Map.of(
                    ProducerConfig.ACKS_CONFIG, "all",
                    ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG, true,
                    ProducerConfig.MAX_IN_FLIGHT_REQUESTS_PER_CONNECTION, 5,
                    ProducerConfig.LINGER_MS_CONFIG, 5,
                    ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, StringSerializer.class));
            DefaultKafkaProducerFactory<Object, Object> typed = (DefaultKafkaProducerFactory<Object, Object>) factory;
            typed.setValueSerializer(new EventSerializer(mapper));
        };
    }

    @Bean
    @SuppressWarnings({"unchecked", "rawtypes"})
    DefaultKafkaConsumerFactoryCustomizer banyanConsumerConventions(JsonMapper mapper, Validator validator,
            @Value("${spring.application.name:banyan}") String applicationName) {
        return factory -> {
            Map<String, Object> configs = factory.getConfigurationProperties();
            factory.updateConfigs(Map.of(
                    ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed",
                    ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false,
                    ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                    configs.getOrDefault(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest"),
                    ConsumerConfig.GROUP_ID_CONFIG,
                    configs.getOrDefault(ConsumerConfig.GROUP_ID_CONFIG, applicationName),
                    ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class));
            DefaultKafkaConsumerFactory<Object, Object> typed = (DefaultKafkaConsumerFactory<Object, Object>) factory;
            Deserializer<Object> envelopes = (Deserializer) new EnvelopeDeserializer(mapper, validator);
            typed.setValueDeserializer(new ErrorHandlingDeserializer<>(envelopes));
        };
    }

    @Bean
    @ConditionalOnMissingBean
    @SuppressWarnings("unchecked")
    DefaultErrorHandler banyanErrorHandler(KafkaTemplate<?, ?> template, BanyanKafkaProperties properties,
            @Value("${spring.application.name:banyan}") String application, ObjectProvider<MeterRegistry> meters) {
        return DeadLetterPolicy.errorHandler((KafkaTemplate<Object, Object>) template, properties.retry(),
                application, meters.getIfAvailable(SimpleMeterRegistry::new));
    }

    @Bean
    RequestIdRecordInterceptor banyanRequestIdRecordInterceptor() {
        return new RequestIdRecordInterceptor();
    }

    @Bean
    @ConditionalOnProperty(name = "banyan.kafka.create-topics", matchIfMissing = true)
    KafkaAdmin.NewTopics banyanContractTopics(BanyanKafkaProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (EventContract contract : EventContracts.ALL) {
            topics.add(topic(contract.topic(), properties));
            topics.add(topic(Topics.dlq(contract.topic()), properties));
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    private static NewTopic topic(String name, BanyanKafkaProperties properties) {
        return TopicBuilder.name(name).partitions(properties.partitions())
                .replicas(properties.replicationFactor()).build();
    }
}
