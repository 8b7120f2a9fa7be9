package org.banyan.gateway.security;

import org.assertj.core.api.SoftAssertions;
import org.banyan.common.security.AccessRule;
import org.banyan.common.security.Role;
import org.banyan.common.security.RoleMatrix;
import org.banyan.gateway.testsupport.GatewayTestBase;
import org.banyan.gateway.testsupport.Tokens;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.reactive.server.EntityExchangeResult;
import org.springframework.test.web.reactive.server.WebTestClient;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Walks the whole {@link RoleMatrix#banyan()} through the running gateway and its routes: for every
 * rule and every method it names, a request on a path that rule decides is sent with no token and with
 * a token of each role. The documented outcome: no token 401; a role the rule lists reaches the service
 * (2xx); any other role 403. APP tokens act for the customer named in the path.
 */
class RoleMatrixWalkTest extends GatewayTestBase {

    static final String CUSTOMER = "C0000001";
    private static final List<HttpMethod> METHOD_ORDER = List.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.POST,
            HttpMethod.PUT, HttpMethod.PATCH, HttpMethod.DELETE);

    /** One probe: a method and a concrete path that the rule at {@code index} decides. */
    record Probe(int index, AccessRule rule, HttpMethod method, String path) {
        @Override
        public String toString() {
            return "rule " + (index + 1) + " " + method.name() + " " + rule.pattern() + " -> " + path;
        }
    }

    static Stream<Probe> everyRuleAndMethod() {
        List<AccessRule> rules = RoleMatrix.banyan().rules();
        return IntStream.range(0, rules.size()).boxed().flatMap(index -> {
            AccessRule rule = rules.get(index);
            return rule.methods().stream().sorted(Comparator.comparingInt(METHOD_ORDER::indexOf))
                    .map(method -> new Probe(index, rule, method, samplePath(rule, method)));
        });
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("everyRuleAndMethod")
    void everyRoleGetsTheDocumentedOutcome(Probe probe) {
        SoftAssertions softly = new SoftAssertions();

        softly.assertThat(status(probe, null)).as("no token").isEqualTo(401);
        for (Role role : Role.values()) {
            String token = role == Role.APP ? Tokens.app(CUSTOMER) : Tokens.withRoles(role.name());
            int expected = probe.rule().roles().contains(role) ? 200 : 403;
            softly.assertThat(status(probe, token)).as(role.name()).isEqualTo(expected);
        }

        softly.assertAll();
    }

    private int status(Probe probe, String token) {
        WebTestClient.RequestBodySpec request = client.method(probe.method()).uri(probe.path());
        if (token != null) {
            request.header("Authorization", bearer(token));
        }
        EntityExchangeResult<byte[]> result = request.exchange().expectBody().returnResult();
        return result.getStatus().value();
    }

    /**
     * A path the rule itself decides (no earlier rule catches it) that a route serves: {@code *} and
     * {@code **} become the APP customer's id and a sub-resource, jobs get an owning-domain name.
     */
    static String samplePath(AccessRule rule, HttpMethod method) {
        String base = rule.pattern().replace("/**", "").replace("/*", "/" + CUSTOMER);
        String tail = base.endsWith("/jobs") ? "/profile-sample" : "/" + CUSTOMER;
        List<String> candidates = new ArrayList<>();
        if (rule.pattern().endsWith("/**")) {
            candidates.add(base + tail + "/details");
            candidates.add(base + tail);
            candidates.add(base);
        } else {
            candidates.add(base);
        }
        Optional<String> decided = candidates.stream()
                .filter(path -> RoleMatrix.banyan().ruleFor(method, path).filter(rule::equals).isPresent())
                .findFirst();
        assertThat(decided).as("a sample path that rule " + rule + " decides for " + method).isPresent();
        return decided.get();
    }
}
