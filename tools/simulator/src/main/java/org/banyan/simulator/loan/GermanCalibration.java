package org.banyan.simulator.loan;

import org.banyan.simulator.core.Rng;
import org.banyan.simulator.customer.Housing;

import java.util.Map;

/**
 * Distributions taken from the German credit data ({@code ../shared/data/german-credit/german.data},
 * 1,000 applications, 300 bad). The counts are copied here so the simulator runs without the file;
 * {@code GermanCalibrationTest} recomputes them from the file and fails if they drift.
 *
 * <p>Marginals (term, purpose) are used as they are. Risk relationships are used as log odds ratios of
 * each category's bad rate against the overall 30%, shrunk towards it (so a category seen 9 times
 * cannot swing risk wildly) and then damped, because the German sample over-represents bads.
 */
public final class GermanCalibration {

    /** Overall bad rate of the German data. */
    public static final double GERMAN_BAD_RATE = 0.30;
    /** Pseudo-count of the shrinkage towards the overall bad rate. */
    private static final double SHRINK = 20;

    /** Duration in months -> number of applications (attribute 2). */
    public static final Map<Integer, Integer> TERM_COUNTS = Map.ofEntries(
            Map.entry(4, 6), Map.entry(5, 1), Map.entry(6, 75), Map.entry(7, 5), Map.entry(8, 7), Map.entry(9, 49),
            Map.entry(10, 28), Map.entry(11, 9), Map.entry(12, 179), Map.entry(13, 4), Map.entry(14, 4),
            Map.entry(15, 64), Map.entry(16, 2), Map.entry(18, 113), Map.entry(20, 8), Map.entry(21, 30),
            Map.entry(22, 2), Map.entry(24, 184), Map.entry(26, 1), Map.entry(27, 13), Map.entry(28, 3),
            Map.entry(30, 40), Map.entry(33, 3), Map.entry(36, 83), Map.entry(39, 5), Map.entry(40, 1),
            Map.entry(42, 11), Map.entry(45, 5), Map.entry(47, 1), Map.entry(48, 48), Map.entry(54, 2),
            Map.entry(60, 13), Map.entry(72, 1));

    /** Purpose -> {applications, bads}. */
    public static final Map<Purpose, int[]> PURPOSE_COUNTS = Map.of(
            Purpose.CAR_NEW, new int[] {234, 89}, Purpose.CAR_USED, new int[] {103, 17},
            Purpose.FURNITURE, new int[] {181, 58}, Purpose.ELECTRONICS, new int[] {280, 62},
            Purpose.APPLIANCES, new int[] {12, 4}, Purpose.RENOVATION, new int[] {22, 8},
            Purpose.EDUCATION, new int[] {50, 22}, Purpose.RETRAINING, new int[] {9, 1},
            Purpose.BUSINESS, new int[] {97, 34}, Purpose.OTHER, new int[] {12, 5});

    /** Employment length -> {applications, bads}. */
    public static final Map<EmploymentLength, int[]> EMPLOYMENT_COUNTS = Map.of(
            EmploymentLength.UNEMPLOYED, new int[] {62, 23}, EmploymentLength.LT_1Y, new int[] {172, 70},
            EmploymentLength.Y1_TO_4, new int[] {339, 104}, EmploymentLength.Y4_TO_7, new int[] {174, 39},
            EmploymentLength.GE_7Y, new int[] {253, 64});

    /** Housing -> {applications, bads}. */
    public static final Map<Housing, int[]> HOUSING_COUNTS = Map.of(
            Housing.OWN, new int[] {713, 186}, Housing.RENT, new int[] {179, 70}, Housing.FREE, new int[] {108, 44});

    /** Mean and standard deviation of ln(credit amount) and its correlation with ln(duration). */
    public static final double LOG_AMOUNT_SD = 0.776;
    public static final double LOG_AMOUNT_LOG_TERM_CORRELATION = 0.622;

    private final int[] terms;
    private final double[] termCumulative;
    private final Purpose[] purposes = Purpose.values();
    private final double[] purposeCumulative;

    public GermanCalibration() {
        terms = TERM_COUNTS.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
        double[] w = new double[terms.length];
        for (int i = 0; i < terms.length; i++) {
            w[i] = TERM_COUNTS.get(terms[i]);
        }
        termCumulative = Rng.cumulative(w);
        double[] p = new double[purposes.length];
        for (Purpose purpose : purposes) {
            p[purpose.ordinal()] = PURPOSE_COUNTS.get(purpose)[0];
        }
        purposeCumulative = Rng.cumulative(p);
    }

    public int term(Rng rng) {
        return terms[rng.pick(termCumulative)];
    }

    public Purpose purpose(Rng rng) {
        return purposes[rng.pick(purposeCumulative)];
    }

    public static double logOddsRatio(Purpose p) {
        return logOddsRatio(PURPOSE_COUNTS.get(p));
    }

    public static double logOddsRatio(EmploymentLength e) {
        return logOddsRatio(EMPLOYMENT_COUNTS.get(e));
    }

    public static double logOddsRatio(Housing h) {
        return logOddsRatio(HOUSING_COUNTS.get(h));
    }

    private static double logOddsRatio(int[] counts) {
        double rate = (counts[1] + GERMAN_BAD_RATE * SHRINK) / (counts[0] + SHRINK);
        return logit(rate) - logit(GERMAN_BAD_RATE);
    }

    static double logit(double p) {
        return StrictMath.log(p / (1 - p));
    }
}
