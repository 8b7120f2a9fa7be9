package org.banyan.simulator.engine;

import org.banyan.simulator.app.AppActivity;
import org.banyan.simulator.core.SimulationConfig;
import org.banyan.simulator.credit.CardServicer;
import org.banyan.simulator.credit.Lending;
import org.banyan.simulator.loan.LoanFactory;
import org.banyan.simulator.response.Offers;
import org.banyan.simulator.state.Applications;
import org.banyan.simulator.state.CustomerState;
import org.banyan.simulator.state.Day;
import org.banyan.simulator.state.DayOut;
import org.banyan.simulator.state.StateFactory;
import org.banyan.simulator.transaction.Spending;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;

/**
 * Runs a simulation: builds the population, then simulates day after day, each day's customers split
 * over the worker threads in contiguous shards, and hands each day's sorted rows to the sinks.
 */
public final class Simulation {

    /** Shards per thread: small enough to balance load, large enough to keep per-shard overhead low. */
    private static final int SHARDS_PER_THREAD = 8;

    private final SimulationConfig config;
    private final Consumer<String> progress;

    public Simulation(SimulationConfig config, Consumer<String> progress) {
        this.config = config;
        this.progress = progress;
    }

    public RunSummary run(List<? extends Sink> sinks) throws IOException {
        long started = System.nanoTime();
        ExecutorService pool = Executors.newFixedThreadPool(config.threads(), daemonThreads("simulator-worker"));
        try {
            Components components = new Components(config);
            Population population = Population.build(config, pool, components.loans, components.states,
                    components.lending);
            long setup = millisSince(started);
            progress.accept("population of " + config.customers() + " ready in " + setup + " ms");
            RunContext run = new RunContext(config, population);
            for (Sink sink : sinks) {
                sink.start(run);
            }
            population.releaseBackBook();
            Map<String, Long> rows = simulateDays(population, components.day, pool, sinks);
            RunSummary summary = new RunSummary(rows, setup, millisSince(started));
            for (Sink sink : sinks) {
                sink.finish(run, summary);
            }
            return new RunSummary(rows, setup, millisSince(started));
        } finally {
            pool.shutdownNow();
        }
    }

    /**
     * Simulates day after day. The sinks write day d on a thread of their own while day d+1 is simulated
     * (batches are immutable rows, so this is safe); at most one day waits, which bounds memory.
     */
    private Map<String, Long> simulateDays(Population population, CustomerDay customerDay, ExecutorService pool,
            List<? extends Sink> sinks) throws IOException {
        CustomerState[] states = population.states();
        int shards = config.threads() * SHARDS_PER_THREAD;
        DayOut[] outs = new DayOut[shards];
        for (int i = 0; i < shards; i++) {
            outs[i] = new DayOut();
        }
        Map<String, Long> counts = new LinkedHashMap<>();
        ExecutorService writer = Executors.newSingleThreadExecutor(daemonThreads("simulator-sinks"));
        try {
            Future<?> pending = null;
            for (int d = 0; d < config.days(); d++) {
                Day day = Day.of(config.calendar(), d, config.seed());
                Parallel.forEachChunk(pool, states.length, shards, (part, from, to) -> {
                    for (int i = from; i < to; i++) {
                        customerDay.simulate(states[i], day, outs[part]);
                    }
                });
                DayBatch batch = DayBatch.merge(day, outs);
                count(counts, batch);
                await(pending);
                pending = writer.submit(() -> write(sinks, batch));
                if ((d + 1) % 10 == 0 || d + 1 == config.days()) {
                    progress.accept("simulated " + (d + 1) + "/" + config.days() + " days, " + counts);
                }
            }
            await(pending);
        } finally {
            writer.shutdownNow();
        }
        return counts;
    }

    private static Void write(List<? extends Sink> sinks, DayBatch batch) throws IOException {
        for (Sink sink : sinks) {
            sink.day(batch);
        }
        return null;
    }

    private static void await(Future<?> pending) throws IOException {
        if (pending == null) {
            return;
        }
        try {
            pending.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while writing", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
    }

    private static void count(Map<String, Long> counts, DayBatch b) {
        counts.merge("customers", (long) b.customers().size(), Long::sum);
        counts.merge("accounts", (long) b.accounts().size(), Long::sum);
        counts.merge("transactions", (long) b.transactions().size(), Long::sum);
        counts.merge("app_events", (long) b.appEvents().size(), Long::sum);
        counts.merge("loan_events", (long) b.loanEvents().size(), Long::sum);
        counts.merge("loan_applications", (long) b.applications().size(), Long::sum);
        counts.merge("offers", (long) b.offers().size(), Long::sum);
    }

    private static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }

    private static ThreadFactory daemonThreads(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    /** The stateless (or immutable) generators a run shares between threads. */
    private static final class Components {
        final LoanFactory loans;
        final StateFactory states;
        final Lending lending;
        final CustomerDay day;

        Components(SimulationConfig config) {
            long seed = config.seed();
            Applications applications = new Applications(config.macroFactor());
            loans = new LoanFactory(seed, config.macroFactor());
            states = new StateFactory(seed, config.calendar(), loans, config.macroFactor());
            lending = new Lending(seed, config.calendar(), loans, applications);
            day = new CustomerDay(seed, new Spending(seed), new CardServicer(seed, config.macroFactor()), lending,
                    new Offers(lending), new AppActivity(seed));
        }
    }
}
