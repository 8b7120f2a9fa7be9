package org.banyan.simulator.cli;

import org.banyan.simulator.core.SimulationConfig;
import org.banyan.simulator.engine.RunSummary;
import org.banyan.simulator.output.KafkaSink;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The summary printed on stdout at the end of a run. */
final class Report {

    private Report() {
    }

    static void print(PrintWriter out, SimulationConfig config, Path dir, RunSummary summary, KafkaSink kafka) {
        double seconds = summary.totalMillis() / 1000.0;
        out.printf("customers=%d days=%d seed=%d macro=%s%n", config.customers(), config.days(), config.seed(),
                config.macroFactor());
        summary.rows().forEach((name, n) -> out.printf("  %-18s %,14d rows%n", name, n));
        out.printf("elapsed %.1f s (population %.1f s), %,.0f rows/s, %,.0f events/s generated%n", seconds,
                summary.setupMillis() / 1000.0, summary.total() / seconds, summary.events() / seconds);
        out.printf("output %s: %,.1f MB%n", dir.toAbsolutePath().normalize(), size(dir) / 1e6);
        if (kafka != null) {
            out.printf("kafka: %,d events published, %,.0f events/s while sending%n", kafka.sent(),
                    kafka.eventsPerSecond());
        }
        out.flush();
    }

    private static long size(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).mapToLong(p -> {
                try {
                    return Files.size(p);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }).sum();
        } catch (IOException e) {
            return -1;
        }
    }
}
