package org.banyan.common.security;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.oauth2.jwt.JwtDecoder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationConverter;
import org.springframework.security.web.SecurityFilterChain;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every servlet service is an OAuth2 resource server that trusts no network: it validates the bearer
 * token again (signature, expiry, issuer, audience), takes roles from the {@code roles} claim and
 * enforces the {@link RoleMatrix} on {@code /api/**}. Health, info and Prometheus stay open for
 * probes and scrapes (the management port is not exposed through the gateway); the rest of actuator
 * needs ADMIN or OPS; anything else is refused.
 */
@AutoConfiguration(beforeName = {
        "org.springframework.boot.security.autoconfigure.web.servlet.ServletWebSecurityAutoConfiguration",
        "org.springframework.boot.security.autoconfigure.SecurityAutoConfiguration",
        "org.springframework.boot.security.oauth2.server.resource.autoconfigure.servlet.OAuth2ResourceServerAutoConfiguration"})
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
@ConditionalOnClass({SecurityFilterChain.class, JwtDecoder.class})
@EnableConfigurationProperties(JwtSettings.class)
public class BanyanServletSecurityAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    JwtDecoder banyanJwtDecoder(JwtSettings settings) {
        return BanyanJwt.servletDecoder(settings);
    }

    @Bean
    @ConditionalOnMissingBean
    RoleMatrix roleMatrix() {
        return RoleMatrix.banyan();
    }

    @Bean
    @ConditionalOnMissingBean
    CustomerAccess customerAccess(RoleMatrix matrix) {
        return new CustomerAccess(matrix);
    }

    @Bean
    @ConditionalOnMissingBean(SecurityFilterChain.class)
    SecurityFilterChain banyanApiSecurity(HttpSecurity http, RoleMatrix matrix, JsonMapper mapper) throws Exception {
        JwtAuthenticationConverter roles = new JwtAuthenticationConverter();
        roles.setJwtGrantedAuthoritiesConverter(BanyanJwt::authorities);
        var unauthenticated = ProblemResponses.unauthenticated(mapper);
        var forbidden = ProblemResponses.forbidden(mapper);
        http.authorizeHttpRequests(requests -> requests
                        .requestMatchers("/actuator/health", "/actuator/health/**", "/actuator/info",
                                "/actuator/prometheus").permitAll()
                        .requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/error").permitAll()
                        .requestMatchers("/actuator/**").hasAnyRole(Role.ADMIN.name(), Role.OPS.name())
                        .requestMatchers("/api/**").access(new RoleMatrixAuthorizationManager(matrix))
                        .anyRequest().denyAll())
                .oauth2ResourceServer(resourceServer -> resourceServer
                        .jwt(jwt -> jwt.jwtAuthenticationConverter(roles))
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(unauthenticated)
                        .accessDeniedHandler(forbidden))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(AbstractHttpConfigurer::disable);
        return http.build();
    }
}
