package org.banyan.bench.credit;

import org.HdrHistogram.Histogram;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Open-loop load on {@code POST /api/v1/credit/applications}: requests start on a fixed schedule
 * whatever the responses do, and latency counts from the scheduled start, so a stall shows up in
 * the percentiles instead of silently lowering the rate (no coordinated omission).
 *
 * <pre>
 * java -jar tools/credit-bench/target/credit-bench.jar --url http://127.0.0.1:8083 --secret "$JWT_SECRET" \
 *      --rate 200 --seconds 60 --warmup 20 [--customers 20000] [--load-bureau] [--get /api/v1/credit/rules]
 * </pre>
 */
public final class DecisionLoad {

    private static final String[] PURPOSES = {"CAR_NEW", "CAR_USED", "FURNITURE", "ELECTRONICS", "APPLIANCES",
            "RENOVATION", "EDUCATION", "RETRAINING", "BUSINESS", "OTHER"};
    private static final String[] HOUSING = {"OWN", "RENT", "FREE"};
    private static final String[] EMPLOYMENT = {"EMPLOYED", "EMPLOYED", "EMPLOYED", "SELF_EMPLOYED", "RETIRED"};

    private final Map<String, String> options;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .executor(Executors.newVirtualThreadPerTaskExecutor()).connectTimeout(Duration.ofSeconds(5)).build();

    private DecisionLoad(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>(Map.of("url", "http://127.0.0.1:8083", "rate", "200",
                "seconds", "60", "warmup", "20", "customers", "20000", "issuer", "banyan-local", "audience", "banyan-api"));
        for (int i = 0; i + 1 < args.length; i += 2) {
            options.put(args[i].replaceFirst("^--", ""), args[i + 1]);
        }
        for (String flag : args) {
            if (flag.equals("--load-bureau")) {
                options.put("load-bureau", "true");
            }
        }
        if (!options.containsKey("secret")) {
            throw new IllegalArgumentException("--secret <the service's BANYAN_SECURITY_JWT_SECRET> is required");
        }
        new DecisionLoad(options).run();
    }

    private void run() throws Exception {
        // A GET baseline (--get /api/v1/credit/rules) shows what the HTTP and security stack costs alone.
        String staff = token("bench-staff", options.containsKey("get") ? "ADMIN" : "FRONTLINE");
        if (options.containsKey("load-bureau")) {
            loadBureau(token("bench-admin", "ADMIN"));
        }
        int rate = Integer.parseInt(options.get("rate"));
        System.out.printf("warm-up: %s s at %d/s%n", options.get("warmup"), rate);
        phase(staff, rate, Integer.parseInt(options.get("warmup")), 1);
        System.out.printf("measuring: %s s at %d/s%n", options.get("seconds"), rate);
        Result result = phase(staff, rate, Integer.parseInt(options.get("seconds")), 2);
        result.print(rate);
    }

