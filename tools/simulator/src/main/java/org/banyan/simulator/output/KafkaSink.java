package org.banyan.simulator.output;

import java.time.Duration;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.banyan.common.event.EventContracts;
import org.banyan.common.kafka.EventSerializer;
import org.banyan.simulator.core.Ids;
import org.banyan.simulator.engine.DayBatch;
import org.banyan.simulator.engine.RunContext;
import org.banyan.simulator.engine.RunSummary;
import org.banyan.simulator.engine.Sink;
import org.banyan.simulator.rows.Row;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Publishes each day's customers, transactions, app events and loan events as JSON envelopes keyed by
 * customer id, in time order across the four topics. JSON is written on worker threads (Jackson 3, via
 * common-lib's EventSerializer); one thread sends, which keeps every customer's events in order.
 */
public final class KafkaSink implements Sink {

    private static final List<String> TOPICS = List.of(EventContracts.CUSTOMERS.topic(),
            EventContracts.TRANSACTIONS.topic(), EventContracts.APP_EVENTS.topic(), EventContracts.LOAN_EVENTS.topic());
    private static final int SLICE = 20_000;

    private final String bootstrap;
    private final int partitions;
    private final RateLimiter limiter;
    private final Consumer<String> progress;
    private final ExecutorService pool;
    private final EventSerializer serializer = new EventSerializer(JsonMapper.builder().build());
    private final AtomicReference<Exception> failure = new AtomicReference<>();
    private final AtomicLong acknowledged = new AtomicLong();
    private KafkaProducer<byte[], byte[]> producer;
    private EventMapper mapper;
    private long sent;
    private long sendNanos;

    public KafkaSink(String bootstrap, int rate, int partitions, int threads, Consumer<String> progress) {
        this.bootstrap = bootstrap;
        this.partitions = partitions;
        this.limiter = new RateLimiter(rate);
        this.progress = progress;
        this.pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "simulator-json");
            t.setDaemon(true);
            return t;
        });
    }

    /** Creates missing topics and the producer; called before the (possibly long) population build. */
    public void connect() {
        if (producer == null) {
            KafkaConfig.ensureTopics(bootstrap, TOPICS, partitions);
            producer = KafkaConfig.producer(bootstrap, "banyan-simulator");
            // Fetch partition metadata up front rather than with the first batch.
            TOPICS.forEach(producer::partitionsFor);
        }
    }

    @Override
    public void start(RunContext run) {
        connect();
        mapper = new EventMapper(run.config().seed());
    }

    @Override
    public void day(DayBatch batch) throws IOException {
        List<Row> rows = inTimeOrder(batch);
        long epochDay = batch.day().epochDay();
        long started = System.nanoTime();
        for (int from = 0; from < rows.size(); from += SLICE * 4) {
            List<Future<byte[][]>> parts = new ArrayList<>();
            for (int p = from; p < Math.min(rows.size(), from + SLICE * 4); p += SLICE) {
                List<Row> slice = rows.subList(p, Math.min(rows.size(), p + SLICE));
                parts.add(pool.submit(() -> serialize(slice, epochDay)));
            }
            send(rows, from, parts);
        }
        sendNanos += System.nanoTime() - started;
        rethrow();
    }

    private byte[][] serialize(List<Row> slice, long epochDay) {
        byte[][] values = new byte[slice.size()][];
        for (int i = 0; i < values.length; i++) {
            Row row = slice.get(i);
            values[i] = serializer.serialize(EventMapper.contract(row).topic(), mapper.envelope(row, epochDay));
        }
        return values;
    }

    private void send(List<Row> rows, int from, List<Future<byte[][]>> parts) throws IOException {
        int index = from;
        try {
            for (Future<byte[][]> part : parts) {
                for (byte[] value : part.get()) {
                    Row row = rows.get(index++);
                    limiter.acquire();
                    byte[] key = Ids.customerId(row.customer()).getBytes(StandardCharsets.UTF_8);
                    producer.send(new ProducerRecord<>(EventMapper.contract(row).topic(), key, value),
                            (meta, e) -> onAck(e));
                    sent++;
                }
                rethrow();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("Interrupted while publishing", e);
        } catch (ExecutionException e) {
            throw new IOException("Could not serialise events", e.getCause());
        }
    }

    private void onAck(Exception e) {
        if (e != null) {
            failure.compareAndSet(null, e);
        } else {
            acknowledged.incrementAndGet();
        }
    }

    private void rethrow() throws IOException {
        Exception e = failure.get();
        if (e != null) {
            throw new IOException("Publishing to Kafka at " + bootstrap + " failed: " + e.getMessage(), e);
        }
    }

    /** The four published lists merged by time (ties keep topic order: customers first). */
    private static List<Row> inTimeOrder(DayBatch b) {
        List<List<? extends Row>> lists = List.of(b.customers(), b.transactions(), b.appEvents(), b.loanEvents());
        int[] at = new int[lists.size()];
        List<Row> out = new ArrayList<>((int) b.eventCount());
        while (true) {
            int best = -1;
            for (int i = 0; i < lists.size(); i++) {
                if (at[i] < lists.get(i).size()
                        && (best < 0 || Row.ORDER.compare(lists.get(i).get(at[i]), lists.get(best).get(at[best])) < 0)) {
                    best = i;
                }
            }
            if (best < 0) {
                return out;
            }
            out.add(lists.get(best).get(at[best]++));
        }
    }

    @Override
    public void finish(RunContext run, RunSummary summary) throws IOException {
        long started = System.nanoTime();
        producer.flush();
        sendNanos += System.nanoTime() - started;
        rethrow();
        double seconds = sendNanos / 1e9;
        progress.accept(String.format("published %,d events to %s in %.1f s of sending (%,.0f events/s), %,d acknowledged",
                sent, bootstrap, seconds, sent / Math.max(seconds, 1e-9), acknowledged.get()));
    }

    public long sent() {
        return sent;
    }

    public double eventsPerSecond() {
        return sent / Math.max(sendNanos / 1e9, 1e-9);
    }

    @Override
    public void close() {
        try {
            if (producer != null) {
                producer.close(Duration.ofSeconds(30));
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
