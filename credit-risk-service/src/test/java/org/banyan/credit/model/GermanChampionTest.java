package org.banyan.credit.model;

import org.banyan.credit.feature.FeatureCatalogue;
import org.banyan.credit.scorecard.Scorecard;
import org.banyan.credit.scorecard.ScorecardProperties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The champion's recipe, trained once on the German credit data exactly as the platform's training job
 * does it, then used to score live applications: cross-validated quality, PD, explanation and reasons.
 */
class GermanChampionTest {

    private static TrainedModel trained;
    private static LoadedModel model;
    private static final Scorecard SCORECARD = new Scorecard(TestScorecards.defaults());

    @BeforeAll
    static void train() {
        TrainingSet set = TrainingSet.of(GermanCredit.load(TestData.directory()), GermanCredit.featureSpec(),
                TrainingLimits.DEFAULT);
        trained = new XgbTrainer(2, SCORECARD).train(set, TrainingParams.DEFAULTS, Validation.DEFAULT);
        model = new LoadedModel("german-credit-test", trained.spec(), trained.trees(), trained.binary(), 2);
    }

    @AfterAll
    static void release() {
        model.close();
    }

    static Map<String, Object> strongApplicant() {
        Map<String, Object> f = new HashMap<>();
        f.put("checking_status", "NONE");
        f.put("term_months", 12.0);
        f.put("credit_history", "PAID_DULY");
        f.put("purpose", "CAR_USED");
        f.put("amount", 2_500.0);
        f.put("savings", "NONE");
        f.put("employment_length", "GE_7Y");
        f.put("installment_rate", 1.0);
        f.put("guarantor", "NONE");
        f.put("residence_years", 4.0);
        f.put("property", "REAL_ESTATE");
        f.put("age", 45.0);
        f.put("other_installment_plans", "NONE");
        f.put("housing", "OWN");
        f.put("existing_credits", 1.0);
        f.put("job", "SKILLED");
        f.put("dependents", 1.0);
        f.put("has_telephone", 1.0);
        return f;
    }

    static Map<String, Object> weakApplicant() {
        Map<String, Object> f = strongApplicant();
        f.put("checking_status", "NEGATIVE");
        f.put("term_months", 48.0);
        f.put("credit_history", "CRITICAL");
        f.put("purpose", "EDUCATION");
        f.put("amount", 12_000.0);
        f.put("savings", "LT_100");
        f.put("employment_length", "LT_1Y");
        f.put("installment_rate", 4.0);
        f.put("property", "NONE");
        f.put("age", 23.0);
        f.put("housing", "RENT");
        return f;
    }

    @Test
    void stratifiedFiveFoldCrossValidationReachesAnAucOf078() {
        ModelMetrics metrics = trained.metrics();
        System.out.printf("German 5-fold CV: %s%n", metrics);

        assertThat(metrics.auc()).isGreaterThanOrEqualTo(0.78);
        assertThat(metrics.gini()).isCloseTo(2 * metrics.auc() - 1, within(1e-3));
        assertThat(metrics.ks()).isBetween(0.3, 1.0);
        assertThat(metrics.foldAuc()).hasSize(5);
        assertThat(metrics.method()).contains("5-fold");
    }

    @Test
    void protectedAttributesAreReportedOnButNeverFeatures() {
        assertThat(trained.metrics().fairness()).containsOnlyKeys("personal_status", "foreign_worker");
        assertThat(trained.metrics().fairness().get("personal_status").groups()).extracting(ModelMetrics.GroupMetrics::group)
                .containsExactly("A91", "A92", "A93", "A94");
        assertThat(trained.spec().featureNames()).doesNotContain("personal_status", "foreign_worker");
    }

    @Test
    void strongApplicantLandsInAnApprovingBand() {
        double pd = model.predict(strongApplicant()::get, false).pd();

        System.out.printf("strong applicant: pd %.4f, %d points%n", pd, SCORECARD.points(pd));
        assertThat(SCORECARD.grade(SCORECARD.points(pd)).action()).isEqualTo(ScorecardProperties.Action.APPROVE);
    }

    @Test
    void weakApplicantLandsInADecliningBand() {
        double pd = model.predict(weakApplicant()::get, false).pd();

        System.out.printf("weak applicant: pd %.4f, %d points%n", pd, SCORECARD.points(pd));
        assertThat(SCORECARD.grade(SCORECARD.points(pd)).action()).isEqualTo(ScorecardProperties.Action.DECLINE);
    }

    @Test
    void contributionsAddUpToTheModelsLogOdds() {
        LoadedModel.Prediction prediction = model.predict(weakApplicant()::get, true);
        double margin = 0;
        for (float c : prediction.contributions()) {
            margin += c;
        }

        assertThat(1 / (1 + Math.exp(-margin))).isCloseTo(prediction.pd(), within(1e-4));
    }

    @Test
    void reasonsAreTheRiskiestFeaturesAsCatalogueCodesAtMostFour() {
        LoadedModel.Prediction prediction = model.predict(weakApplicant()::get, true);
        List<ModelScore.Contribution> contributions = ModelScoring.perFeature(model.layout(), prediction.contributions());

        List<ModelScore.Reason> reasons = ModelScoring.reasons(contributions);

        assertThat(reasons).hasSizeBetween(1, 4);
        assertThat(reasons.getFirst().feature()).isEqualTo(contributions.getFirst().feature());
        assertThat(reasons).allSatisfy(r -> {
            assertThat(r.contribution()).isPositive();
            assertThat(r.code()).isEqualTo(FeatureCatalogue.reasonFor(r.feature()).code());
        });
        assertThat(reasons.stream().map(ModelScore.Reason::code).distinct()).hasSameSizeAs(reasons);
    }

    @Test
    void predictingWithTheValidatedTreeCountMatchesTheStoredModel() {
        float[] row = new float[model.layout().width()];
        model.layout().encode(strongApplicant()::get, row, 0);

        float batch = model.predictBatch(row, 1)[0];

        assertThat(batch).isCloseTo(model.predict(strongApplicant()::get, false).pd(), within(1e-6f));
    }
}
