package org.banyan.gateway.security;

import org.banyan.common.security.AccessRule;
import org.banyan.common.security.BanyanJwt;
import org.banyan.common.security.Role;
import org.banyan.common.security.RoleMatrix;
import org.banyan.gateway.exchange.GatewayExchanges;
import org.springframework.http.HttpMethod;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.authorization.ReactiveAuthorizationManager;
import org.springframework.security.core.Authentication;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.security.web.server.authorization.AuthorizationContext;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.util.pattern.PathPattern;
import reactor.core.publisher.Mono;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Enforces {@link RoleMatrix#banyan()} on {@code /api/**} at the gateway, the same matrix every
 * service enforces again: the first rule matching method and path decides which roles pass; a path no
 * rule matches is refused. Roles come from the token's {@code roles} claim, and only names of
 * {@link Role} count (so "SUPERUSER", "ROLE_ADMIN" or "admin" give nothing). Where the deciding rule
 * is APP-scoped and the caller reaches it only through APP, every customer the request names in its
 * path or query must be the token's own.
 */
final class RoleMatrixAuthorizationManager implements ReactiveAuthorizationManager<AuthorizationContext> {

    /** Why a request was refused, for the 403 problem's detail. */
    static final String DENIAL_REASON = RoleMatrixAuthorizationManager.class.getName() + ".denialReason";

    private static final AuthorizationDecision GRANTED = new AuthorizationDecision(true);
    private static final AuthorizationDecision DENIED = new AuthorizationDecision(false);

    private final RoleMatrix matrix;
    private final List<PathPattern> customerPaths;
    private final List<String> customerParameters;

    RoleMatrixAuthorizationManager(RoleMatrix matrix, CustomerScope scope) {
        this.matrix = matrix;
        this.customerPaths = scope.compiled();
        this.customerParameters = List.copyOf(scope.queryParameters());
    }

    @Override
    public Mono<AuthorizationResult> authorize(Mono<Authentication> authentication, AuthorizationContext context) {
        ServerWebExchange exchange = context.getExchange();
        return authentication
                .filter(Authentication::isAuthenticated)
                .filter(JwtAuthenticationToken.class::isInstance)
                .map(token -> decide(exchange, ((JwtAuthenticationToken) token).getToken()))
                .defaultIfEmpty(DENIED);
    }

    private AuthorizationResult decide(ServerWebExchange exchange, Jwt jwt) {
        GatewayExchanges.recordSubject(exchange, jwt.getSubject());
        ServerHttpRequest request = exchange.getRequest();
        HttpMethod method = request.getMethod();
        String path = request.getPath().pathWithinApplication().value();
        Set<Role> roles = BanyanJwt.roles(jwt);
        Optional<AccessRule> rule = matrix.ruleFor(method, path);
        if (rule.isEmpty()) {
            return deny(exchange, "No rule of the role matrix allows " + method.name() + " " + path);
        }
        if (rule.get().roles().stream().noneMatch(roles::contains)) {
            return deny(exchange, "The caller's roles " + roles + " do not allow " + method.name() + " " + path);
        }
        if (rule.get().customerScopeApplies(roles)) {
            Set<String> named = CustomerScope.customersNamedBy(request, customerPaths, customerParameters);
            Optional<String> own = BanyanJwt.customerId(jwt);
            if (!named.isEmpty() && (own.isEmpty() || named.stream().anyMatch(id -> !id.equals(own.get())))) {
                return deny(exchange, "An app token may only reach its own customer's data");
            }
        }
        return GRANTED;
    }

    private static AuthorizationResult deny(ServerWebExchange exchange, String reason) {
        exchange.getAttributes().put(DENIAL_REASON, reason);
        return DENIED;
    }
}
