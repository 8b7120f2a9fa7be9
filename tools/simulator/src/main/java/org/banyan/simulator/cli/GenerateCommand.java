package org.banyan.simulator.cli;

import org.banyan.simulator.core.PatternRates;
import org.banyan.simulator.core.Preset;
import org.banyan.simulator.core.SimulationConfig;
import org.banyan.simulator.engine.RunSummary;
import org.banyan.simulator.engine.Simulation;
import org.banyan.simulator.engine.Sink;
import org.banyan.simulator.output.FileSink;
import org.banyan.simulator.output.KafkaConfig;
import org.banyan.simulator.output.KafkaSink;
import org.banyan.simulator.output.OutputDirectory;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** Generates a population: files always, Kafka events when a bootstrap server is given. */
@Command(name = "simulator", mixinStandardHelpOptions = true, version = "Banyan bank simulator 0.1.0",
        sortOptions = false, subcommands = RespondCommand.class, usageHelpAutoWidth = true,
        description = {"Simulates a bank: customers, products, transactions, app events and loans with planted "
                + "risk patterns, as daily extract files, labelled training sets and ground truth, and (with "
                + "--kafka) as envelope events on bank.*.v1 topics. Same options and seed, same bytes.", ""},
        footer = {"", "Examples:", "  simulator --preset tiny --out /tmp/tiny",
                "  simulator --preset demo --kafka localhost:9092", "  simulator --preset bench --out /tmp/bench",
                "  simulator --customers 20000 --days 30 --macro 1.5 --seed 7 --out /tmp/drifted",
                "  simulator respond --kafka localhost:9092 --ground-truth out/demo"})
final class GenerateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--preset", paramLabel = "NAME", description = "tiny (1,000 customers), demo (100,000) or "
            + "bench (1,000,000); default tiny")
    Preset preset = Preset.TINY;

    @Option(names = "--customers", paramLabel = "N", description = "population size (overrides the preset)")
    Integer customers;

    @Option(names = "--days", paramLabel = "N", description = "simulated days (default 90)")
    Integer days;

    @Option(names = "--seed", paramLabel = "N", description = "random seed (default 42)")
    Long seed;

    @Option(names = "--start-date", paramLabel = "YYYY-MM-DD", description = "first business date (default 2026-08-01)")
    String startDate;

    @Option(names = "--macro", paramLabel = "F", description = "macro factor on delinquency odds: 1 neutral, "
            + "1.5 a downturn (default 1)")
    Double macro;

    @Option(names = "--out", paramLabel = "DIR", description = "output folder (default out/<preset>)")
    Path out;

    @Option(names = "--no-extracts", description = "skip the daily extract files (labels and ground truth are "
            + "still written)")
    boolean noExtracts;

    @Option(names = "--kafka", paramLabel = "HOST:PORT", description = "also publish events to this Kafka bootstrap "
            + "server")
    String kafka;

    @Option(names = "--rate", paramLabel = "EVENTS_PER_S", description = "Kafka publishing rate; 0 = as fast as "
            + "possible (default)")
    int rate;

    @Option(names = "--partitions", paramLabel = "N", description = "partitions of topics the simulator creates "
            + "(default 6)")
    int partitions = KafkaConfig.DEFAULT_PARTITIONS;

    @Option(names = "--threads", paramLabel = "N", description = "worker threads (default: all cores); never "
            + "changes the output")
    Integer threads;

    @Option(names = "--fraud-rate", paramLabel = "R", description = "card-fraud bursts per card holder per 30 days "
            + "(default 0.004)")
    Double fraudRate;

    @Option(names = "--gambling-rate", paramLabel = "R", description = "gambling spikes per customer per 30 days "
            + "(default 0.003)")
    Double gamblingRate;

    @Option(names = "--salary-stop-rate", paramLabel = "R", description = "salary stops per employed borrower per "
            + "30 days (default 0.01)")
    Double salaryStopRate;

    @Option(names = "--ring-share", paramLabel = "R", description = "share of customers in application fraud rings "
            + "(default 0.003)")
    Double ringShare;

    @Option(names = "--txn-label-sample", paramLabel = "R", description = "share of ordinary transactions in the "
            + "labelled transaction set (default by preset: 1, 0.2, 0.02)")
    Double txnLabelSample;

    @Option(names = {"-q", "--quiet"}, description = "no progress messages")
    boolean quiet;

    private final PrintWriter stdout;
    private final PrintWriter stderr;

    GenerateCommand(PrintWriter stdout, PrintWriter stderr) {
        this.stdout = stdout;
        this.stderr = stderr;
    }

    @Override
    public Integer call() throws Exception {
        SimulationConfig config = config();
        Path dir = out != null ? out : SimulationConfig.defaultOutput(preset);
        checkOutput(dir);
        List<Sink> sinks = new ArrayList<>();
        try {
            KafkaSink kafkaSink = kafka == null ? null
                    : new KafkaSink(kafka, rate, partitions, config.threads(), this::progress);
            if (kafkaSink != null) {
                sinks.add(kafkaSink);
                kafkaSink.connect();
            }
            sinks.add(new FileSink(dir, !noExtracts, config.threads()));
            progress("generating " + config.customers() + " customers over " + config.days() + " days from "
                    + config.startDate() + " (seed " + config.seed() + ", macro " + config.macroFactor() + ") into "
                    + dir + (kafka != null ? " and Kafka at " + kafka : ""));
            RunSummary summary = new Simulation(config, this::progress).run(sinks);
            Report.print(stdout, config, dir, summary, kafkaSink);
            return 0;
        } finally {
            for (Sink sink : sinks) {
                sink.close();
            }
        }
    }

    private SimulationConfig config() {
        SimulationConfig c = SimulationConfig.of(preset);
        try {
            c = customers != null ? c.withCustomers(customers) : c;
            c = days != null ? c.withDays(days) : c;
            c = seed != null ? c.withSeed(seed) : c;
            c = startDate != null ? c.withStartDate(date(startDate)) : c;
            c = macro != null ? c.withMacroFactor(macro) : c;
            c = threads != null ? c.withThreads(threads) : c;
            c = txnLabelSample != null ? c.withTransactionLabelSample(txnLabelSample) : c;
            PatternRates p = c.patterns();
            c = c.withPatterns(new PatternRates(fraudRate != null ? fraudRate : p.cardFraudPer30Days(),
                    gamblingRate != null ? gamblingRate : p.gamblingPer30Days(),
                    salaryStopRate != null ? salaryStopRate : p.salaryStopPer30Days(),
                    ringShare != null ? ringShare : p.ringMemberShare()));
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (rate < 0) {
            throw new ParameterException(spec.commandLine(), "rate must be 0 (as fast as possible) or positive");
        }
        if (partitions < 1 || partitions > 1_000) {
            throw new ParameterException(spec.commandLine(), "partitions must be between 1 and 1000");
        }
        if (kafka != null && kafka.isBlank()) {
            throw new ParameterException(spec.commandLine(), "--kafka needs HOST:PORT");
        }
        return c;
    }

    private LocalDate date(String text) {
        try {
            return LocalDate.parse(text);
        } catch (DateTimeParseException e) {
            throw new ParameterException(spec.commandLine(), "start date must be YYYY-MM-DD, was '" + text + "'");
        }
    }

    private void checkOutput(Path dir) {
        try {
            OutputDirectory.check(dir);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
    }

    private void progress(String message) {
        if (!quiet) {
            stderr.println("[simulator] " + message);
        }
    }
}
