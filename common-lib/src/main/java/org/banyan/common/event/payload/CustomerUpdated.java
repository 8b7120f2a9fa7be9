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
        String phone) {

    public enum Gender { FEMALE, MALE, OTHER }

    public enum MaritalStatus { SINGLE, MARRIED, DIVORCED, WIDOWED }

    /** Marketing and data-use consents the customer gave. */
    public record Consent(boolean marketingEmail, boolean marketingSms, boolean marketingPush, boolean dataSharing) {
    }
}
