package org.banyan.common.security;

import org.springframework.http.HttpMethod;
import org.springframework.http.server.PathContainer;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.banyan.common.security.Role.ADMIN;
import static org.banyan.common.security.Role.ANALYST;
import static org.banyan.common.security.Role.APP;
import static org.banyan.common.security.Role.BATCH;
import static org.banyan.common.security.Role.FRONTLINE;
import static org.banyan.common.security.Role.OPS;

/**
 * Which role may call which method and path of {@code /api/v1}: the one definition the gateway and
 * every service enforce, and that {@code docs/security.md} documents (a test keeps the two equal).
 * Rules are tried in order and the first match decides; a path no rule matches is refused.
 */
public final class RoleMatrix {

    static final Set<HttpMethod> READ = Set.of(HttpMethod.GET, HttpMethod.HEAD);
    static final Set<HttpMethod> WRITE = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);
    static final Set<HttpMethod> ANY = union(READ, WRITE);

    private static final RoleMatrix BANYAN = new Builder()
            .rule("/api/v1/customers/*", Set.of(HttpMethod.DELETE), ADMIN)
            .appScoped("/api/v1/customers/**", READ, ADMIN, ANALYST, FRONTLINE, APP)
            .appScoped("/api/v1/customers/**", WRITE, ADMIN, FRONTLINE, APP)
            .rule("/api/v1/tags/**", ANY, ADMIN, ANALYST)
            .rule("/api/v1/segments/*/count", READ, ADMIN, ANALYST, BATCH)
            .rule("/api/v1/segments/*/snapshots/**", union(READ, Set.of(HttpMethod.POST)), ADMIN, ANALYST, BATCH)
            .rule("/api/v1/segments/**", ANY, ADMIN, ANALYST)
            .rule("/api/v1/products/**", READ, ADMIN, ANALYST, FRONTLINE, APP)
            .rule("/api/v1/products/**", WRITE, ADMIN, ANALYST)
            .appScoped("/api/v1/recommendations/**", READ, ADMIN, ANALYST, FRONTLINE, APP)
            .appScoped("/api/v1/feedback/**", Set.of(HttpMethod.POST), ADMIN, FRONTLINE, APP)
            .rule("/api/v1/feedback/**", READ, ADMIN, ANALYST)
            .rule("/api/v1/experiments/**", ANY, ADMIN, ANALYST)
            .rule("/api/v1/campaigns/**", ANY, ADMIN, ANALYST)
            .appScoped("/api/v1/credit/applications/**", READ, ADMIN, ANALYST, FRONTLINE, APP)
            .appScoped("/api/v1/credit/applications/**", Set.of(HttpMethod.POST), ADMIN, FRONTLINE, APP)
            .rule("/api/v1/credit/reviews/**", ANY, ADMIN, ANALYST)
            .rule("/api/v1/credit/accounts/**", READ, ADMIN, ANALYST, FRONTLINE)
            .rule("/api/v1/credit/accounts/**", WRITE, ADMIN, ANALYST)
            .rule("/api/v1/credit/collections/**", ANY, ADMIN, ANALYST, FRONTLINE)
            .rule("/api/v1/credit/**", READ, ADMIN, ANALYST)
            .rule("/api/v1/credit/**", WRITE, ADMIN)
            .rule("/api/v1/alerts/**", ANY, ADMIN, ANALYST, OPS)
            .rule("/api/v1/monitoring/**", READ, ADMIN, ANALYST, OPS)
            .rule("/api/v1/monitoring/**", WRITE, ADMIN)
            .rule("/api/v1/jobs/credit-model-training/**", READ, ADMIN, ANALYST, BATCH, OPS)
            .rule("/api/v1/jobs/credit-model-training/**", Set.of(HttpMethod.POST), ADMIN, ANALYST, BATCH)
            .rule("/api/v1/jobs/**", READ, ADMIN, BATCH, OPS)
            .rule("/api/v1/jobs/**", Set.of(HttpMethod.POST), ADMIN, BATCH)
            .build();

    private final List<AccessRule> rules;
    private final List<CompiledRule> compiled;

    RoleMatrix(List<AccessRule> rules) {
        this.rules = List.copyOf(rules);
        this.compiled = rules.stream()
                .map(rule -> new CompiledRule(rule, PathPatternParser.defaultInstance.parse(rule.pattern())))
                .toList();
    }

    public static RoleMatrix banyan() {
        return BANYAN;
    }

    public List<AccessRule> rules() {
        return rules;
    }

    /** The rule that decides this call, if any does. */
    public Optional<AccessRule> ruleFor(HttpMethod method, String path) {
        PathContainer container = PathContainer.parsePath(path);
        return compiled.stream()
                .filter(c -> c.rule().methods().contains(method) && c.pattern().matches(container))
                .map(CompiledRule::rule)
                .findFirst();
    }

    /** Whether a caller holding {@code roles} may make this call at all (APP's customer scope is checked apart). */
    public boolean permits(HttpMethod method, String path, Set<Role> roles) {
        return ruleFor(method, path).map(rule -> rule.roles().stream().anyMatch(roles::contains)).orElse(false);
    }

    private static Set<HttpMethod> union(Set<HttpMethod> a, Set<HttpMethod> b) {
        Set<HttpMethod> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    private record CompiledRule(AccessRule rule, PathPattern pattern) {
    }

    private static final class Builder {
        private final List<AccessRule> rules = new ArrayList<>();

        Builder rule(String pattern, Set<HttpMethod> methods, Role... roles) {
            rules.add(new AccessRule(pattern, methods, roleSet(roles), false));
            return this;
        }

        Builder appScoped(String pattern, Set<HttpMethod> methods, Role... roles) {
            rules.add(new AccessRule(pattern, methods, roleSet(roles), true));
            return this;
        }

        RoleMatrix build() {
            return new RoleMatrix(rules);
        }

        private static Set<Role> roleSet(Role... roles) {
            return EnumSet.copyOf(Arrays.asList(roles));
        }
    }
}
