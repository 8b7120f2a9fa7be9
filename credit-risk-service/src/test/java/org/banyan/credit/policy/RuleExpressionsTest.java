package org.banyan.credit.policy;

import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Rule expressions read application data and nothing else. */
class RuleExpressionsTest {

    private final RuleExpressions expressions = new RuleExpressions();

    private boolean fires(String expression, Map<String, Object> features, Map<String, Object> tags) {
        RuleExpressions.Compiled compiled = expressions.compile(expression);
        assertThat(compiled.problems()).isEmpty();
        return expressions.fires(compiled.expression(), RuleExpressions.root(features, tags));
    }

    @Test
    void comparesFeaturesAndTags() {
        Map<String, Object> features = Map.of("age", 17.0, "amount", 2345.67, "purpose", "CAR_NEW", "blacklisted", false);

        assertThat(fires("age < 18", features, Map.of())).isTrue();
        assertThat(fires("amount == 2345.67 and purpose == 'CAR_NEW'", features, Map.of())).isTrue();
        assertThat(fires("!blacklisted and age + 30 / 12.0 > 19", features, Map.of())).isTrue();
        assertThat(fires("tags['city_tier'] != null and tags['city_tier'] <= 2", features, Map.of("city_tier", 1.0))).isTrue();
        assertThat(fires("tags['segment'] == 'VIP'", features, Map.of())).isFalse();
    }

    @Test
    void missingValueIsNullAndCanBeGuarded() {
        Map<String, Object> features = new HashMap<>();

        assertThat(fires("bureau_delinquencies_24m != null and bureau_delinquencies_24m >= 3", features, Map.of())).isFalse();
    }

    @Test
    void typeReferencesConstructorsMethodsBeansAndVariablesAreRejected() {
        assertThat(expressions.compile("T(java.lang.System).exit(1)").problems()).anyMatch(p -> p.contains("type references"));
        assertThat(expressions.compile("new java.lang.ProcessBuilder('id').start()").problems()).anyMatch(p -> p.contains("'new'"));
        assertThat(expressions.compile("purpose.toLowerCase() == 'car_new'").problems()).anyMatch(p -> p.contains("method calls"));
        assertThat(expressions.compile("@dataSource != null").problems()).anyMatch(p -> p.contains("bean references"));
        assertThat(expressions.compile("#root != null").problems()).anyMatch(p -> p.contains("variables"));
        assertThat(expressions.compile("age = 40").problems()).anyMatch(p -> p.contains("assignment"));
        assertThat(expressions.compile("amount.class != null").problems()).anyMatch(p -> p.contains("'class' is not a feature"));
    }

    @Test
    void protectedAttributesAndUnknownNamesAreRejected() {
        assertThat(expressions.compile("gender == 'F'").problems()).anyMatch(p -> p.contains("protected attribute"));
        assertThat(expressions.compile("tags['marital_status'] == 'SINGLE'").problems()).anyMatch(p -> p.contains("protected"));
        assertThat(expressions.compile("['nationality'] == 'X'").problems()).anyMatch(p -> p.contains("indexing"));
        assertThat(expressions.compile("shoe_size > 44").problems()).anyMatch(p -> p.contains("'shoe_size' is not a feature"));
    }

    @Test
    void evenAnUncheckedExpressionCannotCallIntoJava() {
        var parsed = new org.springframework.expression.spel.standard.SpelExpressionParser()
                .parseExpression("T(java.lang.Runtime).getRuntime().availableProcessors() > 0");

        assertThatThrownBy(() -> expressions.fires(parsed, RuleExpressions.root(Map.of(), Map.of())))
                .isInstanceOf(org.springframework.expression.EvaluationException.class);
    }

    @Test
    void expressionThatIsNotAConditionIsAnEvaluationError() {
        RuleExpressions.Compiled compiled = expressions.compile("amount + 1");

        assertThatThrownBy(() -> expressions.fires(compiled.expression(), RuleExpressions.root(Map.of("amount", 1.0), Map.of())))
                .isInstanceOf(IllegalStateException.class).hasMessageContaining("not true or false");
    }
}
