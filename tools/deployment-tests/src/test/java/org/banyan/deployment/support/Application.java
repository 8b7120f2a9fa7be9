package org.banyan.deployment.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One deployable Banyan application as its own configuration describes it: the module's
 * {@code src/main/resources/application.yml} (which environment variables it reads, with which
 * defaults, and on which port it listens) and the {@code @ConfigurationProperties} it binds.
 */
public final class Application {

    /**
     * The applications the platform deploys, in start order of the local run. A new deployable
     * module joins this list, and every deployment file then has to know it.
     */
    public static final List<String> NAMES = List.of(
            "profile-service", "recommendation-service", "credit-risk-service", "monitoring-service",
            "gateway-service");

    /**
     * Variables every Spring Boot application on the platform reads without an
     * application.yml placeholder: the JVM's own and Spring Boot's JSON-log switch
     * ({@code logging.structured.format.console}, docs/architecture.md "Health, metrics, logs").
     */
    public static final Set<String> PLATFORM_VARIABLES = Set.of("JAVA_TOOL_OPTIONS", "LOGGING_STRUCTURED_FORMAT_CONSOLE");

    private static final Pattern PLACEHOLDER = Pattern.compile("\\$\\{([A-Z][A-Z0-9_]*)(?::([^}]*))?}");
    private static final Pattern CONFIGURATION_PROPERTIES =
            Pattern.compile("@ConfigurationProperties\\(\\s*(?:(?:prefix|value)\\s*=\\s*)?\"([^\"]+)\"");
    private static final Pattern HOST_LIKE = Pattern.compile(".*_(HOST|URL|URI|SERVERS)$");

    private final String name;
    private final Map<String, Optional<String>> placeholders;
    private final Set<String> propertyPrefixes;
    private final Map<String, Object> config;

    private Application(String name) {
        this.name = name;
        String yml = Repository.read(name + "/src/main/resources/application.yml");
        this.placeholders = placeholdersOf(yml);
        this.config = Repository.yamlDocumentsOf(yml).getFirst();
        this.propertyPrefixes = configurationPropertyPrefixes(
                Repository.path(name + "/src/main/java"), Repository.path("common-lib/src/main/java"));
    }

    public static List<Application> all() {
        return NAMES.stream().map(Application::new).toList();
    }

    public static Application named(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("not a deployable application: " + name);
        }
        return new Application(name);
    }

    public String name() {
        return name;
    }

    /** The port it listens on when SERVER_PORT is not set: server.port of application.yml, resolved. */
    public int serverPort() {
        Object port = Repository.at(config, "server", "port");
        if (port == null) {
            throw new IllegalStateException(name + ": application.yml declares no server.port");
        }
        return Integer.parseInt(resolve(port.toString()));
    }

    /** Environment variables its application.yml reads, each with its default (empty Optional: none). */
    public Map<String, Optional<String>> placeholders() {
        return placeholders;
    }

    public Optional<String> defaultOf(String variable) {
        Optional<String> value = placeholders.get(variable);
        if (value == null) {
            throw new IllegalArgumentException(name + " does not read " + variable);
        }
        return value;
    }

    /** True when the application reads the variable at all. */
    public boolean reads(String variable) {
        return whyItReads(variable).isPresent();
    }

    /** How the application reads the variable, for messages; empty when it does not. */
    public Optional<String> whyItReads(String variable) {
        if (placeholders.containsKey(variable)) {
            return Optional.of("${" + variable + "} in application.yml");
        }
        if (PLATFORM_VARIABLES.contains(variable)) {
            return Optional.of("platform variable");
        }
        for (String prefix : propertyPrefixes) {
            if (variable.startsWith(environmentPrefix(prefix))) {
                return Optional.of("relaxed binding of @ConfigurationProperties(\"" + prefix + "\")");
            }
        }
        return Optional.empty();
    }

    /**
     * Variables that must be set wherever the application runs in a container: those without a
     * default, and those naming a host, URL or server list (their defaults point at localhost).
     */
    public Set<String> mustBeSetInContainers() {
        Set<String> required = new TreeSet<>();
        placeholders.forEach((variable, fallback) -> {
            boolean hostLike = HOST_LIKE.matcher(variable).matches()
                    || fallback.map(v -> v.contains("localhost") || v.contains("127.0.0.1")).orElse(false);
            if (fallback.isEmpty() || hostLike) {
                required.add(variable);
            }
        });
        return required;
    }

    public boolean usesKafka() {
        return placeholders.containsKey("KAFKA_BOOTSTRAP_SERVERS");
    }

    public boolean usesPostgres() {
        return placeholders.containsKey("POSTGRES_HOST");
    }

    /** The database it uses by default (POSTGRES_DB's default), if it has one. */
    public Optional<String> database() {
        return usesPostgres() ? defaultOf("POSTGRES_DB") : Optional.empty();
    }

    private String resolve(String value) {
        Matcher m = PLACEHOLDER.matcher(value);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            String fallback = m.group(2);
            if (fallback == null) {
                throw new IllegalStateException(name + ": " + m.group() + " has no default to resolve");
            }
            m.appendReplacement(out, Matcher.quoteReplacement(fallback));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static Map<String, Optional<String>> placeholdersOf(String yml) {
        Map<String, Optional<String>> found = new LinkedHashMap<>();
        Matcher m = PLACEHOLDER.matcher(yml);
        while (m.find()) {
            found.putIfAbsent(m.group(1), Optional.ofNullable(m.group(2)));
        }
        return found;
    }

    private static Set<String> configurationPropertyPrefixes(Path... sourceRoots) {
        Set<String> prefixes = new TreeSet<>();
        for (Path root : sourceRoots) {
            if (!Files.isDirectory(root)) {
                continue;
            }
            try (Stream<Path> files = Files.walk(root)) {
                files.filter(f -> f.toString().endsWith(".java")).forEach(f -> {
                    Matcher m = CONFIGURATION_PROPERTIES.matcher(Repository.read(f));
                    while (m.find()) {
                        prefixes.add(m.group(1));
                    }
                });
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return prefixes;
    }

    /** Spring Boot's environment-variable form of a property prefix: banyan.kafka -> BANYAN_KAFKA_. */
    static String environmentPrefix(String propertyPrefix) {
        return propertyPrefix.replace("-", "").replace('.', '_').toUpperCase(Locale.ROOT) + "_";
    }

    @Override
    public String toString() {
        return name;
    }
}
