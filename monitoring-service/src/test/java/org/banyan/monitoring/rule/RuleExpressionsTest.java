package org.banyan.monitoring.rule;

import org.banyan.common.error.BanyanException;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class RuleExpressionsTest {

    private final RuleExpressions expressions = new RuleExpressions();

    @Test
    void conditionOverFactsHolds() {
        Map<String, Object> facts = Map.of("amount", new BigDecimal("1500.00"), "country", "FR", "kind", "CARD_PURCHASE");

        assertThat(expressions.holds("#kind == 'CARD_PURCHASE' and #country != 'CN' and #amount > 1000", facts))
                .isTrue();
    }

    @Test
    void conditionThatDoesNotMatchDoesNotHold() {
        assertThat(expressions.holds("#amount > 1000", Map.of("amount", new BigDecimal("10")))).isFalse();
    }

    @Test
    void conditionThatDoesNotParseIsRefusedWithItsPosition() {
        assertThatThrownBy(() -> expressions.parse("#amount > > 5"))
                .isInstanceOf(BanyanException.class)
                .hasMessageMatching("condition does not parse at position \\d+: .*");
    }

    @Test
    void typeReferencesCannotRunCode() {
        assertThat(expressions.holds("T(java.lang.Runtime).getRuntime().exec('true') != null", Map.of())).isFalse();
    }

    @Test
    void constructorsCannotRunCode() {
        assertThat(expressions.evaluate("new java.io.File('/tmp/x').delete()", Map.of())).isNull();
    }

    @Test
    void missingFactMakesTheConditionNotHold() {
        assertThat(expressions.holds("#score > 600", Map.of())).isFalse();
    }
}
