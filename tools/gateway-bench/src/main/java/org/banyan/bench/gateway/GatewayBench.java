package org.banyan.bench.gateway;

import org.HdrHistogram.Histogram;
import org.HdrHistogram.Recorder;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;

/**
 * Gateway overhead: the same authenticated GET sent at a constant rate (open loop) to the gateway and
 * straight to the service, in alternating rounds of one run (gateway, direct, direct, gateway, ...), so
 * both see the same machine. Latency runs from each request's intended start (no coordinated omission)
 * to its complete response; only 2xx count as successes. The warm-up ramps each target up to the rate
 * and is not counted.
 *
 * <pre>
 * java -jar tools/gateway-bench/target/gateway-bench.jar \
 *   --gateway http://127.0.0.1:18080 --direct http://127.0.0.1:18081 --path /api/v1/tags/age \
 *   --token "$(scripts/token.sh ANALYST)" --rate 1000 --warmup 20 --round 15 --rounds 4
 * </pre>
 */
public final class GatewayBench {

    private static final long HIGHEST = TimeUnit.SECONDS.toNanos(30);

    record Target(String name, URI uri) {
    }

    static final class Result {
        final Histogram latency = new Histogram(HIGHEST, 3);
        final Map<String, Long> failures = new java.util.TreeMap<>();
        long sent;
        long ok;
        long failed;
        long nanos;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = parse(args);
        String path = options.getOrDefault("path", "/api/v1/tags/age");
        Target gateway = new Target("gateway", URI.create(require(options, "gateway") + path));
        Target direct = new Target("direct", URI.create(require(options, "direct") + path));
        String token = options.getOrDefault("token", System.getenv("BENCH_TOKEN"));
        int rate = Integer.parseInt(options.getOrDefault("rate", "1000"));
        int warmup = Integer.parseInt(options.getOrDefault("warmup", "20"));
        int round = Integer.parseInt(options.getOrDefault("round", "15"));
        int rounds = Integer.parseInt(options.getOrDefault("rounds", "4"));
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("--token (or env BENCH_TOKEN) is required: a bearer token the route accepts");
        }

