package org.banyan.common.security;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.core.DelegatingOAuth2TokenValidator;
import org.springframework.security.oauth2.core.OAuth2TokenValidator;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.jwt.JwtClaimValidator;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.jwt.JwtIssuerValidator;
import org.springframework.security.oauth2.jwt.JwtTimestampValidator;
import org.springframework.security.oauth2.jwt.NimbusJwtDecoder;
import org.springframework.util.StringUtils;

import javax.crypto.SecretKey;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/** Token validation and claim reading shared by the gateway (reactive) and the services (servlet). */
public final class BanyanJwt {

    public static final String ROLES_CLAIM = "roles";
    public static final String CUSTOMER_CLAIM = "customerId";

    private BanyanJwt() {
    }

    /** Signature aside, what makes a token valid: not expired, our issuer, our audience. */
    public static OAuth2TokenValidator<Jwt> validator(JwtSettings settings) {
        return new DelegatingOAuth2TokenValidator<>(List.of(
                new JwtTimestampValidator(settings.clockSkew()),
                new JwtIssuerValidator(settings.expectedIssuer()),
                new JwtClaimValidator<List<String>>("aud", aud -> aud != null && aud.contains(settings.audience()))));
    }

    /** The HS256 key of HMAC mode; refuses a missing or short secret with a message saying what to set. */
    public static SecretKey hmacKey(JwtSettings settings) {
        String secret = settings.secret();
        if (!StringUtils.hasText(secret) || secret.getBytes(StandardCharsets.UTF_8).length < JwtSettings.MIN_SECRET_BYTES) {
            throw new IllegalStateException("banyan.security.jwt.secret (env BANYAN_SECURITY_JWT_SECRET) must be at least "
                    + JwtSettings.MIN_SECRET_BYTES + " bytes, or set banyan.security.jwt.issuer-uri / jwk-set-uri for OIDC");
        }
        return new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256");
    }

    /** A servlet decoder for the configured mode: HS256 only in HMAC mode (so {@code alg=none} never passes). */
    public static JwtDecoder servletDecoder(JwtSettings settings) {
        NimbusJwtDecoder decoder;
        if (StringUtils.hasText(settings.jwkSetUri())) {
            decoder = NimbusJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build();
        } else if (StringUtils.hasText(settings.issuerUri())) {
            decoder = NimbusJwtDecoder.withIssuerLocation(settings.issuerUri()).build();
        } else {
            decoder = NimbusJwtDecoder.withSecretKey(hmacKey(settings)).macAlgorithm(MacAlgorithm.HS256).build();
        }
        decoder.setJwtValidator(validator(settings));
        return decoder;
    }

    /** The Banyan roles a token carries; names that are not roles of ours are ignored. */
    public static Set<Role> roles(Jwt jwt) {
        Object claim = jwt.getClaims().get(ROLES_CLAIM);
        Stream<String> names = switch (claim) {
            case Collection<?> list -> list.stream().map(String::valueOf);
            case String text -> Stream.of(text.split("[ ,]+"));
            case null, default -> Stream.empty();
        };
        Set<Role> roles = EnumSet.noneOf(Role.class);
        names.map(Role::of).flatMap(Optional::stream).forEach(roles::add);
        return roles;
    }

    public static Collection<GrantedAuthority> authorities(Jwt jwt) {
        return roles(jwt).stream().<GrantedAuthority>map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    /** The customer an APP token acts for: its {@code customerId} claim, else its subject. */
    public static Optional<String> customerId(Jwt jwt) {
        String claimed = jwt.getClaimAsString(CUSTOMER_CLAIM);
        return Optional.ofNullable(StringUtils.hasText(claimed) ? claimed : jwt.getSubject());
    }
}
