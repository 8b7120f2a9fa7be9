package org.banyan.simulator.loan;

import java.time.LocalDate;

/** Equal monthly instalments (annuity) and due dates, in cents. */
public final class LoanSchedule {

    private LoanSchedule() {
    }

    public static long installment(long principalCents, double annualRate, int termMonths) {
        double r = annualRate / 12;
        if (r <= 0) {
            return (principalCents + termMonths - 1) / termMonths;
        }
        double factor = StrictMath.pow(1 + r, termMonths);
        return Math.round(principalCents * r * factor / (factor - 1));
    }

    /** Due date of instalment k (1-based): same day of month as disbursement, clamped to month end. */
    public static LocalDate dueDate(LocalDate disbursed, int k) {
        return disbursed.plusMonths(k);
    }

    /** Principal part of one instalment given the balance before it; the last one clears the balance. */
    public static long principalPart(long balance, long installment, double annualRate, boolean last) {
        if (last) {
            return balance;
        }
        long interest = Math.round(balance * annualRate / 12);
        return Math.max(0, Math.min(balance, installment - interest));
    }
}
