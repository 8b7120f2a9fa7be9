package org.banyan.simulator.support;

import org.banyan.simulator.core.Preset;
import org.banyan.simulator.core.SimulationConfig;
import org.banyan.simulator.engine.RunSummary;
import org.banyan.simulator.engine.Simulation;
import org.banyan.simulator.output.FileSink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/** Generates populations to files, as the command line does, for tests to inspect. */
public final class Runs {

    private Runs() {
    }

    public static SimulationConfig tiny() {
        return SimulationConfig.of(Preset.TINY).withThreads(2);
    }

    public static RunSummary generate(SimulationConfig config, Path dir) {
        return generate(config, dir, true);
    }

    public static RunSummary generate(SimulationConfig config, Path dir, boolean extracts) {
        try (FileSink files = new FileSink(dir, extracts, config.threads())) {
            return new Simulation(config, message -> { }).run(List.of(files));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** SHA-256 over every file's relative path and bytes, in path order. */
    public static String sha256(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
                digest.update(dir.relativize(file).toString().getBytes());
                digest.update(Files.readAllBytes(file));
            }
            return HexFormat.of().formatHex(digest.digest());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
