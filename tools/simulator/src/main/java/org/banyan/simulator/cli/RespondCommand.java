package org.banyan.simulator.cli;

import org.banyan.simulator.response.Affinities;
import org.banyan.simulator.response.Responder;
import org.banyan.simulator.response.ResponderStats;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;

/** Closed-loop marketing: simulated customers answer campaign messages and impressions. */
@Command(name = "respond", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {"Consumes marketing.campaign-messages.v1 and IMPRESSION events on marketing.feedback.v1 and "
                + "publishes CLICK, CONVERSION or DISMISS feedback, with probabilities from each customer's hidden "
                + "affinity (read from a generated run's ground truth).", ""})
final class RespondCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--kafka", paramLabel = "HOST:PORT", required = true, description = "Kafka bootstrap server")
    String kafka;

    @Option(names = "--ground-truth", paramLabel = "DIR", required = true,
            description = "output folder of a generate run (or its ground_truth/customers.csv)")
    Path groundTruth;

    @Option(names = "--seed", paramLabel = "N", description = "seed of the decisions (default 42)")
    long seed = 42;

    @Option(names = "--group-id", paramLabel = "ID", description = "consumer group (default banyan-simulator-responder)")
    String groupId = "banyan-simulator-responder";

    @Option(names = "--from-latest", description = "start at the end of the topics when the group has no offsets "
            + "(default: from the beginning)")
    boolean fromLatest;

    @Option(names = "--max-idle", paramLabel = "SECONDS", description = "stop after this long without input "
            + "(default: run until interrupted)")
    Long maxIdle;

    @Option(names = "--max-offers", paramLabel = "N", description = "stop after answering N offers")
    long maxOffers;

    private PrintWriter out() {
        return spec.commandLine().getOut();
    }

    private PrintWriter err() {
        return spec.commandLine().getErr();
    }

    @Override
    public Integer call() throws Exception {
        if (!Files.exists(groundTruth)) {
            throw new ParameterException(spec.commandLine(), "no such ground truth: " + groundTruth);
        }
        if (maxIdle != null && maxIdle <= 0) {
            throw new ParameterException(spec.commandLine(), "--max-idle must be positive");
        }
        Affinities affinities;
        try {
            affinities = Affinities.load(groundTruth);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        err().println("[responder] " + affinities.customers() + " customers loaded; answering offers from " + kafka);
        try (Responder responder = new Responder(kafka, affinities, seed, groupId, !fromLatest)) {
            Thread hook = new Thread(responder::stop, "responder-shutdown");
            Runtime.getRuntime().addShutdownHook(hook);
            ResponderStats stats = responder.run(maxIdle == null ? null : Duration.ofSeconds(maxIdle), maxOffers);
            out().println("responder: " + stats);
            try {
                Runtime.getRuntime().removeShutdownHook(hook);
            } catch (IllegalStateException e) {
                // JVM already shutting down
            }
        }
        return 0;
    }
}
