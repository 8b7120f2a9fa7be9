package org.banyan.deployment.support;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** docker-compose.yml, parsed, with the few normalisations the compose format allows. */
public final class Compose {

    private static final Pattern INTERPOLATION = Pattern.compile("\\$\\{([A-Za-z_][A-Za-z0-9_]*)(?::?([-?])([^}]*))?}");

    private final Map<String, Object> file;

    private Compose(Map<String, Object> file) {
        this.file = file;
    }

    public static Compose load() {
        return new Compose(Repository.yaml("docker-compose.yml"));
    }

    public Set<String> serviceNames() {
        return Repository.map(file, "services").keySet();
    }

    public Map<String, Object> service(String name) {
        Map<String, Object> service = Repository.map(Repository.map(file, "services"), name);
        if (service.isEmpty()) {
            throw new AssertionError("docker-compose.yml has no service " + name);
        }
        return service;
    }

    /** The service's environment as a map, whether written as a map or as a list of K=V. */
    public Map<String, String> environment(String service) {
        Object env = service(service).get("environment");
        Map<String, String> result = new LinkedHashMap<>();
        if (env instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put(k.toString(), v == null ? "" : v.toString()));
        } else if (env instanceof List<?> list) {
            for (Object entry : list) {
                String s = entry.toString();
                int eq = s.indexOf('=');
                result.put(eq < 0 ? s : s.substring(0, eq), eq < 0 ? "" : s.substring(eq + 1));
            }
        }
        return result;
    }

    /** A value with compose interpolation resolved to its defaults (${X:-d} and ${X-d} give d). */
    public static String withDefaults(String value) {
        Matcher m = INTERPOLATION.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String replacement = "-".equals(m.group(2)) ? m.group(3) : "";
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** Container ports the service publishes (ports:, container side) or exposes (expose:). */
    public List<Integer> containerPorts(String service) {
        List<Integer> ports = new ArrayList<>();
        for (Object port : Repository.list(service(service), "ports")) {
            String spec = port instanceof Map<?, ?> m ? String.valueOf(m.get("target")) : port.toString();
            spec = spec.replaceFirst("/(tcp|udp)$", "");
            ports.add(Integer.parseInt(spec.substring(spec.lastIndexOf(':') + 1)));
        }
        for (Object port : Repository.list(service(service), "expose")) {
            ports.add(Integer.parseInt(port.toString().replaceFirst("/(tcp|udp)$", "")));
        }
        return ports;
    }

    /** depends_on as service -> condition (the short list form means service_started). */
    public Map<String, String> dependsOn(String service) {
        Object deps = service(service).get("depends_on");
        Map<String, String> result = new LinkedHashMap<>();
        if (deps instanceof Map<?, ?> map) {
            map.forEach((k, v) -> result.put(k.toString(),
                    String.valueOf(Repository.at(v, "condition") == null ? "service_started" : Repository.at(v, "condition"))));
        } else if (deps instanceof List<?> list) {
            list.forEach(d -> result.put(d.toString(), "service_started"));
        }
        return result;
    }

    /** The healthcheck test joined into one line ("" when there is none). */
    public String healthcheck(String service) {
        Object test = Repository.at(service(service), "healthcheck", "test");
        if (test == null) {
            return "";
        }
        return test instanceof List<?> parts ? String.join(" ", parts.stream().map(String::valueOf).toList()) : test.toString();
    }

    /** Build context of the service, "" when it does not build an image. */
    public String buildContext(String service) {
        Object build = service(service).get("build");
        if (build == null) {
            return "";
        }
        return build instanceof Map<?, ?> m ? String.valueOf(m.get("context")) : build.toString();
    }
}
