package org.banyan.deployment;

import org.banyan.deployment.support.Application;
import org.banyan.deployment.support.Kubectl;
import org.banyan.deployment.support.Repository;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The dev and prod overlays render with {@code kubectl kustomize} and give each environment what
 * it promises. Skipped, with a message, where kubectl is not installed.
 */
class KustomizeOverlaysTest {

    @BeforeEach
    void kubectlIsInstalled() {
        assumeTrue(Kubectl.onPath(), "kubectl is not on PATH: skipping the checks that render k8s/overlays/dev and "
                + "k8s/overlays/prod with `kubectl kustomize` (install kubectl to run them; CI has it)");
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void rendersEveryApplicationIntoTheBanyanNamespace(String overlay) {
        // when the overlay is rendered
        List<Map<String, Object>> objects = Kubectl.kustomize("k8s/overlays/" + overlay);

        // then every application has a Deployment and a Service, and everything is namespaced banyan
        for (Application app : Application.all()) {
            assertThat(find(objects, "Deployment", app.name())).as("%s: Deployment %s", overlay, app).isNotNull();
            assertThat(find(objects, "Service", app.name())).as("%s: Service %s", overlay, app).isNotNull();
        }
        assertThat(objects).filteredOn(o -> !"Namespace".equals(o.get("kind")))
                .allSatisfy(o -> assertThat(Repository.at(o, "metadata", "namespace"))
                        .as("%s: namespace of %s %s", overlay, o.get("kind"), Repository.at(o, "metadata", "name"))
                        .isEqualTo("banyan"));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"dev", "prod"})
    void referencesOnlyConfigMapsAndSecretsItRenders(String overlay) {
        // given the rendered overlay (generated ConfigMap names carry a content hash)
        List<Map<String, Object>> objects = Kubectl.kustomize("k8s/overlays/" + overlay);
        Set<String> configMaps = names(objects, "ConfigMap");
        Set<String> secrets = names(objects, "Secret");

        // then every envFrom of every Deployment resolves
        for (Map<String, Object> deployment : ofKind(objects, "Deployment")) {
            for (Object container : (List<?>) Repository.at(deployment, "spec", "template", "spec", "containers")) {
                for (Object from : Repository.list(container, "envFrom")) {
                    Object configMap = Repository.at(from, "configMapRef", "name");
                    Object secret = Repository.at(from, "secretRef", "name");
                    if (configMap != null) {
                        assertThat(configMaps).as("%s: ConfigMap %s", overlay, configMap).contains(configMap.toString());
                    }
                    if (secret != null) {
                        assertThat(secrets).as("%s: Secret %s", overlay, secret).contains(secret.toString());
                    }
                }
            }
        }
    }

    @Test
    void devRunsOneReplicaOfEveryApplication() {
        // when the dev overlay is rendered
        List<Map<String, Object>> objects = Kubectl.kustomize("k8s/overlays/dev");

        // then each application runs once
        for (Application app : Application.all()) {
            assertThat(Repository.at(find(objects, "Deployment", app.name()), "spec", "replicas"))
                    .as("dev replicas of %s", app).isEqualTo(1);
        }
    }

    @Test
    void prodRunsAtLeastTwoReplicasOfEveryApplication() {
        // when the prod overlay is rendered
        List<Map<String, Object>> objects = Kubectl.kustomize("k8s/overlays/prod");

        // then no application is a single point of failure
        for (Application app : Application.all()) {
            assertThat((Integer) Repository.at(find(objects, "Deployment", app.name()), "spec", "replicas"))
                    .as("prod replicas of %s", app).isGreaterThanOrEqualTo(2);
        }
    }

    @Test
    void prodKeepsEveryApplicationAvailableDuringVoluntaryDisruptions() {
        // when the prod overlay is rendered
        List<Map<String, Object>> objects = Kubectl.kustomize("k8s/overlays/prod");

        // then each application has a PodDisruptionBudget selecting its pods that keeps one of them
        for (Application app : Application.all()) {
            Map<String, Object> podLabels = Repository.map(Repository.map(Repository.map(
                    find(objects, "Deployment", app.name()), "spec"), "template"), "metadata");
            Map<String, Object> budget = ofKind(objects, "PodDisruptionBudget").stream()
                    .filter(pdb -> Repository.map(podLabels, "labels").entrySet()
                            .containsAll(Repository.map(Repository.map(Repository.map(pdb, "spec"), "selector"), "matchLabels").entrySet()))
                    .findFirst().orElse(null);
            assertThat(budget).as("prod PodDisruptionBudget for %s", app).isNotNull();
            Object minAvailable = Repository.at(budget, "spec", "minAvailable");
            Object maxUnavailable = Repository.at(budget, "spec", "maxUnavailable");
            assertThat(minAvailable != null || maxUnavailable != null).as("%s: budget sets a bound", app).isTrue();
        }
    }

    @Test
    void prodAutoscalesEveryApplicationFromAtLeastTwoReplicas() {
        // when the prod overlay is rendered
        List<Map<String, Object>> objects = Kubectl.kustomize("k8s/overlays/prod");

        // then a HorizontalPodAutoscaler scales each Deployment, never below two
        for (Application app : Application.all()) {
            Map<String, Object> hpa = ofKind(objects, "HorizontalPodAutoscaler").stream()
                    .filter(h -> app.name().equals(Repository.at(h, "spec", "scaleTargetRef", "name")))
                    .findFirst().orElse(null);
            assertThat(hpa).as("prod HorizontalPodAutoscaler for %s", app).isNotNull();
            assertThat((Integer) Repository.at(hpa, "spec", "minReplicas")).isGreaterThanOrEqualTo(2);
            assertThat((Integer) Repository.at(hpa, "spec", "maxReplicas"))
                    .isGreaterThanOrEqualTo((Integer) Repository.at(hpa, "spec", "minReplicas"));
        }
    }

    @Test
    void prodCreatesKafkaTopicsWithThreeReplicas() {
        // when the prod overlay is rendered
        List<Map<String, Object>> objects = Kubectl.kustomize("k8s/overlays/prod");

        // then the services' shared environment asks for replication factor 3 (banyan.kafka.replication-factor)
        Map<String, Object> shared = ofKind(objects, "ConfigMap").stream()
                .filter(c -> String.valueOf(Repository.at(c, "metadata", "name")).startsWith("banyan-shared-env"))
                .findFirst().orElseThrow();
        assertThat(Repository.map(shared, "data")).containsEntry("BANYAN_KAFKA_REPLICATIONFACTOR", "3");
    }

    private static List<Map<String, Object>> ofKind(List<Map<String, Object>> objects, String kind) {
        return objects.stream().filter(o -> kind.equals(o.get("kind"))).toList();
    }

    private static Set<String> names(List<Map<String, Object>> objects, String kind) {
        return ofKind(objects, kind).stream().map(o -> String.valueOf(Repository.at(o, "metadata", "name")))
                .collect(Collectors.toSet());
    }

    private static Map<String, Object> find(List<Map<String, Object>> objects, String kind, String name) {
        return ofKind(objects, kind).stream().filter(o -> Objects.equals(name, Repository.at(o, "metadata", "name")))
                .findFirst().orElse(null);
    }
}
