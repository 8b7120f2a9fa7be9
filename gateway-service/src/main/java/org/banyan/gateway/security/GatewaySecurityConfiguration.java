package org.banyan.gateway.security;

import org.banyan.common.error.ProblemCode;
import org.banyan.common.security.BanyanJwt;
import org.banyan.common.security.JwtSettings;
import org.banyan.common.security.Role;
import org.banyan.common.security.RoleMatrix;
import org.banyan.gateway.problem.Problems;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.config.annotation.web.reactive.EnableWebFluxSecurity;
import org.springframework.security.config.web.server.SecurityWebFiltersOrder;
import org.springframework.security.config.web.server.ServerHttpSecurity;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.jose.jws.MacAlgorithm;
import org.springframework.security.oauth2.jwt.NimbusReactiveJwtDecoder;
import org.springframework.security.oauth2.jwt.ReactiveJwtDecoder;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;
import org.springframework.security.oauth2.server.resource.authentication.ReactiveJwtAuthenticationConverter;
import org.springframework.security.web.server.SecurityWebFilterChain;
import org.springframework.security.web.server.ServerAuthenticationEntryPoint;
import org.springframework.security.web.server.authorization.ServerAccessDeniedHandler;
import org.springframework.security.web.server.context.NoOpServerSecurityContextRepository;
import org.springframework.security.web.server.firewall.ServerExchangeRejectedHandler;
import org.springframework.security.web.server.header.ReferrerPolicyServerHttpHeadersWriter.ReferrerPolicy;
import org.springframework.security.web.server.header.CrossOriginOpenerPolicyServerHttpHeadersWriter.CrossOriginOpenerPolicy;
import org.springframework.security.web.server.savedrequest.NoOpServerRequestCache;
import org.springframework.util.StringUtils;
import reactor.core.publisher.Flux;

