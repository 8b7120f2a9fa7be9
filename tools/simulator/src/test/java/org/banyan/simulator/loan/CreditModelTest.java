package org.banyan.simulator.loan;

import ml.dmlc.xgboost4j.java.Booster;
import ml.dmlc.xgboost4j.java.DMatrix;
import ml.dmlc.xgboost4j.java.XGBoost;
import ml.dmlc.xgboost4j.java.XGBoostError;
import org.banyan.simulator.core.SimulationConfig;
import org.banyan.simulator.support.Auc;
import org.banyan.simulator.support.Csv;
import org.banyan.simulator.support.Runs;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The labelled loan applications of a population large enough for statistics (40,000 customers, whose
 * three-year back book holds about 11,000 personal loans): default rates, drift, and learnability.
 */
class CreditModelTest {

    private static final String[] NUMERIC = {"amount", "term_months", "annual_rate", "installment",
            "employment_years", "existing_credits", "monthly_income", "monthly_debt_payments", "debt_to_income",
            "dependents", "age", "city_tier", "kyc_level", "tenure_months", "card_utilisation", "savings_balance",
            "bureau_delinquencies_24m", "bureau_inquiries_6m", "external_loans"};
    /** Protected attributes (gender, marital status) are deliberately left out. */
    private static final String[] CATEGORICAL = {"purpose", "employment_length", "housing", "education",
            "occupation", "channel"};

    @TempDir
    static Path run;

    static List<Map<String, String>> loans;

    @BeforeAll
    static void generateLargerPopulation() {
        SimulationConfig config = Runs.tiny().withCustomers(40_000).withDays(20).withTransactionLabelSample(0);
        Runs.generate(config, run, false);
        loans = Csv.read(run.resolve("training/loan_applications.csv"));
    }

    @Test
    void personalLoansDefaultAtThreeToEightPercentWithinAYear() {
        // given the labelled personal loans
        assertThat(loans).hasSizeGreaterThan(8_000);

        // when the 12-month default rate is measured
        double rate = defaultRate(loans);

        // then it is a plausible consumer-lending rate
        assertThat(rate).isBetween(0.03, 0.08);
    }

    @Test
    void aDownturnRaisesDefaults(@TempDir Path drifted) {
        // given the same population in a downturn (macro factor 1.6)
        SimulationConfig config = Runs.tiny().withCustomers(40_000).withDays(1).withTransactionLabelSample(0);
        Runs.generate(config.withMacroFactor(1.6), drifted, false);

        // when its loans' default rate is compared with the neutral economy
        double downturn = defaultRate(Csv.read(drifted.resolve("training/loan_applications.csv")));

        // then it is clearly higher
        System.out.printf("default rate at macro 1.0: %.4f, at macro 1.6: %.4f%n", defaultRate(loans), downturn);
        assertThat(downturn).isGreaterThan(defaultRate(loans) * 1.25);
    }

    @Test
    void aGradientBoostedModelBeatsChanceClearlyButIsNotPerfect() throws XGBoostError {
        // given a 70/30 split of the labelled loans, by application id
        List<Map<String, String>> train = new ArrayList<>();
        List<Map<String, String>> test = new ArrayList<>();
        for (Map<String, String> loan : loans) {
            (Math.floorMod(loan.get("application_id").hashCode() * 31 + 7, 10) < 7 ? train : test).add(loan);
        }
        Encoder encoder = new Encoder(loans);

        // when xgboost is trained on the application features and scores the held-out loans
        Booster booster = XGBoost.train(encoder.matrix(train), Map.of("objective", "binary:logistic", "eta", 0.1,
                "max_depth", 4, "subsample", 0.8, "min_child_weight", 5, "seed", 7, "nthread", 2), 150,
                Map.of(), null, null);
        float[][] predictions = booster.predict(encoder.matrix(test));
        double[] scores = new double[predictions.length];
        for (int i = 0; i < scores.length; i++) {
            scores[i] = predictions[i][0];
        }
        double auc = Auc.of(scores, labels(test));
        System.out.printf("held-out AUC %.3f on %d loans (%d training), default rate %.4f%n", auc, test.size(),
                train.size(), defaultRate(loans));

        // then it ranks defaulters well above chance, but the hidden part of risk keeps it imperfect
        assertThat(auc).isBetween(0.70, 0.95);
    }

    private static double defaultRate(List<Map<String, String>> rows) {
        return rows.stream().mapToInt(r -> Integer.parseInt(r.get("default_12m"))).average().orElseThrow();
    }

    private static int[] labels(List<Map<String, String>> rows) {
        return rows.stream().mapToInt(r -> Integer.parseInt(r.get("default_12m"))).toArray();
    }

    /** Numeric columns as they are, categorical ones as codes (trees need no one-hot). */
    private static final class Encoder {
        private final Map<String, Map<String, Integer>> codes = new HashMap<>();

        Encoder(List<Map<String, String>> rows) {
            for (String column : CATEGORICAL) {
                Map<String, Integer> map = new HashMap<>();
                rows.stream().map(r -> r.get(column)).distinct().sorted()
                        .forEach(v -> map.put(v, map.size()));
                codes.put(column, map);
            }
        }

        DMatrix matrix(List<Map<String, String>> rows) throws XGBoostError {
            int width = NUMERIC.length + CATEGORICAL.length;
            float[] data = new float[rows.size() * width];
            float[] labels = new float[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                Map<String, String> r = rows.get(i);
                for (int j = 0; j < NUMERIC.length; j++) {
                    data[i * width + j] = Float.parseFloat(r.get(NUMERIC[j]));
                }
                for (int j = 0; j < CATEGORICAL.length; j++) {
                    data[i * width + NUMERIC.length + j] = codes.get(CATEGORICAL[j]).get(r.get(CATEGORICAL[j]));
                }
                labels[i] = Float.parseFloat(r.get("default_12m"));
            }
            DMatrix matrix = new DMatrix(data, rows.size(), width, Float.NaN);
            matrix.setLabel(labels);
            return matrix;
        }
    }
}
