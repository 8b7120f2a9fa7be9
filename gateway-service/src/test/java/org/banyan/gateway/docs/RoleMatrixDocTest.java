package org.banyan.gateway.docs;

import org.banyan.common.security.AccessRule;
import org.banyan.common.security.Role;
import org.banyan.common.security.RoleMatrix;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpMethod;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * docs/security.md shows the role matrix the code enforces: the table between the role-matrix markers
 * is exactly {@link RoleMatrix#banyan()} rendered by {@link #render(RoleMatrix)}. After changing the
 * matrix, regenerate the table with
 * {@code ./mvnw -B -q -o test -pl gateway-service -am -Dsurefire.failIfNoSpecifiedTests=false -Dtest=RoleMatrixDocTest -Dbanyan.docs.regenerate=true}.
 */
class RoleMatrixDocTest {

    static final String START = "<!-- role-matrix:start -->";
    static final String END = "<!-- role-matrix:end -->";
    static final String REGENERATE = "./mvnw -B -q -o test -pl gateway-service -am -Dsurefire.failIfNoSpecifiedTests=false "
            + "-Dtest=RoleMatrixDocTest -Dbanyan.docs.regenerate=true";
    private static final List<HttpMethod> METHOD_ORDER = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
            HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    @Test
    void securityDocShowsExactlyTheRoleMatrixTheCodeEnforces() throws IOException {
        Path doc = Path.of(System.getProperty("basedir", ".")).resolve("../docs/security.md").normalize();
        String text = Files.readString(doc, StandardCharsets.UTF_8);
        int start = text.indexOf(START);
        int end = text.indexOf(END);
        assertThat(start).as("%s has the marker %s", doc, START).isNotNegative();
        assertThat(end).as("%s has the marker %s after %s", doc, END, START).isGreaterThan(start);
        String expected = "\n" + render(RoleMatrix.banyan());

        if (Boolean.getBoolean("banyan.docs.regenerate")) {
            text = text.substring(0, start + START.length()) + expected + text.substring(end);
            Files.writeString(doc, text, StandardCharsets.UTF_8);
        }

        assertThat(text.substring(start + START.length(), text.indexOf(END)))
                .as("the role-matrix table in %s no longer matches RoleMatrix.banyan(); regenerate it with:%n  %s",
                        doc, REGENERATE)
                .isEqualTo(expected);
    }

    /** The matrix as a markdown table: one row per rule, in the order rules are tried. */
    static String render(RoleMatrix matrix) {
        StringBuilder table = new StringBuilder();
        table.append("| # | methods | path | ");
        table.append(java.util.Arrays.stream(Role.values()).map(Role::name).collect(Collectors.joining(" | ")));
        table.append(" |\n|---|---|---|");
        table.append("---|".repeat(Role.values().length)).append('\n');
        List<AccessRule> rules = matrix.rules();
        for (int i = 0; i < rules.size(); i++) {
            AccessRule rule = rules.get(i);
            table.append("| ").append(i + 1).append(" | ").append(methods(rule)).append(" | `").append(rule.pattern())
                    .append("` |");
            for (Role role : Role.values()) {
                String cell = !rule.roles().contains(role) ? "" : rule.customerScopeApplies(java.util.Set.of(role))
                        ? "own customer" : "yes";
                table.append(' ').append(cell).append(" |");
            }
            table.append('\n');
        }
        table.append("| — | any | anything else | ").append("refused | ".repeat(Role.values().length).trim()).append('\n');
        return table.toString();
    }

    private static String methods(AccessRule rule) {
        return METHOD_ORDER.stream().filter(rule.methods()::contains).map(HttpMethod::name)
                .collect(Collectors.joining(", "));
    }
}
