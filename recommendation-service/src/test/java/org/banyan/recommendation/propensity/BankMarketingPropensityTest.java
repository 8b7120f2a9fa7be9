package org.banyan.recommendation.propensity;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The propensity pipeline on public data: will a client subscribe to a term deposit (UCI Bank
 * Marketing, 45,211 clients, 11.7% subscribed)? Measured on a hold-out the model never saw.
 * Figures go to docs/recommendation.md.
 */
class BankMarketingPropensityTest {

    static List<BankMarketingData.Client> clients;
    static FeatureSpec spec;
    static TrainingSet all;

    @BeforeAll
    static void load() throws Exception {
        var file = BankMarketingData.locate();
        assumeTrue(file.isPresent(), "../shared/data/" + BankMarketingData.FILE + " is not there");
        clients = BankMarketingData.read(file.get());
        spec = FeatureSpec.discover(clients.stream().map(BankMarketingData.Client::tags).toList(), Set.of(), 12);
        all = trainingSet(IntStream.range(0, clients.size()).toArray());
    }

    @Test
    void featureDiscoveryTurnsTheClientAttributesIntoColumns() {
        assertThat(clients).hasSize(45_211);
        assertThat(spec.columns()).contains("age", "balance", "housing", "job=management", "month=may",
                "poutcome=success").doesNotContain("duration");
    }

    @Test
    void onARandomHoldOutTheModelRanksSubscribersWellAboveChance() {
        PropensityTrainer.Result result = new PropensityTrainer(PropensityTrainer.Params.defaults()).trainAndEvaluate(all);

        report("random 68/12/20 split", result);
        assertThat(result.holdOut().auc()).isGreaterThan(0.76);
        assertThat(result.holdOut().liftTopDecile()).isGreaterThan(3.5);
    }

    @Test
    void onTheLatestFifthOfCallsTheModelStillBeatsChance() {
        // Rows are in date order: train on the first 80% (last 15% of that for early stopping), test on the rest.
        int n = clients.size();
        int testFrom = n * 8 / 10;
        int validFrom = testFrom * 85 / 100;
        PropensityTrainer trainer = new PropensityTrainer(PropensityTrainer.Params.defaults());
        PropensityTrainer.Fitted fitted = trainer.fit(all.select(IntStream.range(0, validFrom).toArray()),
                all.select(IntStream.range(validFrom, testFrom).toArray()));
        PropensityTrainer.Evaluation later = trainer.evaluate(fitted, all.select(IntStream.range(testFrom, n).toArray()));

        report("time split (train on earlier calls, test on the latest 20%)", new PropensityTrainer.Result(fitted, later));
        assertThat(later.auc()).isGreaterThan(0.6);
    }

    private static TrainingSet trainingSet(int[] rows) {
        LocalDate today = LocalDate.of(2026, 11, 22);
        float[] data = new float[rows.length * spec.width()];
        float[] labels = new float[rows.length];
        for (int k = 0; k < rows.length; k++) {
            BankMarketingData.Client client = clients.get(rows[k]);
            System.arraycopy(spec.vectorize(client.tags(), today), 0, data, k * spec.width(), spec.width());
            labels[k] = client.subscribed() ? 1 : 0;
        }
        return new TrainingSet(data, rows.length, spec.width(), labels);
    }

    private static void report(String protocol, PropensityTrainer.Result result) {
        var e = result.holdOut();
        System.out.printf("BANK-MARKETING %s: hold-out %d rows (%d subscribed, base rate %.4f): AUC %.4f, "
                        + "top-decile lift %.2f, %d trees, %d columns%n", protocol, e.rows(), e.positives(), e.baseRate(),
                e.auc(), e.liftTopDecile(), result.fitted().trees(), spec.width());
    }

}
