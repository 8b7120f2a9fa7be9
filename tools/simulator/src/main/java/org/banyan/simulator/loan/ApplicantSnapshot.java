package org.banyan.simulator.loan;

/**
 * What the bank knows about the applicant besides the form at application time: the observable features
 * of the labelled training set. Protected attributes (gender, marital status) are included so fairness
 * can be measured; they must not be model inputs.
 */
public record ApplicantSnapshot(String gender, String maritalStatus, String education, String occupation,
        int cityTier, int kycLevel, int tenureMonths, double cardUtilisation, long savingsBalanceCents,
        int bureauDelinquencies24m, int bureauInquiries6m, int externalLoans) {
}
