package org.banyan.simulator.loan;

/**
 * The applicant's situation on the application date, as the engine knows it (back-book applications
 * reconstruct it for a past date).
 */
public record ApplicantContext(int age, long incomeCents, double employmentYears, int existingCredits,
        long monthlyDebtCents, long savingsCents, double cardUtilisation, int tenureMonths, String deviceId,
        String channel) {
}
