package org.banyan.simulator.engine;

import java.io.IOException;

/** Where a run's output goes: files, Kafka, or a test's memory. Called from one thread, day by day. */
public interface Sink extends AutoCloseable {

    /** Before the first day, once the population exists. */
    default void start(RunContext run) throws IOException {
    }

    void day(DayBatch batch) throws IOException;

    /** After the last day; only then may the output look complete. */
    default void finish(RunContext run, RunSummary summary) throws IOException {
    }

    @Override
    default void close() throws IOException {
    }
}
