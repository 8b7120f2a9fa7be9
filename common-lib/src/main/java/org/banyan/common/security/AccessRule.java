package org.banyan.common.security;

import org.springframework.http.HttpMethod;

import java.util.Set;

/**
 * One row of the role matrix: which roles may call these methods on paths matching the pattern.
 *
 * @param appScoped whether an APP token may only reach its own customer's data here
 */
public record AccessRule(String pattern, Set<HttpMethod> methods, Set<Role> roles, boolean appScoped) {

    public AccessRule {
        methods = Set.copyOf(methods);
        roles = Set.copyOf(roles);
    }

    /**
     * Whether a caller with {@code callerRoles} reaches this rule only through APP, so it may touch
     * nothing but its own customer's data here.
     */
    public boolean customerScopeApplies(Set<Role> callerRoles) {
        return appScoped && callerRoles.contains(Role.APP)
                && roles.stream().noneMatch(role -> role != Role.APP && callerRoles.contains(role));
    }
}
