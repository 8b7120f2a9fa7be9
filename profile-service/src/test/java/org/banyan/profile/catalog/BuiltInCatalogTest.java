package org.banyan.profile.catalog;

import org.junit.jupiter.api.Test;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The catalog a bank can work with: enough tags, in all four dimensions, named in English and Chinese. */
class BuiltInCatalogTest {

    private final List<TagDefinition> tags = BuiltInTags.definitions();

    @Test
    void shipsAtLeastThreeHundredTags() {
        assertThat(tags).hasSizeGreaterThanOrEqualTo(300);
    }

    @Test
    void everyDimensionHasTagsOfItsOwn() {
        Map<Dimension, Long> perDimension = tags.stream()
                .collect(Collectors.groupingBy(TagDefinition::dimension, Collectors.counting()));
        assertThat(perDimension).containsOnlyKeys(Dimension.values());
        assertThat(perDimension.values()).allSatisfy(n -> assertThat(n).isGreaterThanOrEqualTo(30));
    }

    @Test
    void codesAreUniqueAndWellFormed() {
        assertThat(new HashSet<>(tags.stream().map(TagDefinition::code).toList())).hasSameSizeAs(tags);
        assertThat(tags).allSatisfy(t -> assertThat(t.code()).matches(TagDefinition.CODE_PATTERN));
    }

    @Test
    void everyTagIsNamedInEnglishAndChineseAndSaysHowItIsComputed() {
        assertThat(tags).allSatisfy(t -> {
            assertThat(t.nameEn()).isNotBlank();
            assertThat(t.nameZh()).isNotBlank().matches(".*\\p{IsHan}.*|.*App.*|ATM.*|RFM.*");
            assertThat(t.rule()).isNotBlank();
            assertThat(t.owner()).isNotBlank();
            assertThat(t.version()).isEqualTo(1);
            assertThat(t.active()).isTrue();
        });
    }

    @Test
    void coversTheFamiliesABankAsksFor() {
        Map<String, TagDefinition> byCode = tags.stream()
                .collect(Collectors.toMap(TagDefinition::code, Function.identity()));
        assertThat(byCode).containsKeys("age_band", "life_stage", "spend_dining_amount_30d",
                "spend_travel_share_365d", "spend_grocery_count_90d", "preferred_channel_90d",
                "preferred_time_of_day_90d", "salary_monthly_avg_90d", "balance_trend_30d", "cash_flow_trend_90d",
                "holds_mortgage", "tenure_months", "rfm_segment", "value_tier", "estimated_clv", "card_utilisation",
                "loan_max_dpd_90d", "credit_applications_30d", "last_credit_decision", "gambling_flag",
                "abroad_burst_flag", "salary_stop_flag");
        assertThat(Arrays.stream(Computation.values()))
                .allSatisfy(c -> assertThat(tags).anyMatch(t -> t.computation() == c));
    }

    @Test
    void everyMerchantCategoryHasAmountCountAndShareOverThreeWindows() {
        for (SpendCategory category : SpendCategory.values()) {
            for (int window : BuiltInTags.SPEND_WINDOWS) {
                for (String measure : List.of("amount", "count", "share")) {
                    String code = "spend_" + category.key() + "_" + measure + "_" + window + "d";
                    assertThat(tags).as(code).anyMatch(t -> t.code().equals(code));
                }
            }
        }
    }

    @Test
    void merchantCategoryCodesMapToTheirGroups() {
        assertThat(SpendCategory.of("5411")).contains(SpendCategory.GROCERY);
        assertThat(SpendCategory.of("5812")).contains(SpendCategory.DINING);
        assertThat(SpendCategory.of("3012")).contains(SpendCategory.TRAVEL);
        assertThat(SpendCategory.of("7995")).isEmpty();
        assertThat(SpendCategory.isGambling("7995")).isTrue();
        assertThat(SpendCategory.of(null)).isEmpty();
    }
}
