package org.banyan.common.security;

import jakarta.servlet.http.HttpServletRequest;
import org.banyan.common.error.BanyanException;
import org.banyan.common.error.ProblemCode;
import org.springframework.http.HttpMethod;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.server.resource.authentication.JwtAuthenticationToken;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import java.util.Set;

/**
 * The customer scope of APP tokens, checked where the data is: a service calls
 * {@link #requireAccessTo(String)} with the customer an operation touches (from the path, the query or
 * the body) and an APP caller acting for anyone else is refused with 403.
 */
public class CustomerAccess {

    private final RoleMatrix matrix;

    public CustomerAccess(RoleMatrix matrix) {
        this.matrix = matrix;
    }

    public void requireAccessTo(String customerId) {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        if (!(caller instanceof JwtAuthenticationToken token)) {
            throw new BanyanException(ProblemCode.UNAUTHENTICATED, "This API needs a bearer token");
        }
        Set<Role> roles = RoleMatrixAuthorizationManager.roles(caller);
        HttpServletRequest request = currentRequest();
        boolean scoped = matrix.ruleFor(HttpMethod.valueOf(request.getMethod()), request.getRequestURI())
                .map(rule -> rule.customerScopeApplies(roles))
                .orElse(roles.contains(Role.APP));
        if (scoped && !BanyanJwt.customerId(token.getToken()).map(customerId::equals).orElse(false)) {
            throw new BanyanException(ProblemCode.FORBIDDEN, "An app token may only reach its own customer's data");
        }
    }

    private static HttpServletRequest currentRequest() {
        if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
            return attributes.getRequest();
        }
        throw new IllegalStateException("CustomerAccess is for request-handling threads");
    }
}
