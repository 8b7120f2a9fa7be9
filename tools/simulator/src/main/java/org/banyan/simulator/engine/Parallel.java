package org.banyan.simulator.engine;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;
import java.util.function.IntConsumer;

/** Runs index ranges on a pool. Each index is processed by exactly one task, so results never depend on scheduling. */
final class Parallel {

    private Parallel() {
    }

    /** Calls {@code body} for every index in [0, n), in contiguous chunks, and waits for all of them. */
    static void forEach(ExecutorService pool, int n, int chunks, IntConsumer body) {
        forEachChunk(pool, n, chunks, (part, from, to) -> {
            for (int i = from; i < to; i++) {
                body.accept(i);
            }
        });
    }

    static void forEachChunk(ExecutorService pool, int n, int chunks, ChunkBody body) {
        int parts = Math.max(1, Math.min(chunks, n));
        List<Future<?>> futures = new ArrayList<>(parts);
        for (int p = 0; p < parts; p++) {
            int from = (int) ((long) n * p / parts);
            int to = (int) ((long) n * (p + 1) / parts);
            int part = p;
            futures.add(pool.submit(() -> body.run(part, from, to)));
        }
        await(futures);
    }

    private static void await(List<Future<?>> futures) {
        try {
            for (Future<?> f : futures) {
                f.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("Interrupted", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException re) {
                throw re;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    /** The work of one chunk: its number and index range. */
    @FunctionalInterface
    interface ChunkBody {
        void run(int part, int from, int to);
    }
}
