package org.banyan.gateway.testsupport;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;

/**
 * A real HTTP server standing in for a downstream service: it answers 200 with {@code {"service":name}}
 * (after an optional delay, to play a slow service), echoes {@code X-Request-Id} like the services, and
 * records what reached it.
 */
public final class RecordingService implements AutoCloseable {

    /** One request as the service saw it; header names in lower case. */
    public record Received(String method, String path, String query, Map<String, List<String>> headers, int bodyBytes) {

        public String requestId() {
            return header("x-request-id");
        }

        public String header(String name) {
            List<String> values = headers.get(name.toLowerCase());
            return values == null || values.isEmpty() ? null : values.getFirst();
        }
    }

    private final String name;
    private final HttpServer server;
    private final List<Received> received = new CopyOnWriteArrayList<>();

    public RecordingService(String name) {
        this(name, Duration.ZERO);
    }

    public RecordingService(String name, Duration delay) {
        this.name = name;
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/", exchange -> {
            try (exchange) {
                int bodyBytes = exchange.getRequestBody().readAllBytes().length;
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                        exchange.getRequestURI().getRawQuery(), lowerCase(exchange.getRequestHeaders()), bodyBytes));
                if (!delay.isZero()) {
                    Thread.sleep(delay);
                }
                byte[] body = ("{\"service\":\"" + name + "\"}").getBytes(StandardCharsets.UTF_8);
                exchange.getResponseHeaders().set("Content-Type", "application/json");
                String requestId = exchange.getRequestHeaders().getFirst("X-Request-Id");
                if (requestId != null) {
                    exchange.getResponseHeaders().set("X-Request-Id", requestId); // as the services echo it
                }
                if ("HEAD".equals(exchange.getRequestMethod())) {
                    exchange.sendResponseHeaders(200, -1);
                } else {
                    exchange.sendResponseHeaders(200, body.length);
                    exchange.getResponseBody().write(body);
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } catch (IOException clientWentAway) {
                // the gateway gave up on us (timeout, body too large): nothing to answer
            }
        });
        server.start();
    }

    private static Map<String, List<String>> lowerCase(Headers headers) {
        Map<String, List<String>> copy = new TreeMap<>();
        headers.forEach((key, values) -> copy.put(key.toLowerCase(), List.copyOf(values)));
        return copy;
    }

    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public List<Received> received() {
        return received;
    }

    /** The requests that reached this service for exactly this path. */
    public List<Received> receivedFor(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    public String name() {
        return name;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
