package org.banyan.recobench;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;

/**
 * Stands in for profile-service's segment API (count, snapshot, streamed snapshot members) over a
 * population file, for benchmarks while profile-service is not part of the run. Segments: {@code all};
 * {@code half-0} and {@code half-1}, two disjoint random halves (by hash), for campaigns to compare.
 */
@Command(name = "segments", description = "Serve segment snapshots of a population (profile-service stand-in)")
final class SegmentsStub implements Callable<Integer> {

    @Option(names = "--customers", required = true)
    Path customers;
    @Option(names = "--port")
    int port = 28099;

    private final Map<String, List<String>> snapshots = new ConcurrentHashMap<>();
    private Map<String, List<String>> segments;

    @Override
    public Integer call() throws Exception {
        List<String> all = Files.readAllLines(customers).stream().filter(l -> !l.isBlank()).toList();
        segments = Map.of("all", all,
                "half-0", all.stream().filter(c -> Math.floorMod(c.hashCode() * 31 + 7, 2) == 0).toList(),
                "half-1", all.stream().filter(c -> Math.floorMod(c.hashCode() * 31 + 7, 2) == 1).toList());
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.createContext("/api/v1/segments/", this::handle);
        server.start();
        System.out.printf("segments on http://127.0.0.1:%d: all=%d half-0=%d half-1=%d%n", port, all.size(),
                segments.get("half-0").size(), segments.get("half-1").size());
        new CountDownLatch(1).await();
        return 0;
    }

    private void handle(HttpExchange exchange) throws IOException {
        String[] path = exchange.getRequestURI().getPath().split("/");
        // /api/v1/segments/{id}/count | /snapshots | /snapshots/{sid}/members
        List<String> members = path.length > 4 ? segments.get(path[4]) : null;
        if (members == null) {
            respond(exchange, 404, "{\"status\":404}");
        } else if (path.length == 6 && path[5].equals("count")) {
            respond(exchange, 200, "{\"count\":" + members.size() + "}");
        } else if (path.length == 6 && path[5].equals("snapshots")) {
            String id = UUID.randomUUID().toString();
            snapshots.put(id, members);
            respond(exchange, 201, "{\"id\":\"" + id + "\",\"memberCount\":" + members.size() + "}");
        } else if (path.length == 8 && snapshots.containsKey(path[6])) {
            exchange.getResponseHeaders().set("Content-Type", "text/plain");
            exchange.sendResponseHeaders(200, 0);
            try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(exchange.getResponseBody(),
                    StandardCharsets.UTF_8), 1 << 16)) {
                for (String id : snapshots.get(path[6])) {
                    out.write(id);
                    out.write('\n');
                }
            }
        } else {
            respond(exchange, 404, "{\"status\":404}");
        }
    }

    private static void respond(HttpExchange exchange, int status, String json) throws IOException {
        byte[] body = json.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, body.length);
        exchange.getResponseBody().write(body);
        exchange.close();
    }
}