/**
 * The gateway as an OAuth2 resource server: every {@code /api/**} call needs a valid bearer JWT
 * (signature, expiry, issuer, audience: {@link BanyanJwt#validator}) and must pass the role matrix;
 * the token is forwarded to the service unchanged. Open: health, info and Prometheus (probes and
 * scrapes), the OpenAPI documents and Swagger UI, CORS preflight. Other actuator endpoints need ADMIN
 * or OPS; anything else is refused. Every refusal is problem+json.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebFluxSecurity
@EnableConfigurationProperties({JwtSettings.class, CorsSettings.class, CustomerScope.class})
class GatewaySecurityConfiguration {

    static final String[] OPEN_ACTUATOR = {"/actuator/health", "/actuator/health/**", "/actuator/info", "/actuator/prometheus"};
    static final String[] OPEN_DOCS = {"/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**", "/webjars/swagger-ui/**"};

    @Bean
    RoleMatrix roleMatrix() {
        return RoleMatrix.banyan();
    }

    /**
     * HMAC mode (HS256 only, so {@code alg=none} or another algorithm never passes) unless an OIDC
     * issuer or JWK set is configured; the same validator as the services in both modes.
     */
    @Bean
    ReactiveJwtDecoder jwtDecoder(JwtSettings settings) {
        NimbusReactiveJwtDecoder decoder;
        if (StringUtils.hasText(settings.jwkSetUri())) {
            decoder = NimbusReactiveJwtDecoder.withJwkSetUri(settings.jwkSetUri()).build();
        } else if (StringUtils.hasText(settings.issuerUri())) {
            decoder = NimbusReactiveJwtDecoder.withIssuerLocation(settings.issuerUri()).build();
        } else {
            decoder = NimbusReactiveJwtDecoder.withSecretKey(BanyanJwt.hmacKey(settings))
                    .macAlgorithm(MacAlgorithm.HS256).build();
        }
        decoder.setJwtValidator(BanyanJwt.validator(settings));
        return decoder;
    }

    @Bean
    SecurityWebFilterChain gatewaySecurity(ServerHttpSecurity http, ReactiveJwtDecoder decoder, RoleMatrix matrix,
            CustomerScope customerScope, CorsSettings cors, Problems problems) {
        ReactiveJwtAuthenticationConverter roles = new ReactiveJwtAuthenticationConverter();
        roles.setJwtGrantedAuthoritiesConverter(jwt -> Flux.<GrantedAuthority>fromIterable(BanyanJwt.authorities(jwt)));
        ServerAuthenticationEntryPoint unauthenticated = unauthenticated(problems);
        ServerAccessDeniedHandler forbidden = forbidden(problems);

        http.authorizeExchange(exchanges -> exchanges
                        .pathMatchers(OPEN_ACTUATOR).permitAll()
                        .pathMatchers(HttpMethod.GET, OPEN_DOCS).permitAll()
                        .pathMatchers("/actuator/**").hasAnyRole(Role.ADMIN.name(), Role.OPS.name())
                        .pathMatchers("/api/**").access(new RoleMatrixAuthorizationManager(matrix, customerScope))
                        .anyExchange().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtDecoder(decoder).jwtAuthenticationConverter(roles))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .cors(ServerHttpSecurity.CorsSpec::disable)
                .addFilterAt(new ProblemCorsFilter(cors.configuration(), problems), SecurityWebFiltersOrder.CORS)
                .headers(headers -> headers
                        .hsts(ServerHttpSecurity.HeaderSpec.HstsSpec::disable)
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.NO_REFERRER))
                        .crossOriginOpenerPolicy(coop -> coop.policy(CrossOriginOpenerPolicy.SAME_ORIGIN))
                        .permissionsPolicy(permissions -> permissions.policy(
                                "camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()"))
                        .writer(new SecurityHeaders()))
                .csrf(ServerHttpSecurity.CsrfSpec::disable)
                .httpBasic(ServerHttpSecurity.HttpBasicSpec::disable)
                .formLogin(ServerHttpSecurity.FormLoginSpec::disable)
                .logout(ServerHttpSecurity.LogoutSpec::disable)
                .anonymous(ServerHttpSecurity.AnonymousSpec::disable)
                .requestCache(cache -> cache.requestCache(NoOpServerRequestCache.getInstance()))
                .securityContextRepository(NoOpServerSecurityContextRepository.getInstance());
        return http.build();
    }

    /** Requests Spring Security's firewall refuses (encoded slashes, {@code ..}, {@code ;}, odd methods...). */
    @Bean
    ServerExchangeRejectedHandler exchangeRejectedHandler(Problems problems) {
        return (exchange, rejected) -> problems.write(exchange, ProblemCode.MALFORMED_REQUEST,
                "The request was rejected: " + rejected.getMessage());
    }

    private static ServerAuthenticationEntryPoint unauthenticated(Problems problems) {
        return (exchange, failure) -> {
            boolean presentedToken = failure instanceof InvalidBearerTokenException
                    || exchange.getRequest().getHeaders().containsHeader(HttpHeaders.AUTHORIZATION);
            exchange.getResponse().getHeaders().set(HttpHeaders.WWW_AUTHENTICATE,
                    presentedToken ? "Bearer error=\"invalid_token\"" : "Bearer");
            return problems.write(exchange, ProblemCode.UNAUTHENTICATED, presentedToken
                    ? "The bearer token is missing, malformed, expired or not signed by a trusted issuer"
                    : "This API needs a bearer token");
        };
    }

    private static ServerAccessDeniedHandler forbidden(Problems problems) {
        return (exchange, denied) -> {
            String reason = exchange.getAttribute(RoleMatrixAuthorizationManager.DENIAL_REASON);
            return problems.write(exchange, ProblemCode.FORBIDDEN, reason != null ? reason
                    : "The caller's roles do not allow " + exchange.getRequest().getMethod().name() + " "
                            + exchange.getRequest().getPath().value());
        };
    }
}
