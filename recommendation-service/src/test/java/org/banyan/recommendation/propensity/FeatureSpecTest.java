package org.banyan.recommendation.propensity;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** From profile tags to model columns. */
class FeatureSpecTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void numbersBooleansDatesAndCategoriesBecomeColumns() {
        List<Map<String, Object>> sample = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            sample.add(Map.of("income_monthly", 5000 + i, "consent_marketing_sms", i % 2 == 0,
                    "birth_date", "1990-01-0" + (1 + i % 9), "gender", i % 3 == 0 ? "MALE" : "FEMALE"));
        }

        FeatureSpec spec = FeatureSpec.discover(sample, Set.of(), 5);

        assertThat(spec.columns()).containsExactly("birth_date@days", "consent_marketing_sms", "gender=FEMALE",
                "gender=MALE", "income_monthly");
    }

    @Test
    void excludedPrefixesAreLeftOutSoHoldingsCannotLeakTheLabel() {
        List<Map<String, Object>> sample = List.of(Map.of("holds_credit_card", true, "age", 30),
                Map.of("holds_credit_card", false, "age", 40));

        assertThat(FeatureSpec.discover(sample, Set.of("holds_"), 5).columns()).containsExactly("age");
    }

    @Test
    void vectorisingMarksMissingTagsAsMissing() {
        FeatureSpec spec = new FeatureSpec(List.of("age", "gender=MALE", "join_date@days", "vip"));

        float[] row = spec.vectorize(Map.of("gender", "FEMALE", "join_date", "2026-11-12", "vip", true), TODAY);

        assertThat(Float.isNaN(row[0])).isTrue();
        assertThat(row[1]).isZero();
        assertThat(row[2]).isEqualTo(10f);
        assertThat(row[3]).isEqualTo(1f);
    }
}
