package org.banyan.credit.bureau;

import java.math.BigDecimal;

/**
 * A bureau's answer. {@code available} false: the bureau could not be asked (a policy rule refers
 * such applications); {@code hit} false: it has no file on the customer (a thin file, not a bad one).
 */
public record BureauReport(boolean available, boolean hit, Integer delinquencies24m, Integer inquiries6m,
        Integer externalLoans, BigDecimal externalDebtMonthly, Integer oldestAccountMonths) {

    public static BureauReport unavailable() {
        return new BureauReport(false, false, null, null, null, null, null);
    }

    public static BureauReport noFile() {
        return new BureauReport(true, false, null, null, null, null, null);
    }

    /**
     * Repayment history in the categories of the German credit data (its attribute 3), so models
     * trained on it can read bureau data: no file means no credits taken.
     */
    public String creditHistory() {
        if (!available) {
            return null;
        }
        if (!hit) {
            return "NO_CREDITS_OR_ALL_PAID";
        }
        if (delinquencies24m >= 3) {
            return "CRITICAL";
        }
        return delinquencies24m > 0 ? "PAST_DELAY" : "PAID_DULY";
    }

    /** Instalment plans with other lenders (German attribute 14). */
    public String otherInstallmentPlans() {
        if (!available) {
            return null;
        }
        return hit && externalLoans > 0 ? "BANK" : "NONE";
    }
}
