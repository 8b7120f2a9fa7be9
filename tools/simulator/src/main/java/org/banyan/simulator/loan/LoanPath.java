package org.banyan.simulator.loan;

import java.time.LocalDate;

/**
 * One byte per instalment: paid on its due date (together with any arrears) or missed. The whole
 * lifetime is decided at disbursement so the 12-month label is known even when the simulated window
 * ends sooner; events are read off it day by day.
 */
public final class LoanPath {

    public static final byte PAY = 0;
    public static final byte MISS = 1;
    /** Days past due at which a loan counts as defaulted (Basel) and at which it is written off. */
    public static final int DEFAULT_DPD = 90;
    public static final int CHARGE_OFF_DPD = 180;

    private LoanPath() {
    }

    /** Replays the path: when it first misses, defaults, is charged off, and its worst dpd in 12 months. */
    public static LoanOutcome evaluate(byte[] path, LocalDate disbursed) {
        long start = disbursed.toEpochDay();
        long firstMiss = LoanOutcome.NONE;
        long defaulted = LoanOutcome.NONE;
        long oldestUnpaid = LoanOutcome.NONE;
        int maxDpd = 0;
        for (int k = 1; k <= path.length; k++) {
            long due = LoanSchedule.dueDate(disbursed, k).toEpochDay();
            if (oldestUnpaid != LoanOutcome.NONE && due - oldestUnpaid >= CHARGE_OFF_DPD) {
                break;
            }
            if (path[k - 1] == MISS) {
                if (oldestUnpaid == LoanOutcome.NONE) {
                    oldestUnpaid = due;
                    firstMiss = firstMiss == LoanOutcome.NONE ? due : firstMiss;
                }
                continue;
            }
            if (oldestUnpaid != LoanOutcome.NONE) {
                long dpd = due - oldestUnpaid;
                maxDpd = Math.max(maxDpd, dpdWithin12m(oldestUnpaid, due, start));
                if (dpd >= DEFAULT_DPD && defaulted == LoanOutcome.NONE) {
                    defaulted = oldestUnpaid + DEFAULT_DPD;
                }
                oldestUnpaid = LoanOutcome.NONE;
            }
        }
        long chargeOff = LoanOutcome.NONE;
        if (oldestUnpaid != LoanOutcome.NONE) {
            defaulted = defaulted == LoanOutcome.NONE ? oldestUnpaid + DEFAULT_DPD : defaulted;
            chargeOff = oldestUnpaid + CHARGE_OFF_DPD;
            maxDpd = Math.max(maxDpd, dpdWithin12m(oldestUnpaid, chargeOff, start));
        }
        return new LoanOutcome(firstMiss, defaulted, chargeOff, maxDpd, start);
    }

    /** Worst dpd reached between the first unpaid due date and {@code until}, counting only the first year. */
    private static int dpdWithin12m(long oldestUnpaid, long until, long disbursed) {
        long end = Math.min(until, disbursed + 365);
        return (int) Math.max(0, end - oldestUnpaid);
    }
}
