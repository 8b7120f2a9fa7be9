package org.banyan.recommendation.support;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real HTTP server standing in for profile-service's segment API: counts, frozen snapshots and their
 * members streamed one id per line. It records each request's Authorization and X-Request-Id headers.
 */
public final class ProfileServiceStub implements AutoCloseable {

    private static final Pattern COUNT = Pattern.compile("/api/v1/segments/([^/]+)/count");
    private static final Pattern SNAPSHOTS = Pattern.compile("/api/v1/segments/([^/]+)/snapshots");
    private static final Pattern MEMBERS = Pattern.compile("/api/v1/segments/([^/]+)/snapshots/([^/]+)/members");

    private final HttpServer server;
    private final Map<String, List<String>> segments = new ConcurrentHashMap<>();
    private final Map<String, Long> declaredCounts = new ConcurrentHashMap<>();
    private final Map<String, List<String>> snapshots = new ConcurrentHashMap<>();
    private final List<Recorded> requests = new CopyOnWriteArrayList<>();

    public ProfileServiceStub() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/api/v1/segments/", this::handle);
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Defines (or redefines) a segment's current members. */
    public void segment(String id, List<String> members) {
        segments.put(id, List.copyOf(members));
    }

    /** A segment whose count says {@code count} but whose snapshot turns out empty (members left meanwhile). */
    public void segmentEmptiedBeforeFreezing(String id, long count) {
        segments.put(id, List.of());
        declaredCounts.put(id, count);
    }

    public List<Recorded> requests() {
        return List.copyOf(requests);
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        requests.add(new Recorded(exchange.getRequestMethod() + " " + path,
                exchange.getRequestHeaders().getFirst("Authorization"), exchange.getRequestHeaders().getFirst("X-Request-Id")));
        Matcher members = MEMBERS.matcher(path);
        Matcher snapshot = SNAPSHOTS.matcher(path);
        Matcher count = COUNT.matcher(path);
        if (members.matches() && snapshots.containsKey(members.group(2))) {
            respond(exchange, 200, "text/plain", String.join("\n", snapshots.get(members.group(2))) + "\n");
        } else if (snapshot.matches() && "POST".equals(exchange.getRequestMethod()) && segments.containsKey(snapshot.group(1))) {
            String id = UUID.randomUUID().toString();
            snapshots.put(id, segments.get(snapshot.group(1)));
            respond(exchange, 201, "application/json", "{\"id\":\"" + id + "\",\"segmentId\":\"" + snapshot.group(1)
                    + "\",\"memberCount\":" + snapshots.get(id).size() + "}");
        } else if (count.matches() && segments.containsKey(count.group(1))) {
            long n = declaredCounts.getOrDefault(count.group(1), (long) segments.get(count.group(1)).size());
            respond(exchange, 200, "application/json", "{\"count\":" + n + "}");
        } else {
            respond(exchange, 404, "application/problem+json", "{\"status\":404,\"code\":\"NOT_FOUND\"}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }

    /** One request the stub received. */
    public record Recorded(String request, String authorization, String requestId) {
    }
}
