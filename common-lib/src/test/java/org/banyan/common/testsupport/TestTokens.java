package org.banyan.common.testsupport;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.MACSigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;
import org.banyan.common.security.JwtSettings;
import org.banyan.common.security.Role;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.Date;
import java.util.List;

/** Mints HS256 bearer tokens the way the dev token script does, for the secret a test context uses. */
public final class TestTokens {

    private final JwtSettings settings;

    public TestTokens(JwtSettings settings) {
        this.settings = settings;
    }

    public String forRoles(Role... roles) {
        return mint("tester-" + Arrays.toString(roles), null, Duration.ofMinutes(10),
                Arrays.stream(roles).map(Role::name).toList());
    }

    public String forApp(String customerId) {
        return mint("app-" + customerId, customerId, Duration.ofMinutes(10), List.of(Role.APP.name()));
    }

    public String mint(String subject, String customerId, Duration validFor, List<String> roles) {
        Instant now = Instant.now();
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject(subject)
                .issuer(settings.issuer())
                .audience(settings.audience())
                .issueTime(Date.from(now))
                .expirationTime(Date.from(now.plus(validFor)))
                .claim("roles", roles);
        if (customerId != null) {
            claims.claim("customerId", customerId);
        }
        return sign(claims.build(), settings.secret());
    }

    public static String sign(JWTClaimsSet claims, String secret) {
        try {
            SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.HS256), claims);
            jwt.sign(new MACSigner(secret.getBytes(StandardCharsets.UTF_8)));
            return jwt.serialize();
        } catch (JOSEException e) {
            throw new IllegalStateException(e);
        }
    }
}