    /** Sends {@code rate} applications a second for {@code seconds}, on schedule. */
    private Result phase(String token, int rate, int seconds, long seed) throws InterruptedException {
        Result result = new Result();
        int total = rate * seconds;
        long intervalNanos = 1_000_000_000L / rate;
        CountDownLatch done = new CountDownLatch(total);
        Random random = new Random(seed);
        ScheduledExecutorService clock = Executors.newSingleThreadScheduledExecutor();
        long start = System.nanoTime();
        AtomicLong sent = new AtomicLong();
        clock.scheduleAtFixedRate(() -> {
            long n = sent.getAndIncrement();
            if (n >= total) {
                return;
            }
            long scheduled = start + n * intervalNanos;
            HttpRequest request = options.containsKey("get")
                    ? HttpRequest.newBuilder(URI.create(options.get("url") + options.get("get")))
                            .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token).GET().build()
                    : HttpRequest.newBuilder(URI.create(options.get("url") + "/api/v1/credit/applications"))
                            .timeout(Duration.ofSeconds(30)).header("Authorization", "Bearer " + token)
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(application(random))).build();
            http.sendAsync(request, HttpResponse.BodyHandlers.ofString()).whenComplete((response, failure) -> {
                long now = System.nanoTime();
                result.record(now - scheduled, failure != null ? "error " + failure.getClass().getSimpleName()
                        : response.statusCode() + (response.statusCode() == 201 ? " " + decision(response.body()) : ""));
                done.countDown();
            });
        }, 0, intervalNanos, TimeUnit.NANOSECONDS);
        done.await(seconds + 60L, TimeUnit.SECONDS);
        result.elapsedNanos = System.nanoTime() - start;
        clock.shutdownNow();
        return result;
    }

    private String application(Random r) {
        int customer = r.nextInt(Integer.parseInt(options.get("customers")));
        boolean ring = r.nextInt(50) == 0;
        int amount = 500 + r.nextInt(30) * 250;
        return """
                {"customerId":"B%07d","amount":%d,"termMonths":%d,"purpose":"%s","monthlyIncome":%d,
                 "monthlyDebtPayments":%d,"employmentStatus":"%s","employmentYears":%d,"housing":"%s","residenceYears":%d,
                 "birthDate":"%s","dependents":%d,"existingCredits":%d,"savingsBalance":%d,"phone":"%s",
                 "deviceId":"dev-%08d","address":"%d Bench Street, Unit %d","channel":"MOBILE"}"""
                .formatted(customer, amount, 6 + r.nextInt(10) * 6, PURPOSES[r.nextInt(PURPOSES.length)],
                        1500 + r.nextInt(60) * 100, r.nextInt(4) * 150, EMPLOYMENT[r.nextInt(EMPLOYMENT.length)],
                        r.nextInt(25), HOUSING[r.nextInt(HOUSING.length)], 1 + r.nextInt(10),
                        LocalDate.of(1950 + r.nextInt(50), 1 + r.nextInt(12), 1 + r.nextInt(28)), r.nextInt(3),
                        r.nextInt(3), r.nextInt(20) * 250,
                        ring ? "1390000" + (1000 + r.nextInt(20)) : "13" + (100_000_000L + customer),
                        ring ? r.nextInt(20) : customer, ring ? 7 : customer, ring ? 1 : customer % 97);
    }

    private void loadBureau(String token) throws Exception {
        StringBuilder csv = new StringBuilder(
                "customer_id,delinquencies_24m,inquiries_6m,external_loans,external_debt_monthly,oldest_account_months\n");
        Random r = new Random(3);
        int customers = Integer.parseInt(options.get("customers"));
        for (int c = 0; c < customers; c++) {
            if (r.nextInt(10) < 8) {
                csv.append("B%07d,%d,%d,%d,%d.00,%d%n".formatted(c, r.nextInt(10) < 8 ? 0 : r.nextInt(4), r.nextInt(5),
                        r.nextInt(3), r.nextInt(6) * 100, 6 + r.nextInt(200)));
            }
        }
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create(options.get("url")
                        + "/api/v1/credit/bureau/files")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "text/csv").POST(HttpRequest.BodyPublishers.ofString(csv.toString())).build(),
                HttpResponse.BodyHandlers.ofString());
        System.out.println("bureau files loaded: " + response.statusCode() + " " + response.body());
    }

    private static String decision(String body) {
        int at = body.indexOf("\"decision\":\"");
        return at < 0 ? "?" : body.substring(at + 12, body.indexOf('"', at + 12));
    }

    /** An HS256 token as the dev token script mints it, valid for an hour. */
    private String token(String subject, String role) throws Exception {
        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        long now = Instant.now().getEpochSecond();
        String header = b64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8));
        String claims = b64.encodeToString(("{\"sub\":\"%s\",\"iss\":\"%s\",\"aud\":\"%s\",\"iat\":%d,\"exp\":%d,"
                + "\"roles\":[\"%s\"]}").formatted(subject, options.get("issuer"), options.get("audience"), now, now + 3600,
                role).getBytes(StandardCharsets.UTF_8));
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(options.get("secret").getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        String signature = b64.encodeToString(mac.doFinal((header + "." + claims).getBytes(StandardCharsets.US_ASCII)));
        return header + "." + claims + "." + signature;
    }

    private static final class Result {
        final Histogram latency = new Histogram(TimeUnit.SECONDS.toMicros(60), 3);
        final Map<String, AtomicLong> outcomes = new ConcurrentHashMap<>();
        long elapsedNanos;

        synchronized void record(long nanos, String outcome) {
            latency.recordValue(Math.min(TimeUnit.NANOSECONDS.toMicros(nanos), latency.getHighestTrackableValue()));
            outcomes.computeIfAbsent(outcome, k -> new AtomicLong()).incrementAndGet();
        }

        void print(int rate) {
            double seconds = elapsedNanos / 1e9;
            System.out.printf("requests %d in %.1f s (%.1f/s, target %d/s)%n", latency.getTotalCount(), seconds,
                    latency.getTotalCount() / seconds, rate);
            System.out.printf("latency ms: p50 %.2f  p90 %.2f  p99 %.2f  p99.9 %.2f  max %.2f  mean %.2f%n",
                    ms(latency.getValueAtPercentile(50)), ms(latency.getValueAtPercentile(90)),
                    ms(latency.getValueAtPercentile(99)), ms(latency.getValueAtPercentile(99.9)), ms(latency.getMaxValue()),
                    latency.getMean() / 1000);
            System.out.println("outcomes " + new java.util.TreeMap<>(outcomes));
        }

        private static double ms(long micros) {
            return micros / 1000.0;
        }
    }
}
