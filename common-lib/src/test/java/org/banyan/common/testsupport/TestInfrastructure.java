package org.banyan.common.testsupport;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.postgresql.PostgreSQLContainer;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

/**
 * The PostgreSQL server and Kafka broker integration tests run against, started once per JVM.
 * Where a Docker engine answers, both come from Testcontainers; where not (as on the build machine),
 * the local PostgreSQL server ({@code BANYAN_TEST_PG_HOST}/{@code _PORT}/{@code _USER}/{@code _PASSWORD},
 * default 127.0.0.1:5432 postgres) and an embedded KRaft broker. {@code BANYAN_TEST_INFRA=local|containers}
 * forces the choice. Either way each test class gets a database of its own.
 */
public final class TestInfrastructure {

    private static final Logger log = LoggerFactory.getLogger(TestInfrastructure.class);
    private static final Object LOCK = new Object();
    private static TestInfrastructure shared;

    private final String jdbcBase;
    private final String user;
    private final String password;
    private final String kafkaBootstrapServers;

    private TestInfrastructure(String jdbcBase, String user, String password, String kafkaBootstrapServers) {
        this.jdbcBase = jdbcBase;
        this.user = user;
        this.password = password;
        this.kafkaBootstrapServers = kafkaBootstrapServers;
    }

    /** The JVM's infrastructure, started on first use and stopped when the JVM exits. */
    public static TestInfrastructure shared() {
        synchronized (LOCK) {
            if (shared == null) {
                shared = start(System.getenv());
            }
            return shared;
        }
    }

    public String kafkaBootstrapServers() {
        return kafkaBootstrapServers;
    }

    public String jdbcUrl(String database) {
        return jdbcBase + database;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    /** Creates an empty database named after the test class, unique per run. */
    public String createDatabase(Class<?> testClass) {
        String name = ("it_" + testClass.getSimpleName() + "_" + UUID.randomUUID().toString().substring(0, 8))
                .toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_]", "_");
        execute("CREATE DATABASE " + name);
        return name;
    }

    public void dropDatabase(String name) {
        execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    private void execute(String sql) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl("postgres"), user, password);
             Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("Test database statement failed: " + sql, e);
        }
    }

    private static TestInfrastructure start(Map<String, String> env) {
        String forced = env.getOrDefault("BANYAN_TEST_INFRA", "auto");
        boolean containers = switch (forced) {
            case "containers" -> true;
            case "local" -> false;
            default -> dockerAvailable();
        };
        return containers ? startContainers() : startLocal(env);
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    private static TestInfrastructure startContainers() {
        log.info("Integration tests use Testcontainers: PostgreSQL 15 and Apache Kafka containers");
        PostgreSQLContainer postgres = new PostgreSQLContainer("postgres:15-alpine");
        KafkaContainer kafka = new KafkaContainer("apache/kafka:4.1.2");
        postgres.start();
        kafka.start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            kafka.stop();
            postgres.stop();
        }));
        String base = "jdbc:postgresql://" + postgres.getHost() + ":" + postgres.getFirstMappedPort() + "/";
        return new TestInfrastructure(base, postgres.getUsername(), postgres.getPassword(), kafka.getBootstrapServers());
    }

    private static TestInfrastructure startLocal(Map<String, String> env) {
        String host = env.getOrDefault("BANYAN_TEST_PG_HOST", "127.0.0.1");
        String port = env.getOrDefault("BANYAN_TEST_PG_PORT", "5432");
        String user = env.getOrDefault("BANYAN_TEST_PG_USER", "postgres");
        String password = env.getOrDefault("BANYAN_TEST_PG_PASSWORD", "");
        EmbeddedKafkaKraftBroker broker = new EmbeddedKafkaKraftBroker(1, 6);
        broker.afterPropertiesSet();
        Runtime.getRuntime().addShutdownHook(new Thread(broker::destroy));
        log.info("No Docker engine: integration tests use the local PostgreSQL at {}:{} and an embedded KRaft broker at {}",
                host, port, broker.getBrokersAsString());
        return new TestInfrastructure("jdbc:postgresql://" + host + ":" + port + "/", user, password,
                broker.getBrokersAsString());
    }
}
