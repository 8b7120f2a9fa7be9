package org.banyan.deployment;

import org.banyan.deployment.support.Application;
import org.banyan.deployment.support.Compose;
import org.banyan.deployment.support.Endpoint;
import org.banyan.deployment.support.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docker-compose.yml runs every application the way its own application.yml expects: on its
 * port, with only variables it reads, with every host and URL pointing at a container, health
 * checked, and started only once Kafka and PostgreSQL are healthy.
 */
class DockerComposeTest {

    private static final Set<String> INFRASTRUCTURE = Set.of("kafka", "postgres", "redis", "prometheus", "grafana");

    private final Compose compose = Compose.load();

    static List<Application> applications() {
        return Application.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void publishesOrExposesThePortTheApplicationListensOn(Application app) {
        // given the port application.yml falls back to
        int port = app.serverPort();

        // when compose declares the application's ports and SERVER_PORT
        List<Integer> declared = compose.containerPorts(app.name());
        String serverPort = compose.environment(app.name()).get("SERVER_PORT");

        // then the container port is that port, and SERVER_PORT (if set) agrees
        assertThat(declared).as("%s: published/exposed container ports", app).containsExactly(port);
        if (serverPort != null) {
            assertThat(Compose.withDefaults(serverPort)).as("%s: SERVER_PORT", app).isEqualTo(String.valueOf(port));
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void setsOnlyEnvironmentVariablesTheApplicationReads(Application app) {
        // given the variables compose sets for the application
        Set<String> set = compose.environment(app.name()).keySet();

        // when each is checked against what the application reads
        Set<String> unread = new TreeSet<>();
        for (String variable : set) {
            if (!app.reads(variable)) {
                unread.add(variable);
            }
        }

        // then none is unknown to it (a typo, or configuration left behind by a rename)
        assertThat(unread).as("%s: variables set in docker-compose.yml that %s/src/main/resources/application.yml "
                + "does not read", app, app).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void pointsEveryHostAndUrlSettingAtAnotherContainer(Application app) {
        // given the settings whose defaults only work outside containers (hosts, URLs, no default)
        Map<String, String> env = compose.environment(app.name());

        for (String variable : app.mustBeSetInContainers()) {
            // when compose sets it
            assertThat(env).as("%s: %s must be set in docker-compose.yml", app, variable).containsKey(variable);
            if (!Application.PLATFORM_VARIABLES.contains(variable) && variable.matches(".*_(HOST|URL|URI|SERVERS)$")) {
                // then it names a compose service, and an application's port when it is one
                for (Endpoint endpoint : Endpoint.parse(variable, Compose.withDefaults(env.get(variable)))) {
                    assertThat(endpoint.isLoopback()).as("%s: %s=%s points at the container itself", app, variable,
                            env.get(variable)).isFalse();
                    assertThat(compose.serviceNames()).as("%s: %s host", app, variable).contains(endpoint.host());
                    if (Application.NAMES.contains(endpoint.host()) && endpoint.port().isPresent()) {
                        assertThat(endpoint.port().getAsInt()).as("%s: %s port", app, variable)
                                .isEqualTo(Application.named(endpoint.host()).serverPort());
                    }
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void checksReadinessOnTheApplicationsOwnPort(Application app) {
        // given the application's healthcheck
        String test = compose.healthcheck(app.name());

        // then it exists and asks /actuator/health/readiness on the application's port
        assertThat(test).as("%s: healthcheck.test", app).isNotBlank();
        assertThat(test).contains("/actuator/health/readiness");
        assertThat(test).containsPattern("/dev/tcp/(127\\.0\\.0\\.1|localhost)/" + app.serverPort() + "\\b");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void startsOnlyAfterKafkaAndPostgresAreHealthy(Application app) {
        // given what compose waits for before starting the application
        Map<String, String> dependsOn = compose.dependsOn(app.name());

        // then the infrastructure it reads is awaited healthy, and so is every other dependency
        if (app.usesKafka()) {
            assertThat(dependsOn).as("%s: depends_on kafka", app).containsEntry("kafka", "service_healthy");
        }
        if (app.usesPostgres()) {
            assertThat(dependsOn).as("%s: depends_on postgres", app).containsEntry("postgres", "service_healthy");
        }
        assertThat(dependsOn.values()).as("%s: depends_on conditions", app).containsOnly("service_healthy");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void buildsTheImageFromTheModulesDockerfile(Application app) {
        // given the service's build context
        String context = compose.buildContext(app.name());

        // then it is the module, whose Dockerfile exists
        assertThat(context).as("%s: build context", app).isIn(app.name(), "./" + app.name());
        assertThat(Repository.path(app.name() + "/Dockerfile")).isRegularFile();
    }

    @Test
    void checksTheHealthOfEveryInfrastructureService() {
        // given the infrastructure services
        for (String service : INFRASTRUCTURE) {
            // then each has a healthcheck of its own kind
            assertThat(compose.healthcheck(service)).as("%s: healthcheck.test", service).isNotBlank();
        }
        assertThat(compose.healthcheck("kafka")).contains("kafka-broker-api-versions.sh");
        assertThat(compose.healthcheck("postgres")).contains("pg_isready").contains("127.0.0.1");
        assertThat(compose.healthcheck("redis")).contains("redis-cli ping");
    }

    @Test
    void createsTheDatabaseOfEveryApplicationOnFirstStart() {
        // given the init script the postgres container runs on an empty volume
        String script = Repository.read("ops/postgres/init-databases.sql");
        Set<String> created = new TreeSet<>();
        Matcher m = Pattern.compile("(?i)CREATE\\s+DATABASE\\s+\"?([a-z_][a-z0-9_]*)\"?").matcher(script);
        while (m.find()) {
            created.add(m.group(1));
        }
        assertThat(String.join(" ", List.of(String.valueOf(compose.service("postgres").get("volumes")))))
                .contains("./ops/postgres/init-databases.sql:/docker-entrypoint-initdb.d/");

        for (Application app : Application.all()) {
            if (!app.usesPostgres()) {
                continue;
            }
            // when the application's database is named by compose (or defaulted by application.yml)
            String database = compose.environment(app.name()).getOrDefault("POSTGRES_DB", app.database().orElseThrow());

            // then the script creates it
            assertThat(created).as("%s: database %s", app, database).contains(database);
        }
    }
}
