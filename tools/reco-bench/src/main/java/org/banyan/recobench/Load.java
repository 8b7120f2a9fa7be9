package org.banyan.recobench;

import org.HdrHistogram.Histogram;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Drives {@code GET /api/v1/recommendations} at a fixed arrival rate (open model: requests are issued on
 * schedule whether or not earlier ones have answered) for random customers of the population, and reports
 * latency percentiles. Latency is measured from each request's scheduled start, so a stalled server shows
 * up in the figures instead of silently slowing the load (no coordinated omission).
 */
@Command(name = "load", description = "Real-time API latency at a fixed request rate")
final class Load implements Callable<Integer> {

    @Option(names = "--service", required = true)
    String serviceUrl;
    @Option(names = "--secret", required = true)
    String secret;
    @Option(names = "--customers", required = true, description = "file with one customer id per line")
    Path customers;
    @Option(names = "--rate", description = "requests per second")
    int rate = 500;
    @Option(names = "--duration", description = "measured seconds")
    int duration = 60;
    @Option(names = "--warmup", description = "seconds at the same rate before measuring")
    int warmup = 20;
    @Option(names = "--channel")
    String channel = "MOBILE";
    @Option(names = "--limit")
    int limit = 5;
    @Option(names = "--client", description = "raw (lean keep-alive driver, default) or jdk (java.net.http)")
    String client = "raw";
    @Option(names = "--connections", description = "keep-alive connections of the raw driver")
    int connections = 64;

    @Override
    public Integer call() throws Exception {
        List<String> ids = Files.readAllLines(customers).stream().filter(l -> !l.isBlank()).toList();
        Service service = new Service(serviceUrl, secret);
        String token = service.token("FRONTLINE");
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        RawHttpLoad raw = new RawHttpLoad(URI.create(serviceUrl), token, connections);
        List<String> paths = ids.stream().map(id -> "/api/v1/recommendations?customerId=" + id + "&channel=" + channel
                + "&limit=" + limit).toList();
        System.out.printf("warm-up: %d s at %d req/s (%s client)%n", warmup, rate, client);
        Histogram discarded = new Histogram(3_600_000_000L, 3);
        if ("raw".equals(client)) {
            raw.run(paths, rate, warmup, 1, discarded, new AtomicLong());
        } else {
            run(http, service, token, ids, warmup, discarded, new AtomicLong(), 1);
        }
        Histogram latencies = new Histogram(3_600_000_000L, 3);
        AtomicLong errors = new AtomicLong();
        long started = System.nanoTime();
        long sent = "raw".equals(client) ? raw.run(paths, rate, duration, 2, latencies, errors)
                : run(http, service, token, ids, duration, latencies, errors, 2);
        double seconds = (System.nanoTime() - started) / 1e9;
        System.out.printf("%d requests in %.1f s (%.0f req/s), %d errors%n", sent, seconds, sent / seconds, errors.get());
        System.out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f%n",
                ms(latencies.getValueAtPercentile(50)), ms(latencies.getValueAtPercentile(90)),
                ms(latencies.getValueAtPercentile(99)), ms(latencies.getValueAtPercentile(99.9)),
                ms(latencies.getMaxValue()));
        return 0;
    }

    private long run(HttpClient http, Service service, String token, List<String> ids, int seconds, Histogram latencies,
            AtomicLong errors, long seed) throws InterruptedException {
        Random random = new Random(seed);
        long interval = 1_000_000_000L / rate;
        long total = (long) seconds * rate;
        long start = System.nanoTime();
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            for (long i = 0; i < total; i++) {
                long scheduled = start + i * interval;
                long wait = scheduled - System.nanoTime();
                if (wait > 0) {
                    LockSupport.parkNanos(wait);
                }
                String customer = ids.get(random.nextInt(ids.size()));
                HttpRequest request = HttpRequest.newBuilder(URI.create(service.url("/api/v1/recommendations?customerId="
                                + customer + "&channel=" + channel + "&limit=" + limit)))
                        .header("Authorization", "Bearer " + token).timeout(Duration.ofSeconds(10)).GET().build();
                pool.submit(() -> {
                    try {
                        HttpResponse<Void> response = http.send(request, HttpResponse.BodyHandlers.discarding());
                        if (response.statusCode() != 200 && errors.incrementAndGet() <= 3) {
                            System.err.println("HTTP " + response.statusCode());
                        }
                    } catch (Exception e) {
                        if (errors.incrementAndGet() <= 3) {
                            System.err.println(e);
                        }
                    }
                    long latency = System.nanoTime() - scheduled;
                    synchronized (latencies) {
                        latencies.recordValue(Math.min(latency, latencies.getHighestTrackableValue()));
                    }
                });
            }
            pool.shutdown();
            pool.awaitTermination(1, TimeUnit.MINUTES);
        }
        return total;
    }

    private static double ms(long nanos) {
        return nanos / 1e6;
    }
}
