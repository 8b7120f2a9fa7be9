package org.banyan.deployment.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * k8s/base read without kubectl: the objects its kustomization lists, and the ConfigMaps its
 * configMapGenerator makes (name -> literal key/values).
 */
public final class KubernetesBase {

    private static final Path BASE = Repository.path("k8s/base");

    private final Map<String, Object> kustomization;
    private final List<Map<String, Object>> objects = new ArrayList<>();
    private final Map<String, Map<String, String>> configMaps = new LinkedHashMap<>();
    private final List<String> fileConfigMaps = new ArrayList<>();

    private KubernetesBase() {
        kustomization = Repository.yaml(BASE.resolve("kustomization.yaml"));
        for (Object resource : Repository.list(kustomization, "resources")) {
            objects.addAll(Repository.yamlDocuments(BASE.resolve(resource.toString())));
        }
        for (Object generator : Repository.list(kustomization, "configMapGenerator")) {
            if (!Repository.list(generator, "files").isEmpty()) {
                // files (scripts, dashboards, rules) are mounted as volumes, not imported as environment
                fileConfigMaps.add(String.valueOf(Repository.at(generator, "name")));
                continue;
            }
            Map<String, String> data = new LinkedHashMap<>();
            for (Object literal : Repository.list(generator, "literals")) {
                String s = literal.toString();
                int eq = s.indexOf('=');
                data.put(s.substring(0, eq), s.substring(eq + 1));
            }
            configMaps.put(String.valueOf(Repository.at(generator, "name")), data);
        }
        for (Map<String, Object> object : objects) {
            if ("ConfigMap".equals(object.get("kind"))) {
                Map<String, String> data = new LinkedHashMap<>();
                Repository.map(object, "data").forEach((k, v) -> data.put(k, String.valueOf(v)));
                configMaps.put(String.valueOf(Repository.at(object, "metadata", "name")), data);
            }
        }
    }

    public static KubernetesBase load() {
        return new KubernetesBase();
    }

    public Map<String, Object> kustomization() {
        return kustomization;
    }

    public List<Map<String, Object>> objects() {
        return objects;
    }

    public Optional<Map<String, Object>> find(String kind, String name) {
        return objects.stream()
                .filter(o -> kind.equals(o.get("kind")) && name.equals(Repository.at(o, "metadata", "name")))
                .findFirst();
    }

    public Map<String, Object> get(String kind, String name) {
        return find(kind, name).orElseThrow(() -> new AssertionError("k8s/base has no " + kind + " " + name));
    }

    /** ConfigMaps imported as environment (literals), by name. */
    public Map<String, Map<String, String>> configMaps() {
        return configMaps;
    }

    /** ConfigMaps generated from files, which workloads mount as volumes. */
    public List<String> fileConfigMaps() {
        return fileConfigMaps;
    }

    /** Keys of a Secret of the base (stringData and data). */
    public List<String> secretKeys(String name) {
        Map<String, Object> secret = get("Secret", name);
        List<String> keys = new ArrayList<>(Repository.map(secret, "stringData").keySet());
        keys.addAll(Repository.map(secret, "data").keySet());
        return keys;
    }

    /** The first container of a Deployment's pod template. */
    @SuppressWarnings("unchecked")
    public static Map<String, Object> container(Map<String, Object> deployment) {
        List<Object> containers = (List<Object>) Repository.at(deployment, "spec", "template", "spec", "containers");
        return (Map<String, Object>) containers.getFirst();
    }

    /**
     * Every environment variable a Deployment's container receives, with its value where the
     * base knows it ("" for Secret keys and valueFrom): explicit env, then envFrom ConfigMaps and
     * Secrets. Source names are recorded in {@code sources}.
     */
    public Map<String, String> environment(Map<String, Object> deployment, Map<String, String> sources) {
        Map<String, Object> container = container(deployment);
        Map<String, String> env = new LinkedHashMap<>();
        for (Object from : Repository.list(container, "envFrom")) {
            Object configMap = Repository.at(from, "configMapRef", "name");
            Object secret = Repository.at(from, "secretRef", "name");
            if (configMap != null) {
                Map<String, String> data = configMaps.get(configMap.toString());
                if (data == null) {
                    throw new AssertionError("envFrom references ConfigMap " + configMap + ", which k8s/base does not make");
                }
                data.forEach((k, v) -> {
                    env.put(k, v);
                    sources.put(k, "ConfigMap " + configMap);
                });
            }
            if (secret != null) {
                for (String key : secretKeys(secret.toString())) {
                    env.put(key, "");
                    sources.put(key, "Secret " + secret);
                }
            }
        }
        for (Object variable : Repository.list(container, "env")) {
            String name = String.valueOf(Repository.at(variable, "name"));
            Object value = Repository.at(variable, "value");
            Object secret = Repository.at(variable, "valueFrom", "secretKeyRef", "name");
            if (secret != null) {
                Object key = Repository.at(variable, "valueFrom", "secretKeyRef", "key");
                if (!secretKeys(secret.toString()).contains(String.valueOf(key))) {
                    throw new AssertionError(name + " reads key " + key + " of Secret " + secret + ", which has no such key");
                }
                sources.put(name, "Secret " + secret + " key " + key);
            } else {
                sources.put(name, "env");
            }
            env.put(name, value == null ? "" : value.toString());
        }
        return env;
    }
}
