package org.banyan.simulator.loan;

/**
 * How a loan's repayment path turns out, computed from the path itself (never drawn separately), so
 * labels always agree with the emitted loan events. Epoch days; {@link #NONE} when it never happens.
 *
 * @param defaultEpochDay   first day at 90+ days past due
 * @param maxDpd12m         worst days past due within 365 days of disbursement
 */
public record LoanOutcome(long firstMissEpochDay, long defaultEpochDay, long chargeOffEpochDay, int maxDpd12m,
        long disbursedEpochDay) {

    public static final long NONE = Long.MIN_VALUE;

    /** The training label: 90+ days past due within 12 months of disbursement. */
    public boolean default12m() {
        return defaultEpochDay != NONE && defaultEpochDay <= disbursedEpochDay + 365;
    }
}
