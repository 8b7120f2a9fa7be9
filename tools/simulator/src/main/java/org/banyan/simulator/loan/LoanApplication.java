package org.banyan.simulator.loan;

import org.banyan.simulator.customer.Housing;
import org.banyan.simulator.product.Product;

import java.time.LocalDate;

/**
 * What a lender collects on an application form, plus the contact data that links applications of a
 * fraud ring. Every simulated application is booked (there is no legacy decline policy), so outcomes
 * exist for the whole through-the-door population.
 *
 * @param submittedAt       UTC epoch millis
 * @param existingCredits   credits at this bank including this one (German attribute 16)
 * @param monthlyDebtCents  existing monthly debt payments: other loans here and at other lenders
 * @param backBook          originated before the simulated window (its events before the window are not emitted)
 */
public record LoanApplication(String applicationId, String loanId, int customer, long submittedAt,
        LocalDate date, Product product, long amountCents, int termMonths, Purpose purpose, double annualRate,
        long installmentCents, EmploymentLength employmentLength, double employmentYears, Housing housing,
        int existingCredits, long monthlyIncomeCents, long monthlyDebtCents, int dependents, int age, String phone,
        String deviceId, String address, String channel, boolean backBook, ApplicantSnapshot applicant) {

    /** Debt service ratio after this loan: all monthly debt payments over monthly income. */
    public double debtToIncome() {
        if (monthlyIncomeCents <= 0) {
            return 9.99;
        }
        return Math.min(9.99, (double) (monthlyDebtCents + installmentCents) / monthlyIncomeCents);
    }
}
