package org.banyan.common.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.springframework.http.HttpMethod;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class RoleMatrixTest {

    private final RoleMatrix matrix = RoleMatrix.banyan();

    @ParameterizedTest(name = "{0} {1} allows {2}")
    @CsvSource(delimiter = ';', value = {
            "GET;    /api/v1/customers/C1;                 ADMIN ANALYST FRONTLINE APP",
            "DELETE; /api/v1/customers/C1;                 ADMIN",
            "PUT;    /api/v1/customers/C1/consent;         ADMIN FRONTLINE APP",
            "POST;   /api/v1/segments;                     ADMIN ANALYST",
            "GET;    /api/v1/products/CC-1;                ADMIN ANALYST FRONTLINE APP",
            "POST;   /api/v1/products;                     ADMIN ANALYST",
            "POST;   /api/v1/feedback;                     ADMIN FRONTLINE APP",
            "POST;   /api/v1/credit/applications;          ADMIN FRONTLINE APP",
            "POST;   /api/v1/credit/reviews/R1/decision;   ADMIN ANALYST",
            "POST;   /api/v1/credit/models/M1/promote;     ADMIN",
            "GET;    /api/v1/credit/models;                ADMIN ANALYST",
            "PATCH;  /api/v1/alerts/A1;                    ADMIN ANALYST OPS",
            "POST;   /api/v1/jobs/profile-recompute;       ADMIN BATCH",
            "GET;    /api/v1/jobs/profile-recompute/runs/1; ADMIN BATCH OPS"})
    void grantsExactlyTheDocumentedRoles(String method, String path, String allowed) {
        Set<Role> expected = Arrays.stream(allowed.trim().split(" ")).map(Role::valueOf)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));

        for (Role role : Role.values()) {
            assertThat(matrix.permits(HttpMethod.valueOf(method.trim()), path.trim(), EnumSet.of(role)))
                    .as("%s %s for %s", method, path, role).isEqualTo(expected.contains(role));
        }
    }

    @Test
    void pathNoRuleCoversIsRefusedToEveryone() {
        assertThat(matrix.permits(HttpMethod.GET, "/api/v1/unknown", Role.all())).isFalse();
        assertThat(matrix.permits(HttpMethod.POST, "/api/v1/recommendations", Role.all())).isFalse();
    }

    @Test
    void appScopeAppliesOnlyWhenAppIsTheCallersOnlyWayIn() {
        AccessRule customers = matrix.ruleFor(HttpMethod.GET, "/api/v1/customers/C1").orElseThrow();

        assertThat(customers.customerScopeApplies(EnumSet.of(Role.APP))).isTrue();
        assertThat(customers.customerScopeApplies(EnumSet.of(Role.APP, Role.BATCH))).isTrue();
        assertThat(customers.customerScopeApplies(EnumSet.of(Role.APP, Role.FRONTLINE))).isFalse();
        assertThat(matrix.ruleFor(HttpMethod.GET, "/api/v1/products").orElseThrow()
                .customerScopeApplies(EnumSet.of(Role.APP))).isFalse();
    }

    @Test
    void roleNamesThatAreNotOursAreIgnored() {
        assertThat(Role.of("SUPERUSER")).isEmpty();
        assertThat(Role.of("ROLE_ADMIN")).isEmpty();
        assertThat(Role.of("admin")).isEmpty();
        assertThat(Role.of("ADMIN")).contains(Role.ADMIN);
    }
}
