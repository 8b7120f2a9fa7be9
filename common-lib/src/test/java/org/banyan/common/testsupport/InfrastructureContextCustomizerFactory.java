package org.banyan.common.testsupport;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.annotation.MergedAnnotations;
import org.springframework.core.env.MapPropertySource;
import org.springframework.test.context.ContextConfigurationAttributes;
import org.springframework.test.context.ContextCustomizer;
import org.springframework.test.context.ContextCustomizerFactory;
import org.springframework.test.context.MergedContextConfiguration;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Wires a {@link BanyanIntegrationTest}'s application context to its own throwaway database and the
 * shared Kafka broker. The database is dropped after the context, and so its connection pool, is closed.
 */
class InfrastructureContextCustomizerFactory implements ContextCustomizerFactory {

    @Override
    public ContextCustomizer createContextCustomizer(Class<?> testClass,
            List<ContextConfigurationAttributes> configAttributes) {
        boolean annotated = MergedAnnotations.from(testClass, MergedAnnotations.SearchStrategy.TYPE_HIERARCHY)
                .isPresent(BanyanIntegrationTest.class);
        return annotated ? new InfrastructureCustomizer(testClass) : null;
    }

    private static String randomBase64(int bytes) {
        byte[] random = new byte[bytes];
        new SecureRandom().nextBytes(random);
        return Base64.getEncoder().encodeToString(random);
    }

    /** One per test class, so each class gets its own context and database. */
    private record InfrastructureCustomizer(Class<?> testClass) implements ContextCustomizer {

        @Override
        public void customizeContext(ConfigurableApplicationContext context, MergedContextConfiguration config) {
            TestInfrastructure infrastructure = TestInfrastructure.shared();
            String database = infrastructure.createDatabase(testClass);
            context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("banyanTestInfrastructure",
                    Map.of("spring.datasource.url", infrastructure.jdbcUrl(database),
                            "spring.datasource.username", infrastructure.user(),
                            "spring.datasource.password", infrastructure.password(),
                            "spring.kafka.bootstrap-servers", infrastructure.kafkaBootstrapServers(),
                            // Secrets are made per test context, never read from the repository.
                            "banyan.security.jwt.secret", randomBase64(48),
                            "banyan.crypto.active-key-id", "test-key",
                            "banyan.crypto.keys.test-key", randomBase64(32))));
            // Registered before any other bean, so destroyed after all of them, the pool included.
            ((DefaultListableBeanFactory) context.getBeanFactory()).registerDisposableBean(
                    "banyanTestDatabase", (DisposableBean) () -> infrastructure.dropDatabase(database));
        }
    }
}
