package org.banyan.simulator.core;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Everything that determines a run. Two runs with equal configs (threads aside) write the same bytes.
 *
 * @param customers               population size
 * @param days                    simulated days, starting at {@code startDate}
 * @param seed                    root of every random decision
 * @param startDate               first simulated (Beijing) business date
 * @param macroFactor             odds multiplier on delinquency: 1 neutral, above 1 a downturn ("drift")
 * @param patterns                planted risk pattern rates
 * @param transactionLabelSample  share of ordinary transactions in the labelled transaction set
 * @param threads                 worker threads; never changes the output
 */
public record SimulationConfig(int customers, int days, long seed, LocalDate startDate, double macroFactor,
        PatternRates patterns, double transactionLabelSample, int threads) {

    public static final LocalDate DEFAULT_START = LocalDate.of(2026, 8, 1);
    public static final long DEFAULT_SEED = 42L;
    /** Customer ids are C + 8 digits. */
    public static final int MAX_CUSTOMERS = 99_999_999;

    public SimulationConfig {
        Objects.requireNonNull(startDate, "startDate");
        Objects.requireNonNull(patterns, "patterns");
        if (customers < 1 || customers > MAX_CUSTOMERS) {
            throw new IllegalArgumentException("customers must be between 1 and " + MAX_CUSTOMERS + ", was " + customers);
        }
        if (days < 1 || days > 3_650) {
            throw new IllegalArgumentException("days must be between 1 and 3650, was " + days);
        }
        if (!(macroFactor >= 0.1 && macroFactor <= 10)) {
            throw new IllegalArgumentException("macro factor must be between 0.1 and 10, was " + macroFactor);
        }
        if (!(transactionLabelSample >= 0 && transactionLabelSample <= 1)) {
            throw new IllegalArgumentException("transaction label sample must be between 0 and 1, was "
                    + transactionLabelSample);
        }
        if (threads < 1 || threads > 256) {
            throw new IllegalArgumentException("threads must be between 1 and 256, was " + threads);
        }
    }

    public static SimulationConfig of(Preset preset) {
        return new SimulationConfig(preset.customers(), preset.days(), DEFAULT_SEED, DEFAULT_START, 1.0,
                PatternRates.DEFAULT, preset.transactionLabelSample(), Runtime.getRuntime().availableProcessors());
    }

    public SimCalendar calendar() {
        return new SimCalendar(startDate, days);
    }

    public SimulationConfig withCustomers(int value) {
        return new SimulationConfig(value, days, seed, startDate, macroFactor, patterns, transactionLabelSample, threads);
    }

    public SimulationConfig withDays(int value) {
        return new SimulationConfig(customers, value, seed, startDate, macroFactor, patterns, transactionLabelSample, threads);
    }

    public SimulationConfig withSeed(long value) {
        return new SimulationConfig(customers, days, value, startDate, macroFactor, patterns, transactionLabelSample, threads);
    }

    public SimulationConfig withStartDate(LocalDate value) {
        return new SimulationConfig(customers, days, seed, value, macroFactor, patterns, transactionLabelSample, threads);
    }

    public SimulationConfig withMacroFactor(double value) {
        return new SimulationConfig(customers, days, seed, startDate, value, patterns, transactionLabelSample, threads);
    }

    public SimulationConfig withPatterns(PatternRates value) {
        return new SimulationConfig(customers, days, seed, startDate, macroFactor, value, transactionLabelSample, threads);
    }

    public SimulationConfig withTransactionLabelSample(double value) {
        return new SimulationConfig(customers, days, seed, startDate, macroFactor, patterns, value, threads);
    }

    public SimulationConfig withThreads(int value) {
        return new SimulationConfig(customers, days, seed, startDate, macroFactor, patterns, transactionLabelSample, value);
    }

    /** Where a run of this config writes by default. */
    public static Path defaultOutput(Preset preset) {
        return Path.of("out", preset.label());
    }
}
