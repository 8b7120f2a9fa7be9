package org.banyan.deployment;

import org.banyan.deployment.support.Application;
import org.banyan.deployment.support.Endpoint;
import org.banyan.deployment.support.KubernetesBase;
import org.banyan.deployment.support.Repository;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * k8s/base runs every application the way its application.yml expects (port, probes, only
 * variables it reads, hosts that are not localhost) and the way the cluster needs it (non-root,
 * read-only root file system with a writable /tmp, resources, Prometheus annotations).
 */
class KubernetesBaseTest {

    private final KubernetesBase base = KubernetesBase.load();

    static List<Application> applications() {
        return Application.all();
    }

    static Map<String, Object> deployment(Application app) {
        return KubernetesBase.load().get("Deployment", app.name());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void listensOnThePortTheApplicationIsConfiguredFor(Application app) {
        // given the application's Deployment and Service
        Map<String, Object> container = KubernetesBase.container(base.get("Deployment", app.name()));
        Map<String, Object> service = base.get("Service", app.name());

        // then the container port is application.yml's server port, and the Service forwards to it
        List<Object> ports = Repository.list(container, "ports");
        assertThat(ports).as("%s: container ports", app).hasSize(1);
        assertThat(Repository.at(ports.getFirst(), "containerPort")).isEqualTo(app.serverPort());
        Object portName = Repository.at(ports.getFirst(), "name");
        Object servicePort = Repository.list(Repository.map(service, "spec"), "ports").getFirst();
        assertThat(Repository.at(servicePort, "port")).as("%s: Service port", app).isEqualTo(app.serverPort());
        assertThat(Repository.at(servicePort, "targetPort")).as("%s: Service targetPort", app).isIn(portName, app.serverPort());
        assertThat(Repository.at(service, "spec", "selector"))
                .isEqualTo(Repository.at(base.get("Deployment", app.name()), "spec", "selector", "matchLabels"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void probesTheLivenessAndReadinessHealthGroups(Application app) {
        // given the container's probes
        Map<String, Object> container = KubernetesBase.container(base.get("Deployment", app.name()));
        Object portName = Repository.at(Repository.list(container, "ports").getFirst(), "name");

        // then liveness asks /liveness, readiness asks /readiness (db + kafka), on the container port
        assertThat(Repository.at(container, "livenessProbe", "httpGet", "path")).isEqualTo("/actuator/health/liveness");
        assertThat(Repository.at(container, "readinessProbe", "httpGet", "path")).isEqualTo("/actuator/health/readiness");
        assertThat(Repository.at(container, "livenessProbe", "httpGet", "port")).isIn(portName, app.serverPort());
        assertThat(Repository.at(container, "readinessProbe", "httpGet", "port")).isIn(portName, app.serverPort());
        Object startup = Repository.at(container, "startupProbe", "httpGet", "path");
        if (startup != null) {
            assertThat(startup).as("%s: the startup probe gates liveness", app).isEqualTo("/actuator/health/liveness");
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void passesOnlyEnvironmentVariablesTheApplicationReads(Application app) {
        // given everything the container receives: env, envFrom ConfigMaps and Secrets
        Map<String, String> sources = new LinkedHashMap<>();
        Map<String, String> env = base.environment(base.get("Deployment", app.name()), sources);

        // then the application reads each of them
        Map<String, String> unread = new LinkedHashMap<>();
        env.keySet().stream().filter(v -> !app.reads(v)).forEach(v -> unread.put(v, sources.get(v)));
        assertThat(unread).as("%s: variables (and where they come from) the application does not read", app).isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void setsEveryHostAndUrlSettingToSomethingOtherThanLocalhost(Application app) {
        // given the container's environment
        Map<String, String> env = base.environment(base.get("Deployment", app.name()), new LinkedHashMap<>());

        for (String variable : app.mustBeSetInContainers()) {
            // then each setting whose default only works outside a pod is set...
            assertThat(env).as("%s: %s must be set in k8s/base", app, variable).containsKey(variable);
            if (!variable.matches(".*_(HOST|URL|URI|SERVERS)$") || env.get(variable).isEmpty()) {
                continue;
            }
            // ...to a real host, and to the right port when it is another application's Service
            for (Endpoint endpoint : Endpoint.parse(variable, env.get(variable))) {
                assertThat(endpoint.isLoopback()).as("%s: %s=%s", app, variable, env.get(variable)).isFalse();
                if (Application.NAMES.contains(endpoint.host())) {
                    assertThat(base.find("Service", endpoint.host())).as("%s: %s names a Service", app, variable).isPresent();
                    endpoint.port().ifPresent(port -> assertThat(port).as("%s: %s port", app, variable)
                            .isEqualTo(Application.named(endpoint.host()).serverPort()));
                }
            }
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void runsAsNonRootWithAReadOnlyRootAndAWritableTmp(Application app) {
        // given the pod and container security settings
        Map<String, Object> deployment = base.get("Deployment", app.name());
        Map<String, Object> pod = Repository.map(Repository.map(Repository.map(deployment, "spec"), "template"), "spec");
        Map<String, Object> container = KubernetesBase.container(deployment);

        // then it cannot run as root or escalate, and /tmp is an emptyDir
        assertThat(Repository.at(pod, "securityContext", "runAsNonRoot")).isEqualTo(true);
        assertThat(Repository.at(container, "securityContext", "allowPrivilegeEscalation")).isEqualTo(false);
        assertThat(Repository.at(container, "securityContext", "readOnlyRootFilesystem")).isEqualTo(true);
        Object tmpVolume = Repository.list(container, "volumeMounts").stream()
                .filter(m -> "/tmp".equals(Repository.at(m, "mountPath"))).map(m -> Repository.at(m, "name"))
                .findFirst().orElseThrow(() -> new AssertionError(app + ": nothing mounted at /tmp"));
        assertThat(Repository.list(pod, "volumes")).as("%s: volume %s", app, tmpVolume)
                .anySatisfy(v -> {
                    assertThat(Repository.at(v, "name")).isEqualTo(tmpVolume);
                    assertThat(Repository.at(v, "emptyDir")).isNotNull();
                });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void requestsAndLimitsCpuAndMemory(Application app) {
        // given the container's resources
        Map<String, Object> resources = Repository.map(KubernetesBase.container(base.get("Deployment", app.name())), "resources");

        // then requests and limits both name cpu and memory
        assertThat(Repository.map(resources, "requests")).as("%s: requests", app).containsKeys("cpu", "memory");
        assertThat(Repository.map(resources, "limits")).as("%s: limits", app).containsKeys("cpu", "memory");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("applications")
    void invitesPrometheusToScrapeTheActuatorEndpoint(Application app) {
        // given the pod template's annotations
        Map<String, Object> annotations = Repository.map(
                Repository.map(Repository.map(Repository.map(base.get("Deployment", app.name()), "spec"), "template"), "metadata"),
                "annotations");

        // then they point a Prometheus at /actuator/prometheus on the application port
        assertThat(annotations).containsEntry("prometheus.io/scrape", "true")
                .containsEntry("prometheus.io/path", "/actuator/prometheus")
                .containsEntry("prometheus.io/port", String.valueOf(app.serverPort()));
    }

    @Test
    void everyConfigMapKeyIsAVariableOfEveryApplicationThatImportsIt() {
        // given which Deployments import which ConfigMap
        Map<String, Set<String>> importers = new LinkedHashMap<>();
        for (Application app : Application.all()) {
            for (Object from : Repository.list(KubernetesBase.container(base.get("Deployment", app.name())), "envFrom")) {
                Object name = Repository.at(from, "configMapRef", "name");
                if (name != null) {
                    importers.computeIfAbsent(name.toString(), k -> new TreeSet<>()).add(app.name());
                }
            }
        }

        base.configMaps().forEach((configMap, data) -> {
            // then no ConfigMap is dead configuration...
            assertThat(importers).as("ConfigMap %s is imported by no Deployment", configMap).containsKey(configMap);
            // ...and each key is read by every application importing it
            for (String app : importers.get(configMap)) {
                Application application = Application.named(app);
                assertThat(data.keySet()).as("ConfigMap %s keys read by %s", configMap, app).allMatch(application::reads);
            }
        });
    }

    @Test
    void everyFileConfigMapIsMountedBySomeWorkload() {
        // given the volumes of every workload in the base
        String workloads = base.objects().stream().filter(o -> !"ConfigMap".equals(o.get("kind")))
                .map(Object::toString).reduce("", String::concat);

        // then each ConfigMap generated from files is mounted somewhere (none is dead configuration)
        assertThat(base.fileConfigMaps()).allSatisfy(name -> assertThat(workloads)
                .as("ConfigMap %s is mounted by no workload", name).contains("name=" + name + "}"));
    }

    @Test
    void everyBatchCronJobTriggersThroughTheGatewayWithItsOwnCredentials() {
        // given the scheduler's CronJobs
        List<Map<String, Object>> cronJobs = base.objects().stream().filter(o -> "CronJob".equals(o.get("kind"))).toList();

        // then each calls the gateway, forbids overlapping runs and reads the batch credentials Secret
        assertThat(cronJobs).isNotEmpty().allSatisfy(job -> {
            String text = job.toString();
            assertThat(Repository.at(job, "spec", "concurrencyPolicy")).isEqualTo("Forbid");
            assertThat(text).contains("http://gateway-service:8080", "name=banyan-batch-credentials");
        });
        assertThat(base.secretKeys("banyan-batch-credentials")).contains("BANYAN_BATCH_TOKEN", "BANYAN_OIDC_TOKEN_URL");
    }

    @Test
    void theSecretIsATemplateWithPlaceholdersOnly() {
        // given every Secret of the base
        base.objects().stream().filter(o -> "Secret".equals(o.get("kind"))).forEach(secret -> {
            // then no value is anything but a placeholder, so nothing real can be committed
            assertThat(Repository.map(secret, "data")).as("base64 data in a Secret template").isEmpty();
            assertThat(Repository.map(secret, "stringData").values())
                    .as("Secret %s values", Repository.at(secret, "metadata", "name"))
                    .isNotEmpty()
                    .allMatch(v -> String.valueOf(v).matches("REPLACE_ME|CHANGE_ME|<[^>]+>"));
        });
    }

    @Test
    void placesEverythingInTheBanyanNamespace() {
        // given the base kustomization
        // then it sets the namespace and creates it
        assertThat(base.kustomization()).containsEntry("namespace", "banyan");
        assertThat(base.find("Namespace", "banyan")).isPresent();
    }
}