        try (HttpClient http = HttpClient.newBuilder()
                .version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(2))
                .executor(Executors.newFixedThreadPool(2, task -> {
                    Thread thread = new Thread(task, "bench-http");
                    thread.setDaemon(true);
                    return thread;
                }))
                .build()) {
            System.out.printf(Locale.ROOT, "# %s, %d req/s, warm-up %d s per target, %d rounds of %d s per target%n",
                    Instant.now(), rate, warmup, rounds, round);
            for (Target target : List.of(gateway, direct)) {
                // Ramp up (20 %, 40 % ... 100 % of the rate): a cold JVM hit at full rate at once measures the JIT.
                for (int step = 1; step <= 5; step++) {
                    Result warm = run(http, target, token, Math.max(1, rate * step / 5), Math.max(1, warmup / 5));
                    System.out.printf(Locale.ROOT, "warm-up %-7s %3d%% %s%n", target.name(), step * 20, summary(warm));
                }
            }
            Map<String, Result> totals = new LinkedHashMap<>();
            totals.put(gateway.name(), new Result());
            totals.put(direct.name(), new Result());
            for (int i = 0; i < rounds; i++) {
                List<Target> order = i % 2 == 0 ? List.of(gateway, direct) : List.of(direct, gateway);
                for (Target target : order) {
                    Result result = run(http, target, token, rate, round);
                    System.out.printf(Locale.ROOT, "round %d %-7s %s%n", i + 1, target.name(), summary(result));
                    merge(totals.get(target.name()), result);
                }
            }
            report(totals.get(gateway.name()), totals.get(direct.name()), rate);
        }
    }

    /** Sends {@code rate} requests per second for {@code seconds}, each at its scheduled instant. */
    static Result run(HttpClient http, Target target, String token, int rate, int seconds) throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(target.uri())
                .header("Authorization", "Bearer " + token)
                .header("Accept", "application/json")
                .timeout(Duration.ofSeconds(10))
                .GET().build();
        Recorder recorder = new Recorder(HIGHEST, 3);
        AtomicLong ok = new AtomicLong();
        AtomicLong failed = new AtomicLong();
        java.util.concurrent.ConcurrentHashMap<String, AtomicLong> causes = new java.util.concurrent.ConcurrentHashMap<>();
        long total = (long) rate * seconds;
        long interval = TimeUnit.SECONDS.toNanos(1) / rate;
        List<CompletableFuture<?>> inFlight = new ArrayList<>();
        long start = System.nanoTime();
        for (long i = 0; i < total; i++) {
            long intended = start + i * interval;
            long wait;
            while ((wait = intended - System.nanoTime()) > 0) {
                LockSupport.parkNanos(wait);
            }
            inFlight.add(http.sendAsync(request, HttpResponse.BodyHandlers.ofByteArray())
                    .whenComplete((response, failure) -> {
                        recorder.recordValue(Math.min(HIGHEST, System.nanoTime() - intended));
                        if (failure == null && response.statusCode() / 100 == 2) {
                            ok.incrementAndGet();
                        } else {
                            failed.incrementAndGet();
                            Throwable root = failure;
                            while (root != null && root.getCause() != null) {
                                root = root.getCause();
                            }
                            String cause = failure == null ? "HTTP " + response.statusCode()
                                    : root.getClass().getSimpleName() + ": " + root.getMessage();
                            causes.computeIfAbsent(cause, c -> new AtomicLong()).incrementAndGet();
                        }
                    }));
            if (inFlight.size() >= 10_000) {
                inFlight.removeIf(CompletableFuture::isDone);
            }
        }
        CompletableFuture.allOf(inFlight.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        Result result = new Result();
        result.nanos = System.nanoTime() - start;
        result.latency.add(recorder.getIntervalHistogram());
        result.sent = total;
        result.ok = ok.get();
        result.failed = failed.get();
        causes.forEach((cause, count) -> result.failures.put(cause, count.get()));
        return result;
    }

    static void merge(Result into, Result from) {
        into.latency.add(from.latency);
        into.sent += from.sent;
        into.ok += from.ok;
        into.failed += from.failed;
        into.nanos += from.nanos;
        from.failures.forEach((cause, count) -> into.failures.merge(cause, count, Long::sum));
    }

    static String summary(Result r) {
        return String.format(Locale.ROOT, "n=%d ok=%d failed=%d %.0f req/s p50=%.3f p90=%.3f p99=%.3f p99.9=%.3f max=%.3f ms%s",
                r.sent, r.ok, r.failed, r.ok / (r.nanos / 1e9), ms(r, 50), ms(r, 90), ms(r, 99), ms(r, 99.9),
                r.latency.getMaxValue() / 1e6, r.failures.isEmpty() ? "" : " failures " + r.failures);
    }

    static double ms(Result r, double percentile) {
        return r.latency.getValueAtPercentile(percentile) / 1e6;
    }

    static void report(Result gateway, Result direct, int rate) {
        System.out.println();
        System.out.printf(Locale.ROOT, "| path | requests | ok | throughput (req/s) | p50 (ms) | p90 (ms) | p99 (ms) | p99.9 (ms) | max (ms) |%n");
        System.out.println("|---|---|---|---|---|---|---|---|---|");
        for (var entry : Map.of("through the gateway", gateway, "direct to the service", direct).entrySet().stream()
                .sorted(Map.Entry.comparingByKey(java.util.Comparator.reverseOrder())).toList()) {
            Result r = entry.getValue();
            System.out.printf(Locale.ROOT, "| %s | %d | %d | %.0f | %.3f | %.3f | %.3f | %.3f | %.3f |%n", entry.getKey(),
                    r.sent, r.ok, r.ok / (r.nanos / 1e9), ms(r, 50), ms(r, 90), ms(r, 99), ms(r, 99.9),
                    r.latency.getMaxValue() / 1e6);
        }
        System.out.printf(Locale.ROOT, "%ngateway overhead at %d req/s: p50 +%.3f ms (x%.2f), p99 +%.3f ms (x%.2f); target: p99 +2 ms -> %s%n",
                rate, ms(gateway, 50) - ms(direct, 50), ms(gateway, 50) / ms(direct, 50),
                ms(gateway, 99) - ms(direct, 99), ms(gateway, 99) / ms(direct, 99),
                ms(gateway, 99) - ms(direct, 99) < 2.0 ? "met" : "NOT met");
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --name value pairs, got " + String.join(" ", args));
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }

    private static String require(Map<String, String> options, String name) {
        String value = options.get(name);
        if (value == null) {
            throw new IllegalArgumentException("--" + name + " is required");
        }
        return value;
    }

    private GatewayBench() {
    }

}
