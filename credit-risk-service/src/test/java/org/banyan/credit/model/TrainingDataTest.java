package org.banyan.credit.model;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A training file is checked against its feature spec before anything trains. */
class TrainingDataTest {

    private static final FeatureSpec SPEC = new FeatureSpec("bad", List.of(
            new FeatureSpec.Feature("amount", FeatureSpec.Type.NUMERIC, null, null),
            new FeatureSpec.Feature("employment_length", FeatureSpec.Type.ORDINAL, List.of("LT_1Y", "GE_7Y"), -1),
            new FeatureSpec.Feature("purpose", FeatureSpec.Type.CATEGORICAL, null, null)), List.of("gender"));

    private static DataTable csv(String text) {
        return CsvTables.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), ',', "test", 1000);
    }

    @Test
    void encodesNumbersOrdinalsCategoriesAndMissingValues() {
        DataTable table = csv("amount,employment_length,purpose,gender,bad\n1000,GE_7Y,CAR_NEW,F,1\n,LT_1Y,OTHER,M,0\n");

        TrainingSet set = TrainingSet.of(table, SPEC, new TrainingLimits(2, 1, 100));

        assertThat(set.layout().columnNames()).containsExactly("amount", "employment_length", "purpose=CAR_NEW", "purpose=OTHER");
        assertThat(set.matrix()).containsExactly(1000f, 1f, 1f, 0f, Float.NaN, 0f, 0f, 1f);
        assertThat(set.labels()).containsExactly(1f, 0f);
        assertThat(set.groups().get("gender")).containsExactly("F", "M");
        assertThat(set.layout().monotoneConstraints()).isEqualTo("(0,-1,0,0)");
    }

    @Test
    void unknownOrdinalLevelNamesColumnAndRow() {
        DataTable table = csv("amount,employment_length,purpose,gender,bad\n1000,GE_7Y,CAR_NEW,F,0\n1000,SOMETIMES,CAR_NEW,F,1\n");

        assertThatThrownBy(() -> TrainingSet.of(table, SPEC, new TrainingLimits(1, 1, 100)))
                .hasMessageContaining("'SOMETIMES'").hasMessageContaining("column 'employment_length'")
                .hasMessageContaining("row 2");
    }

    @Test
    void labelOtherThanZeroOrOneIsRefused() {
        DataTable table = csv("amount,employment_length,purpose,gender,bad\n1000,GE_7Y,CAR_NEW,F,yes\n");

        assertThatThrownBy(() -> TrainingSet.of(table, SPEC, new TrainingLimits(1, 1, 100)))
                .hasMessageContaining("must be 1 (bad) or 0 (good)");
    }

    @Test
    void duplicateOrMalformedHeaderIsRefused() {
        assertThatThrownBy(() -> csv("amount,amount,bad\n1,2,0\n")).hasMessageContaining("appears twice");
        assertThatThrownBy(() -> csv("amount,1st,bad\n1,2,0\n")).hasMessageContaining("bad header");
        assertThatThrownBy(() -> csv("")).hasMessageContaining("empty");
    }

    @Test
    void fileThatIsNotUtf8IsRefused() {
        byte[] latin1 = "amount,bad\n1,0\nK\u00f6ln,1\n".getBytes(StandardCharsets.ISO_8859_1);

        assertThatThrownBy(() -> CsvTables.read(new ByteArrayInputStream(latin1), ',', "t", 100))
                .hasMessageContaining("not UTF-8");
    }

    @Test
    void protectedOrUnservableFeaturesAreSpecProblems() {
        FeatureSpec spec = new FeatureSpec("bad", List.of(
                new FeatureSpec.Feature("foreign_worker", FeatureSpec.Type.CATEGORICAL, null, null),
                new FeatureSpec.Feature("shoe_size", FeatureSpec.Type.NUMERIC, null, null),
                new FeatureSpec.Feature("purpose", FeatureSpec.Type.CATEGORICAL, null, 1)), List.of());

        assertThat(spec.problems()).anyMatch(p -> p.contains("'foreign_worker' is a protected attribute"))
                .anyMatch(p -> p.contains("'shoe_size' is not a feature"))
                .anyMatch(p -> p.contains("CATEGORICAL and cannot be monotone"));
    }

    @Test
    void simulatorRecipeInDocsIsAServableSpecification() throws Exception {
        var mapper = org.banyan.common.event.EventJson.mapper();
        TrainingJobRequest recipe = mapper.readValue(
                getClass().getResourceAsStream("/model-specs/simulator-loan-applications.json"), TrainingJobRequest.class);

        assertThat(recipe.featureSpec().problems()).isEmpty();
        assertThat(recipe.featureSpec().sourceColumns()).contains("monthly_debt_payments", "external_loans", "education");
    }

    @Test
    void germanCreditTranslatesToTheCatalogueVocabulary() {
        DataTable german = GermanCredit.load(TestData.directory());

        assertThat(german.size()).isEqualTo(1000);
        assertThat(german.rows().getFirst()).startsWith("NEGATIVE", "6", "ALL_PAID_HERE", "ELECTRONICS", "1169");
        assertThat(german.rows().stream().filter(r -> r[german.columns().indexOf("bad")].equals("1")).count()).isEqualTo(300);
    }
}
