package org.banyan.common.testsupport;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * An integration test of a Banyan service against real PostgreSQL and a real Kafka broker.
 * The test class gets a throwaway database of its own (dropped when its context closes) and the
 * JVM-wide broker; see {@link TestInfrastructure} for how they are chosen.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@SpringBootTest
@DirtiesContext(classMode = DirtiesContext.ClassMode.AFTER_CLASS)
public @interface BanyanIntegrationTest {
}
