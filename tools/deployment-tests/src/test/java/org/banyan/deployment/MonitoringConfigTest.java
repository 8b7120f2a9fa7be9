package org.banyan.deployment;

import org.banyan.deployment.support.Application;
import org.banyan.deployment.support.Compose;
import org.banyan.deployment.support.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Prometheus scrapes every application wherever it runs (compose network, local loopback), and
 * Grafana is provisioned with that Prometheus and a dashboard that uses it.
 */
class MonitoringConfigTest {

    static List<Application> applications() {
        return Application.all();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void composePrometheusScrapesTheApplicationByServiceName(Application app) {
        // given the scrape job of the application in the compose Prometheus configuration
        Map<String, Object> job = job("ops/prometheus/prometheus.yml", app.name());

        // then it reads /actuator/prometheus at <compose service>:<server port>
        assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
        assertThat(targets(job)).containsExactly(app.name() + ":" + app.serverPort());
        assertThat(Compose.load().serviceNames()).contains(app.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void localPrometheusScrapesTheApplicationOnLoopback(Application app) {
        // given the scrape job of the application in the local-run Prometheus configuration
        Map<String, Object> job = job("ops/prometheus/prometheus-local.yml", app.name());

        // then it reads /actuator/prometheus at 127.0.0.1:<server port>
        assertThat(job.get("metrics_path")).isEqualTo("/actuator/prometheus");
        assertThat(targets(job)).containsExactly("127.0.0.1:" + app.serverPort());
    }

    @Test
    void composeMountsThePrometheusConfigurationTheTestsRead() {
        // given the prometheus service of docker-compose.yml
        Object volumes = Compose.load().service("prometheus").get("volumes");

        // then it runs with ops/prometheus/prometheus.yml
        assertThat(String.valueOf(volumes)).contains("./ops/prometheus/prometheus.yml:/etc/prometheus/prometheus.yml");
    }

    @Test
    void grafanaDashboardsUseTheProvisionedPrometheusDatasource() throws Exception {
        // given the provisioned datasource and the dashboard provider
        Object source = Repository.list(Repository.yaml("ops/grafana/provisioning/datasources/prometheus.yml"), "datasources").getFirst();
        Object providerPath = Repository.at(
                Repository.list(Repository.yaml("ops/grafana/provisioning/dashboards/banyan.yml"), "providers").getFirst(),
                "options", "path");
        assertThat(Repository.at(source, "type")).isEqualTo("prometheus");
        assertThat(Repository.at(source, "url")).isEqualTo("http://prometheus:9090");

        // when the dashboards of ops/grafana/dashboards are read (JSON is YAML)
        List<Path> dashboards;
        try (Stream<Path> files = Files.list(Repository.path("ops/grafana/dashboards"))) {
            dashboards = files.filter(f -> f.toString().endsWith(".json")).toList();
        }

        // then there is one at least, mounted where the provider looks, querying that datasource only
        assertThat(dashboards).isNotEmpty();
        assertThat(String.valueOf(Compose.load().service("grafana").get("volumes")))
                .contains("./ops/grafana/dashboards:" + providerPath)
                .contains("./ops/grafana/provisioning:/etc/grafana/provisioning");
        for (Path file : dashboards) {
            Map<String, Object> dashboard = Repository.yaml(file);
            assertThat(dashboard.get("uid")).as("%s uid", file.getFileName()).isNotNull();
            List<Object> datasourceUids = new ArrayList<>();
            for (Object panel : Repository.list(dashboard, "panels")) {
                datasourceUids.add(Repository.at(panel, "datasource", "uid"));
                Repository.list(panel, "targets").forEach(t -> datasourceUids.add(Repository.at(t, "datasource", "uid")));
            }
            assertThat(datasourceUids).as("%s datasource uids", file.getFileName()).isNotEmpty()
                    .containsOnly(Repository.at(source, "uid"));
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> job(String config, String name) {
        return Repository.list(Repository.yaml(config), "scrape_configs").stream()
                .filter(j -> name.equals(Repository.at(j, "job_name")))
                .map(j -> (Map<String, Object>) j)
                .findFirst()
                .orElseThrow(() -> new AssertionError(config + " has no scrape job " + name));
    }

    private static List<String> targets(Map<String, Object> job) {
        List<String> targets = new ArrayList<>();
        for (Object staticConfig : Repository.list(job, "static_configs")) {
            Repository.list(staticConfig, "targets").forEach(t -> targets.add(t.toString()));
        }
        return targets;
    }
}
