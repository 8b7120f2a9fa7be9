package org.banyan.recommendation.campaign;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.banyan.common.security.BanyanJwt;
import org.banyan.common.security.JwtSettings;
import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The bearer token this service presents to profile-service. A campaign run goes on after the caller's
 * request has ended (and its token may expire), so the service speaks for itself: with a configured
 * token, or, in HMAC mode, a short-lived token it signs with the shared secret. Its default role is BATCH,
 * which the role matrix lets count and snapshot segments and nothing else there.
 */
@Component
class ServiceTokens {

    static final String SUBJECT = "recommendation-service";
    private static final Duration LIFETIME = Duration.ofMinutes(5);

    private final SegmentProperties properties;
    private final JwtSettings jwt;
    private final Clock clock;
    private final AtomicReference<Minted> current = new AtomicReference<>();

    ServiceTokens(SegmentProperties properties, JwtSettings jwt, Clock clock) {
        this.properties = properties;
        this.jwt = jwt;
        this.clock = clock;
    }

    String bearer() {
        if (StringUtils.hasText(properties.token())) {
            return properties.token();
        }
        if (jwt.oidc()) {
            throw new IllegalStateException("Set banyan.recommendation.segments.token: in OIDC mode this service "
                    + "cannot sign its own tokens");
        }
        Instant now = clock.instant();
        Minted minted = current.get();
        if (minted == null || minted.expires().minus(Duration.ofMinutes(1)).isBefore(now)) {
            minted = mint(now);
            current.set(minted);
        }
        return minted.token();
    }

    private Minted mint(Instant now) {
        Instant expires = now.plus(LIFETIME);
        JWTClaimsSet claims = new JWTClaimsSet.Builder().subject(SUBJECT).issuer(jwt.issuer()).audience(jwt.audience())
                .issueTime(Date.from(now)).expirationTime(Date.from(expires))
                .claim(BanyanJwt.ROLES_CLAIM, properties.roles()).build();
        try {
            SignedJWT token = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            token.sign(new MACSigner(jwt.secret().getBytes(StandardCharsets.UTF_8)));
            return new Minted(token.serialize(), expires);
        } catch (JOSEException e) {
            throw new IllegalStateException("Cannot sign the service token", e);
        }
    }

    private record Minted(String token, Instant expires) {
    }
}
