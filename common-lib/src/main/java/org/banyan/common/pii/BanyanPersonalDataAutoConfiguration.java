package org.banyan.common.pii;

import org.banyan.common.outbox.BanyanMessagingPersistenceAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Personal-data protection for services that hold it: the {@link FieldCipher} (when keys are
 * configured) and the masking-and-audit {@link PersonalDataPolicy} (servlet services with a database).
 */
@AutoConfiguration(after = BanyanMessagingPersistenceAutoConfiguration.class)
@EnableConfigurationProperties(CryptoProperties.class)
public class BanyanPersonalDataAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    @ConditionalOnProperty("banyan.crypto.active-key-id")
    FieldCipher fieldCipher(CryptoProperties properties) {
        return new FieldCipher(properties);
    }

    @Configuration(proxyBeanMethods = false)
    @ConditionalOnClass(name = {"org.springframework.jdbc.core.simple.JdbcClient",
            "org.springframework.security.core.context.SecurityContextHolder",
            "org.springframework.web.context.request.ServletRequestAttributes"})
    static class AuditedDisclosure {

        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnBean(JdbcClient.class)
        PersonalDataPolicy personalDataPolicy(JdbcClient jdbc) {
            return new PersonalDataPolicy(jdbc);
        }
    }
}
