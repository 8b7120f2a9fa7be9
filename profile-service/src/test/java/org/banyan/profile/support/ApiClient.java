package org.banyan.profile.support;

import org.banyan.common.security.JwtSettings;
import org.banyan.common.security.Role;
import org.banyan.common.testsupport.TestTokens;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

/** Calls the service's API as a given role, the way a client behind the gateway would. */
public final class ApiClient {

    private final HttpClient http = HttpClient.newHttpClient();
    private final int port;
    private final TestTokens tokens;

    public ApiClient(int port, JwtSettings jwt) {
        this.port = port;
        this.tokens = new TestTokens(jwt);
    }

    public HttpResponse<String> get(String path, Role role) {
        return send(request(path, role).GET());
    }

    public HttpResponse<String> getAsApp(String path, String customerId) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + tokens.forApp(customerId)).GET());
    }

    public HttpResponse<String> post(String path, String json, Role role) {
        return send(request(path, role).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> put(String path, String json, Role role) {
        return send(request(path, role).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> putAsApp(String path, String json, String customerId) {
        return send(HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + tokens.forApp(customerId))
                .header("Content-Type", "application/json").PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    public HttpResponse<String> delete(String path, Role role) {
        return send(request(path, role).DELETE());
    }

    private HttpRequest.Builder request(String path, Role role) {
        return HttpRequest.newBuilder(uri(path)).header("Authorization", "Bearer " + tokens.forRoles(role));
    }

    private URI uri(String path) {
        return URI.create("http://localhost:" + port + path);
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new IllegalStateException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
