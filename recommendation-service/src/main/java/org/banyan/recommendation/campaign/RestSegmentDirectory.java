package org.banyan.recommendation.campaign;

import org.banyan.common.error.BanyanException;
import org.banyan.common.error.ProblemCode;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.client.JdkClientHttpRequestFactory;
import org.springframework.stereotype.Component;
import org.springframework.web.client.ResourceAccessException;
import org.springframework.web.client.RestClient;
import tools.jackson.databind.JsonNode;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Segments over profile-service's REST API: {@code GET /api/v1/segments/{id}/count},
 * {@code POST /api/v1/segments/{id}/snapshots} and the snapshot's members streamed as text, one id per
 * line. The RestClient comes from Spring's builder, so the caller's X-Request-Id travels along.
 */
@Component
class RestSegmentDirectory implements SegmentDirectory {

    private final RestClient rest;
    private final ServiceTokens tokens;

    RestSegmentDirectory(RestClient.Builder builder, SegmentProperties properties, ServiceTokens tokens) {
        JdkClientHttpRequestFactory requests = new JdkClientHttpRequestFactory(
                HttpClient.newBuilder().connectTimeout(properties.connectTimeout()).build());
        requests.setReadTimeout(properties.readTimeout());
        this.rest = builder.baseUrl(properties.baseUrl()).requestFactory(requests).build();
        this.tokens = tokens;
    }

    @Override
    public long count(String segmentId) {
        JsonNode body = call(segmentId, () -> rest.get().uri("/api/v1/segments/{id}/count", segmentId)
                .headers(h -> h.setBearerAuth(tokens.bearer())).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> refuse(segmentId, response.getStatusCode()))
                .body(JsonNode.class));
        return body.path("count").asLong();
    }

    @Override
    public Snapshot freeze(String segmentId, String campaignId) {
        JsonNode body = call(segmentId, () -> rest.post().uri("/api/v1/segments/{id}/snapshots", segmentId)
                .headers(h -> h.setBearerAuth(tokens.bearer())).contentType(MediaType.APPLICATION_JSON)
                .body(Map.of("campaignId", campaignId)).retrieve()
                .onStatus(HttpStatusCode::isError, (request, response) -> refuse(segmentId, response.getStatusCode()))
                .body(JsonNode.class));
        return new Snapshot(body.path("id").asString(), body.path("memberCount").asLong());
    }

    @Override
    public void members(String segmentId, String snapshotId, Consumer<String> member) {
        call(segmentId, () -> rest.get().uri("/api/v1/segments/{id}/snapshots/{snapshot}/members", segmentId, snapshotId)
                .headers(h -> h.setBearerAuth(tokens.bearer())).accept(MediaType.TEXT_PLAIN)
                .exchange((request, response) -> {
                    if (response.getStatusCode().isError()) {
                        refuse(segmentId, response.getStatusCode());
                    }
                    try (BufferedReader lines = new BufferedReader(
                            new InputStreamReader(response.getBody(), StandardCharsets.UTF_8), 64 * 1024)) {
                        lines.lines().map(String::trim).filter(l -> !l.isEmpty()).forEach(member);
                    }
                    return null;
                }));
    }

    private static void refuse(String segmentId, HttpStatusCode status) {
        if (status.value() == 404 || status.value() == 400) {
            throw BanyanException.invalid("segmentId '" + segmentId + "' is not a segment of profile-service");
        }
        throw new BanyanException(ProblemCode.UNAVAILABLE, "profile-service answered " + status.value()
                + " for segment " + segmentId);
    }

    private static <T> T call(String segmentId, Supplier<T> call) {
        try {
            return call.get();
        } catch (ResourceAccessException e) {
            throw new BanyanException(ProblemCode.UNAVAILABLE, "profile-service is unreachable (segment " + segmentId + ")");
        }
    }
}
