package org.banyan.gateway.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.PlainJWT;
import com.nimbusds.jwt.SignedJWT;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.UUID;
import java.util.function.UnaryOperator;

/** Mints the bearer tokens the tests present, valid or deliberately broken, like scripts/token.sh does. */
public final class Tokens {

    public static final String SECRET = "gateway-test-secret-0123456789-abcdefghijklmnopqrstuvwxyz";
    public static final String ISSUER = "banyan-local";
    public static final String AUDIENCE = "banyan-api";
    public static final String ALL_ROLES = "ADMIN,ANALYST,FRONTLINE,APP,BATCH,OPS";

    private Tokens() {
    }

    /** A valid token with these role names (comma separated) and a fresh subject of its own. */
    public static String withRoles(String roles) {
        return signed(claims(roles, null));
    }

    /** A valid APP token acting for {@code customerId}. */
    public static String app(String customerId) {
        return signed(claims("APP", customerId));
    }

    public static JWTClaimsSet.Builder claims(String roles, String customerId) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .issuer(ISSUER)
                .audience(AUDIENCE)
                .subject("test-" + UUID.randomUUID())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(Duration.ofMinutes(10))))
                .claim("roles", roles.isEmpty() ? List.of() : List.of(roles.split(",")));
        if (customerId != null) {
            claims.claim("customerId", customerId);
        }
        return claims;
    }

    public static String signed(JWTClaimsSet.Builder claims) {
        return signed(claims, SECRET, JWSAlgorithm.HS256);
    }

    public static String signed(JWTClaimsSet.Builder claims, String secret, JWSAlgorithm algorithm) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(algorithm), claims.build());
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }

    /** An unsigned token ({@code alg: none}) with valid-looking claims. */
    public static String unsigned(JWTClaimsSet.Builder claims) {
        return new PlainJWT(claims.build()).serialize();
    }

    public static String with(String roles, UnaryOperator<JWTClaimsSet.Builder> change) {
        return signed(change.apply(claims(roles, null)));
    }
}
