package org.banyan.recommendation.campaign;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;
import java.util.List;

/**
 * {@code banyan.recommendation.segments.*}: where profile-service is and how this service authenticates.
 *
 * @param baseUrl        profile-service (env {@code PROFILE_SERVICE_URL})
 * @param token          a bearer token to send as is (e.g. from an OIDC client-credentials flow)
 * @param roles          roles of the service token minted with the shared HMAC secret when no token is set
 * @param connectTimeout connection timeout
 * @param readTimeout    wait for each read; a million-member stream is read in many
 */
@ConfigurationProperties("banyan.recommendation.segments")
record SegmentProperties(
        @DefaultValue("http://localhost:8081") String baseUrl,
        String token,
        @DefaultValue("BATCH") List<String> roles,
        @DefaultValue("2s") Duration connectTimeout,
        @DefaultValue("60s") Duration readTimeout) {
}
