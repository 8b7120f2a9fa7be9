package org.banyan.monitoring;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The Prometheus alert rules under ops/prometheus/rules are valid ({@code promtool check rules}) and behave
 * as their unit tests say ({@code promtool test rules *.test.yml}), and every Grafana panel query under
 * ops/grafana/dashboards parses as PromQL. Skipped where promtool is not installed.
 */
class PrometheusRulesTest {

    private static final Path RULES = Path.of("..", "ops", "prometheus", "rules");

    @BeforeAll
    static void promtoolIsInstalled() {
        assumeTrue(onPath("promtool"), "promtool is not installed (Debian: apt-get install prometheus)");
    }

    @Test
    void everyRulesFileIsValid() throws Exception {
        List<String> files = files(p -> !p.endsWith(".test.yml"));
        assertThat(files).isNotEmpty();

        Result result = run(command("check", files));

        assertThat(result.exitCode()).as(result.output()).isZero();
    }

    @Test
    void everyRulesUnitTestPasses() throws Exception {
        List<String> tests = files(p -> p.endsWith(".test.yml"));
        assertThat(tests).isNotEmpty();

        Result result = run(command("test", tests));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS").doesNotContain("FAILED");
    }

    @Test
    void everyDashboardQueryParses() throws Exception {
        Path dashboards = Path.of("..", "ops", "grafana", "dashboards");
        StringBuilder rules = new StringBuilder("groups:\n  - name: dashboard-queries\n    rules:\n");
        int n = 0;
        try (Stream<Path> files = Files.list(dashboards)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                for (JsonNode expr : JsonMapper.builder().build().readTree(file.toFile()).findValues("expr")) {
                    String query = expr.asString().replace("$__rate_interval", "5m").replaceAll("\\$\\w+", ".*");
                    rules.append("      - record: dashboard:query_").append(n++).append("\n        expr: '")
                            .append(query.replace("'", "''")).append("'\n");
                }
            }
        }
        assertThat(n).isPositive();
        Path file = Files.createTempFile("dashboard-queries", ".yml");
        Files.writeString(file, rules);

        Result result = run(List.of("promtool", "check", "rules", file.toAbsolutePath().toString()));

        assertThat(result.exitCode()).as(result.output()).isZero();
        assertThat(result.output()).contains("SUCCESS: " + n + " rules found");
        Files.delete(file);
    }

    private static List<String> command(String verb, List<String> files) {
        List<String> command = new ArrayList<>(List.of("promtool", verb, "rules"));
        command.addAll(files);
        return command;
    }

    private static List<String> files(java.util.function.Predicate<String> include) throws IOException {
        try (Stream<Path> paths = Files.list(RULES)) {
            return paths.map(p -> p.getFileName().toString())
                    .filter(name -> name.endsWith(".yml") || name.endsWith(".yaml")).filter(include).sorted().toList();
        }
    }

    private record Result(int exitCode, String output) {
    }

    private static Result run(List<String> command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(RULES.toFile()).redirectErrorStream(true).start();
        boolean done = process.waitFor(60, TimeUnit.SECONDS);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!done) {
            process.destroyForcibly();
            return new Result(-1, "timed out: " + output);
        }
        return new Result(process.exitValue(), output);
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && Stream.of(path.split(java.io.File.pathSeparator))
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, tool)));
    }
}
