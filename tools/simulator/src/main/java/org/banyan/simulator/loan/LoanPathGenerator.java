package org.banyan.simulator.loan;

import org.banyan.simulator.core.Rng;

import java.time.LocalDate;
import java.util.Arrays;

/**
 * Draws a repayment path from a 12-month probability of default. Default is drawn first (so the label
 * rate follows the PD exactly in expectation), then a path that produces it: an early first miss that
 * rolls to 90+ dpd, mostly never cured. Borrowers who do not default within a year still miss now and
 * then (cured within two months) and can default later.
 */
public final class LoanPathGenerator {

    /** Share of defaulters who later pay all arrears (recoveries before write-off). */
    private static final double LATE_CURE = 0.15;

    private LoanPathGenerator() {
    }

    public static byte[] generate(double pd12, int term, LocalDate disbursed, Rng rng) {
        byte[] path = new byte[term];
        if (rng.chance(pd12)) {
            defaultEarly(path, disbursed, rng);
        } else {
            transientMisses(path, pd12, rng);
            lateDefault(path, pd12, disbursed, rng);
        }
        return path;
    }

    /** All paid until instalment {@code firstMiss}, then never paid again: job loss, fraud rings. */
    public static byte[] missingFrom(int firstMiss, int term) {
        byte[] path = new byte[term];
        Arrays.fill(path, Math.max(0, Math.min(term, firstMiss - 1)), term, LoanPath.MISS);
        return path;
    }

    private static void defaultEarly(byte[] path, LocalDate disbursed, Rng rng) {
        int last = lastInstalmentDefaultingWithinYear(path.length, disbursed);
        double[] w = new double[last];
        for (int k = 0; k < last; k++) {
            w[k] = StrictMath.pow(0.82, k);
        }
        int firstMiss = 1 + rng.pick(Rng.cumulative(w));
        Arrays.fill(path, firstMiss - 1, path.length, LoanPath.MISS);
        int cureAt = firstMiss + rng.between(4, 5);
        if (rng.chance(LATE_CURE) && cureAt <= path.length) {
            Arrays.fill(path, cureAt - 1, path.length, LoanPath.PAY);
        }
    }

    private static void transientMisses(byte[] path, double pd12, Rng rng) {
        double q = 0.005 + 0.25 * pd12;
        for (int k = 1; k + 1 <= path.length; k++) {
            if (!rng.chance(q)) {
                continue;
            }
            path[k - 1] = LoanPath.MISS;
            boolean twoMonths = rng.chance(0.3) && k + 2 <= path.length;
            if (twoMonths) {
                path[k] = LoanPath.MISS;
            }
            k += twoMonths ? 2 : 1;
        }
    }

    /** After the first year the risk carries on as a monthly hazard; such defaults fall outside the label. */
    private static void lateDefault(byte[] path, double pd12, LocalDate disbursed, Rng rng) {
        int from = lastInstalmentDefaultingWithinYear(path.length, disbursed) + 1;
        double hazard = pd12 / 12 * 0.8;
        for (int k = from; k <= path.length; k++) {
            if (rng.chance(hazard)) {
                Arrays.fill(path, k - 1, path.length, LoanPath.MISS);
                return;
            }
        }
    }

    /** The last instalment whose miss still reaches 90 dpd within 365 days of disbursement. */
    static int lastInstalmentDefaultingWithinYear(int term, LocalDate disbursed) {
        long limit = disbursed.toEpochDay() + 365;
        int k = 1;
        while (k < term && LoanSchedule.dueDate(disbursed, k + 1).toEpochDay() + LoanPath.DEFAULT_DPD <= limit) {
            k++;
        }
        return k;
    }
}
