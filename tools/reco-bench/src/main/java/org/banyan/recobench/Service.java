package org.banyan.recobench;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;

/** A client of a running recommendation-service, with HS256 tokens signed by the shared dev secret. */
final class Service {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private final String baseUrl;
    private final String secret;
    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    Service(String baseUrl, String secret) {
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
        this.secret = secret;
    }

    HttpClient http() {
        return http;
    }

    String url(String path) {
        return baseUrl + path;
    }

    /** A token for the roles, valid for an hour (issuer and audience are the platform defaults). */
    String token(String... roles) {
        Instant now = Instant.now();
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject("reco-bench").issuer("banyan-local")
                .audience("banyan-api").issueTime(Date.from(now)).expirationTime(Date.from(now.plusSeconds(3600)))
                .claim("roles", List.of(roles)).build();
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    JsonNode get(String path, String token) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token).GET());
    }

    JsonNode post(String path, String token, String json) {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
    }

    JsonNode postFile(String path, String token, String contentType, Path file) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(url(path))).header("Authorization", "Bearer " + token)
                .header("Content-Type", contentType).timeout(Duration.ofMinutes(30))
                .POST(HttpRequest.BodyPublishers.ofFile(file)));
    }

    /** Starts a job and waits for it to finish; returns the finished run. */
    JsonNode runJob(String job, String params) throws InterruptedException {
        String token = token("ADMIN", "BATCH");
        JsonNode run = post("/api/v1/jobs/" + job, token, params);
        String path = "/api/v1/jobs/" + job + "/runs/" + run.get("runId").asString();
        while ("RUNNING".equals(run.get("status").asString())) {
            Thread.sleep(1_000);
            run = get(path, token);
        }
        return run;
    }

    private JsonNode send(HttpRequest.Builder request) {
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() >= 400 && response.statusCode() != 409) {
                throw new IllegalStateException(response.statusCode() + " " + response.body());
            }
            return response.body().isBlank() ? JSON.createObjectNode() : JSON.readTree(response.body());
        } catch (IOException e) {
            throw new IllegalStateException("Call failed: " + e.getMessage(), e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
