package org.banyan.credit;

import org.banyan.common.security.JwtSettings;
import org.banyan.common.security.Role;
import org.banyan.common.testsupport.TestTokens;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.UUID;

/** Calls the running service over HTTP as a client would, with tokens minted for the test context. */
public final class CreditApi {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final TestTokens tokens;
    private final JsonMapper json;

    public CreditApi(int port, JwtSettings jwtSettings, JsonMapper json) {
        this.port = port;
        this.tokens = new TestTokens(jwtSettings);
        this.json = json;
    }

    public String token(Role... roles) {
        return tokens.forRoles(roles);
    }

    public String appToken(String customerId) {
        return tokens.forApp(customerId);
    }

    public Response get(String path, String token) {
        return send(request(path, token).GET().build());
    }

    public Response post(String path, String token, String body) {
        return post(path, token, body, Map.of());
    }

    public Response post(String path, String token, String body, Map<String, String> headers) {
        HttpRequest.Builder builder = request(path, token).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body == null ? "" : body));
        headers.forEach(builder::header);
        return send(builder.build());
    }

    public Response postCsv(String path, String token, String csv) {
        return send(request(path, token).header("Content-Type", "text/csv")
                .POST(HttpRequest.BodyPublishers.ofString(csv)).build());
    }

    public Response put(String path, String token, String body) {
        return send(request(path, token).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build());
    }

    /** A multipart/form-data POST: a JSON part named {@code request} and a file part named {@code data}. */
    public Response postMultipart(String path, String token, String requestJson, String fileName, byte[] file) {
        String boundary = "----banyan" + UUID.randomUUID();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"request\"\r\n"
                + "Content-Type: application/json\r\n\r\n" + requestJson + "\r\n");
        write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"data\"; filename=\"" + fileName
                + "\"\r\nContent-Type: text/csv\r\n\r\n");
        body.writeBytes(file);
        write(body, "\r\n--" + boundary + "--\r\n");
        return send(request(path, token).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build());
    }

    private HttpRequest.Builder request(String path, String token) {
        HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        return token == null ? builder : builder.header("Authorization", "Bearer " + token);
    }

    private Response send(HttpRequest request) {
        try {
            HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
            return new Response(response.statusCode(), response.body(), response, json);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }

    public record Response(int status, String body, HttpResponse<String> raw, JsonMapper mapper) {

        public JsonNode json() {
            return mapper.readTree(body);
        }

        public String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        @Override
        public String toString() {
            return status + " " + body;
        }
    }
}
