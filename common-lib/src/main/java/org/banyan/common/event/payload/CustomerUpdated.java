package org.banyan.common.event.payload;

import jakarta.validation.Valid;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.PastOrPresent;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * {@code bank.customers.v1}: a customer's basic attributes as core banking knows them now.
 * The full current state, not a delta, so a consumer can upsert it.
 * <p>
 * {@code riskTolerance} was added on 2026-11-22 as an optional field (additive change, topic version
 * unchanged): null or absent when the customer has no current suitability assessment, or when the
 * producer predates it.
 */
public record CustomerUpdated(
        @NotNull @Past LocalDate birthDate,
        @NotNull Gender gender,
        @NotBlank String city,
        @Min(1) @Max(5) int cityTier,
        @NotBlank String occupation,
        @NotBlank String education,
        @NotNull MaritalStatus maritalStatus,
        @NotNull @DecimalMin("0.00") BigDecimal incomeMonthly,
        @Min(1) @Max(3) int kycLevel,
        @NotNull @Valid Consent consent,
        @NotNull @PastOrPresent LocalDate joinDate,
        String nationalId,
        String phone,
        RiskTolerance riskTolerance) {

    /** A producer that does not assess risk tolerance: the field stays absent. */
    public CustomerUpdated(LocalDate birthDate, Gender gender, String city, int cityTier, String occupation,
            String education, MaritalStatus maritalStatus, BigDecimal incomeMonthly, int kycLevel, Consent consent,
            LocalDate joinDate, String nationalId, String phone) {
        this(birthDate, gender, city, cityTier, occupation, education, maritalStatus, incomeMonthly, kycLevel, consent,
                joinDate, nationalId, phone, null);
    }

    public enum Gender { FEMALE, MALE, OTHER }

    /**
     * The customer's assessed investment risk tolerance from the bank's suitability questionnaire:
     * R1 (conservative) to R5 (aggressive). A wealth product of a higher risk level is unsuitable.
     */
    public enum RiskTolerance { R1, R2, R3, R4, R5 }

    public enum MaritalStatus { SINGLE, MARRIED, DIVORCED, WIDOWED }

    /** Marketing and data-use consents the customer gave. */
    public record Consent(boolean marketingEmail, boolean marketingSms, boolean marketingPush, boolean dataSharing) {
    }
}
