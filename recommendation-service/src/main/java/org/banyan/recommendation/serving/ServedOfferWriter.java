package org.banyan.recommendation.serving;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Writes served offers behind the response: requests queue their offers, one background thread inserts
 * whatever has queued (every few milliseconds, one batched statement for many requests), so a
 * recommendation costs no database transaction of its own. Offers waiting to be written are visible to
 * feedback on this instance ({@link #pending}); feedback that reaches another instance first retries
 * briefly ({@code ServedRecommendations}). If the queue is full the request writes its offers itself.
 */
@Component
class ServedOfferWriter implements SmartLifecycle {

    static final int CAPACITY = 100_000;
    static final int BATCH = 2_000;
    private static final Logger log = LoggerFactory.getLogger(ServedOfferWriter.class);

    private final RecommendationLog store;
    private final LinkedBlockingQueue<ServedRecommendation> queue = new LinkedBlockingQueue<>(CAPACITY);
    private final Map<UUID, ServedRecommendation> pending = new ConcurrentHashMap<>();
    private volatile boolean running;
    private Thread writer;

    ServedOfferWriter(RecommendationLog store) {
        this.store = store;
    }

    void write(List<ServedRecommendation> offers) {
        for (ServedRecommendation offer : offers) {
            pending.put(offer.recommendationId(), offer);
            if (!running || !queue.offer(offer)) {
                pending.remove(offer.recommendationId());
                store.recordAll(List.of(offer));
            }
        }
    }

    /** An offer served here and not yet written, if any. */
    Optional<ServedRecommendation> pending(UUID recommendationId) {
        return Optional.ofNullable(pending.get(recommendationId));
    }

    @Override
    public void start() {
        running = true;
        writer = Thread.ofPlatform().name("served-offer-writer").daemon().start(this::drainLoop);
    }

    @Override
    public void stop() {
        running = false;
        if (writer != null) {
            writer.interrupt();
            try {
                writer.join(TimeUnit.SECONDS.toMillis(10));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        flush();
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    private void drainLoop() {
        while (running) {
            try {
                ServedRecommendation first = queue.poll(100, TimeUnit.MILLISECONDS);
                if (first != null) {
                    List<ServedRecommendation> batch = new ArrayList<>(BATCH);
                    batch.add(first);
                    queue.drainTo(batch, BATCH - 1);
                    write(batch, true);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private void flush() {
        List<ServedRecommendation> rest = new ArrayList<>();
        queue.drainTo(rest);
        if (!rest.isEmpty()) {
            write(rest, false);
        }
    }

    private void write(List<ServedRecommendation> batch, boolean retry) {
        try {
            store.recordAll(batch);
            batch.forEach(o -> pending.remove(o.recommendationId()));
        } catch (RuntimeException e) {
            log.warn("Writing {} served offers failed{}", batch.size(), retry ? "; retrying" : "", e);
            if (retry) {
                batch.forEach(queue::offer);
            }
        }
    }
}
