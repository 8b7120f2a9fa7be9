package org.banyan.common.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

import java.time.Duration;

/**
 * {@code banyan.security.jwt.*}: how bearer tokens are validated. Two modes: a shared HMAC
 * {@code secret} (local development and tests; env {@code BANYAN_SECURITY_JWT_SECRET}, never in the
 * repository) or, when {@code issuer-uri} or {@code jwk-set-uri} is set, an OIDC provider's keys.
 *
 * @param secret    HS256 key, at least 32 bytes of text
 * @param issuer    required {@code iss} in HMAC mode
 * @param audience  required entry of {@code aud} in both modes
 * @param issuerUri OIDC issuer; its discovery document gives the JWK set, and it is the required {@code iss}
 * @param jwkSetUri JWK set to verify signatures with, when the issuer has no discovery document
 * @param clockSkew tolerance on {@code exp}/{@code nbf}
 */
@ConfigurationProperties("banyan.security.jwt")
public record JwtSettings(
        String secret,
        @DefaultValue("banyan-local") String issuer,
        @DefaultValue("banyan-api") String audience,
        String issuerUri,
        String jwkSetUri,
        @DefaultValue("30s") Duration clockSkew) {

    public static final int MIN_SECRET_BYTES = 32;

    public boolean oidc() {
        return StringUtils.hasText(issuerUri) || StringUtils.hasText(jwkSetUri);
    }

    /** The {@code iss} a valid token carries in the configured mode. */
    public String expectedIssuer() {
        return StringUtils.hasText(issuerUri) ? issuerUri : issuer;
    }
}
