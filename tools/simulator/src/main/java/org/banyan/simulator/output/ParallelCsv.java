package org.banyan.simulator.output;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

/**
 * Formats a list of rows on several threads: contiguous slices, each into its own buffer, returned in
 * order, so the bytes are the same as a single-threaded pass.
 */
final class ParallelCsv {

    /** Appends one row (ending the line) to a buffer. */
    @FunctionalInterface
    interface Formatter<R> {
        void format(R row, CsvBuffer buffer);
    }

    private static final int MIN_SLICE = 5_000;

    private final ExecutorService pool;
    private final int threads;

    ParallelCsv(ExecutorService pool, int threads) {
        this.pool = pool;
        this.threads = threads;
    }

    <R> List<CsvBuffer> format(List<R> rows, Formatter<R> formatter) {
        int slices = Math.max(1, Math.min(threads * 2, rows.size() / MIN_SLICE));
        if (slices == 1) {
            return List.of(slice(rows, 0, rows.size(), formatter));
        }
        List<Future<CsvBuffer>> futures = new ArrayList<>(slices);
        for (int p = 0; p < slices; p++) {
            int from = (int) ((long) rows.size() * p / slices);
            int to = (int) ((long) rows.size() * (p + 1) / slices);
            futures.add(pool.submit(() -> slice(rows, from, to, formatter)));
        }
        List<CsvBuffer> out = new ArrayList<>(slices);
        try {
            for (Future<CsvBuffer> f : futures) {
                out.add(f.get());
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException re ? re : new IllegalStateException(e.getCause());
        }
        return out;
    }

    private static <R> CsvBuffer slice(List<R> rows, int from, int to, Formatter<R> formatter) {
        CsvBuffer buffer = new CsvBuffer((to - from) * 160);
        for (int i = from; i < to; i++) {
            formatter.format(rows.get(i), buffer);
        }
        return buffer;
    }
}
