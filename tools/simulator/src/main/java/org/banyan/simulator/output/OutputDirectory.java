package org.banyan.simulator.output;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The run's output folder. It must be empty, missing, or one the simulator wrote before (it carries a
 * marker file); then what a previous run left is removed first, so no stale day files survive.
 */
public final class OutputDirectory {

    public static final String MARKER = ".banyan-simulator";
    public static final String SUCCESS = "_SUCCESS";
    static final List<String> OWNED = List.of("extracts", "training", "ground_truth", "bureau", "manifest.json",
            SUCCESS);

    private OutputDirectory() {
    }

    /** Fails (IllegalArgumentException) if the folder cannot be used, without touching anything. */
    public static void check(Path dir) {
        if (Files.exists(dir) && !Files.isDirectory(dir)) {
            throw new IllegalArgumentException("output path " + dir + " exists and is not a directory");
        }
        if (!Files.isDirectory(dir) || Files.exists(dir.resolve(MARKER))) {
            return;
        }
        try (Stream<Path> entries = Files.list(dir)) {
            if (entries.findAny().isPresent()) {
                throw new IllegalArgumentException("output directory " + dir
                        + " is not empty and was not written by the simulator; choose another --out");
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot read output directory " + dir + ": " + e.getMessage());
        }
    }

    /** Makes the folder ready for a new run; refuses folders that hold someone else's files. */
    public static void prepare(Path dir) throws IOException {
        check(dir);
        Files.createDirectories(dir);
        Files.deleteIfExists(dir.resolve(SUCCESS));
        for (String name : OWNED) {
            deleteRecursively(dir.resolve(name));
        }
        Files.writeString(dir.resolve(MARKER), "Written by the Banyan bank simulator; safe to delete.\n");
    }

    private static void deleteRecursively(Path path) throws IOException {
        if (!Files.exists(path)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.delete(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        }
    }
}
