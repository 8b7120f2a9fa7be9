package org.banyan.common.security;

import org.springframework.http.HttpMethod;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorizationResult;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

/** Enforces the {@link RoleMatrix} on a servlet service's own {@code /api/**} endpoints. */
class RoleMatrixAuthorizationManager implements AuthorizationManager<RequestAuthorizationContext> {

    private final RoleMatrix matrix;

    RoleMatrixAuthorizationManager(RoleMatrix matrix) {
        this.matrix = matrix;
    }

    @Override
    public AuthorizationResult authorize(Supplier<? extends Authentication> authentication,
            RequestAuthorizationContext context) {
        Authentication caller = authentication.get();
        if (caller == null || !caller.isAuthenticated()) {
            return new AuthorizationDecision(false);
        }
        var request = context.getRequest();
        String path = request.getRequestURI().substring(request.getContextPath().length());
        return new AuthorizationDecision(matrix.permits(HttpMethod.valueOf(request.getMethod()), path, roles(caller)));
    }

    static Set<Role> roles(Authentication caller) {
        Set<Role> roles = EnumSet.noneOf(Role.class);
        caller.getAuthorities().forEach(a -> {
            String name = a.getAuthority();
            if (name != null && name.startsWith("ROLE_")) {
                Role.of(name.substring(5)).ifPresent(roles::add);
            }
        });
        return roles;
    }
}
