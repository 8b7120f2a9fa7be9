package org.banyan.profile.catalog;

import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Custom tag expressions: safe SpEL over tags, type checked, errors at their position. */
class TagExpressionTest {

    private static final Map<String, ValueType> TAGS = Map.of("income_monthly", ValueType.NUMBER,
            "age", ValueType.NUMBER, "city", ValueType.CATEGORY, "gambling_flag", ValueType.BOOLEAN,
            "join_date", ValueType.DATE);

    private static TagExpression compile(String text) {
        return TagExpression.compile(text, TAGS::get);
    }

    @Test
    void computesACategoryFromNumbers() {
        TagExpression expression = compile("income_monthly >= 20000 and age between {25, 40} ? 'YOUNG_AFFLUENT' : 'OTHER'");

        assertThat(expression.resultType()).isEqualTo(ValueType.CATEGORY);
        assertThat(expression.references()).containsExactlyInAnyOrder("income_monthly", "age");
        assertThat(expression.evaluate(tags(new BigDecimal("25000.00"), 30))).isEqualTo("YOUNG_AFFLUENT");
        assertThat(expression.evaluate(tags(new BigDecimal("25000.00"), 50))).isEqualTo("OTHER");
    }

    @Test
    void numbersAreExactDecimals() {
        TagExpression expression = compile("income_monthly * 12 / 1000");

        assertThat(expression.evaluate(tags(new BigDecimal("18500.50"), 30))).isEqualTo(new BigDecimal("222.006"));
    }

    @Test
    void missingInputGivesNoValueInsteadOfAnError() {
        assertThat(compile("income_monthly * 12").evaluate(tags(null, 30))).isNull();
        assertThat(compile("income_monthly ?: 0").evaluate(tags(null, 30))).isEqualTo(BigDecimal.ZERO);
    }

    @Test
    void unknownTagIsRefusedAtItsPosition() {
        assertThatThrownBy(() -> compile("age > 30 and salary_magic > 1"))
                .isInstanceOf(ExpressionError.class)
                .hasMessageContaining("Unknown tag 'salary_magic'")
                .extracting(e -> ((ExpressionError) e).position()).isEqualTo(13);
    }

    @Test
    void typeMismatchIsRefused() {
        assertThatThrownBy(() -> compile("city > 3"))
                .isInstanceOf(ExpressionError.class).hasMessageContaining("Type mismatch");
        assertThatThrownBy(() -> compile("age and gambling_flag"))
                .isInstanceOf(ExpressionError.class).hasMessageContaining("Expected BOOLEAN");
    }

    @Test
    void reflectionTypeReferencesAndMethodCallsAreRefused() {
        for (String attack : new String[] {"T(java.lang.Runtime).getRuntime().exec('rm -rf /')",
                "new java.io.File('/etc/passwd')", "city.getClass()", "@bean", "#root", "city = 'x'",
                "city matches '(a+)+$'", "{1,2,3}.![#this * 2]"}) {
            assertThatThrownBy(() -> compile(attack)).as(attack).isInstanceOf(ExpressionError.class);
        }
    }

    @Test
    void malformedTextPointsAtThePosition() {
        assertThatThrownBy(() -> compile("age > "))
                .isInstanceOf(ExpressionError.class).hasMessageContaining("Malformed");
    }

    @Test
    void tooLargeExpressionsAreRefused() {
        String huge = "age + ".repeat(120) + "1";
        assertThatThrownBy(() -> compile(huge)).isInstanceOf(ExpressionError.class)
                .hasMessageContaining("too");
    }

    private static Map<String, Object> tags(BigDecimal income, int age) {
        Map<String, Object> tags = new HashMap<>();
        tags.put("income_monthly", income);
        tags.put("age", BigDecimal.valueOf(age));
        tags.put("city", "Hangzhou");
        tags.put("gambling_flag", false);
        tags.put("join_date", null);
        return tags;
    }
}
