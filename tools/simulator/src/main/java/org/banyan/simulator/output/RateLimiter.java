package org.banyan.simulator.output;

/** Spaces out events to a target rate; 0 means as fast as possible. Single-threaded use. */
final class RateLimiter {

    private final double nanosPerEvent;
    private long start = -1;
    private long issued;

    RateLimiter(int eventsPerSecond) {
        this.nanosPerEvent = eventsPerSecond <= 0 ? 0 : 1e9 / eventsPerSecond;
    }

    void acquire() throws InterruptedException {
        if (nanosPerEvent == 0) {
            return;
        }
        long now = System.nanoTime();
        if (start < 0) {
            start = now;
        }
        long due = start + (long) (issued++ * nanosPerEvent);
        long ahead = due - now;
        if (ahead > 2_000_000) {
            Thread.sleep(ahead / 1_000_000, (int) (ahead % 1_000_000));
        }
    }
}
