package org.banyan.deployment.support;

import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The Banyan checkout the tests run in, and typed access to its YAML files. */
public final class Repository {

    private static final Path ROOT = findRoot();

    private Repository() {
    }

    public static Path root() {
        return ROOT;
    }

    public static Path path(String relative) {
        return ROOT.resolve(relative);
    }

    public static String read(String relative) {
        return read(path(relative));
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + ROOT.relativize(file.toAbsolutePath()), e);
        }
    }

    /** The single YAML document of a file, as a map. */
    public static Map<String, Object> yaml(String relative) {
        return yaml(path(relative));
    }

    public static Map<String, Object> yaml(Path file) {
        List<Map<String, Object>> docs = yamlDocuments(file);
        if (docs.size() != 1) {
            throw new IllegalStateException(file + " holds " + docs.size() + " YAML documents, expected one");
        }
        return docs.getFirst();
    }

    /** Every non-empty YAML document of a file (multi-document files separated by ---). */
    public static List<Map<String, Object>> yamlDocuments(Path file) {
        return yamlDocumentsOf(read(file));
    }

    @SuppressWarnings("unchecked")
    public static List<Map<String, Object>> yamlDocumentsOf(String text) {
        List<Map<String, Object>> docs = new ArrayList<>();
        for (Object doc : newYaml().loadAll(text)) {
            if (doc != null) {
                docs.add((Map<String, Object>) doc);
            }
        }
        return docs;
    }

    private static Yaml newYaml() {
        return new Yaml(new SafeConstructor(new LoaderOptions()));
    }

    private static Path findRoot() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path pom = dir.resolve("pom.xml");
            if (Files.isRegularFile(pom) && read(pom).contains("<artifactId>banyan-parent</artifactId>")
                    && read(pom).contains("<modules>")) {
                return dir;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("not inside the Banyan checkout (no parent pom.xml of banyan-parent above "
                + Path.of("").toAbsolutePath() + ")");
    }

    // -- small typed navigation helpers for YAML trees ----------------------------------------

    @SuppressWarnings("unchecked")
    public static Map<String, Object> map(Object node, String key) {
        Object value = ((Map<String, Object>) Objects.requireNonNull(node, "no node for " + key)).get(key);
        return value == null ? Map.of() : (Map<String, Object>) value;
    }

    @SuppressWarnings("unchecked")
    public static List<Object> list(Object node, String key) {
        Object value = ((Map<String, Object>) Objects.requireNonNull(node, "no node for " + key)).get(key);
        return value == null ? List.of() : (List<Object>) value;
    }

    @SuppressWarnings("unchecked")
    public static Object at(Object node, String... keys) {
        Object current = node;
        for (String key : keys) {
            if (!(current instanceof Map<?, ?> m)) {
                return null;
            }
            current = ((Map<String, Object>) m).get(key);
        }
        return current;
    }
}
