package org.banyan.credit.application;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Past;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A loan application as a lender collects it. Amounts are in the bank's currency. Savings and
 * current-account balances are left out when the customer has no such account; property, job,
 * residence and contact details sharpen the decision when given. Phone, device and address are used
 * only to link applications and are kept as keyed hashes, never in clear.
 */
record ApplicationRequest(
        @NotBlank @Pattern(regexp = "[A-Za-z0-9_-]{1,64}", message = "must be 1 to 64 letters, digits, '_' or '-'") String customerId,
        @NotNull @DecimalMin("100") @DecimalMax("5000000") @Digits(integer = 9, fraction = 2) BigDecimal amount,
        @NotNull @Min(3) @Max(120) Integer termMonths,
        @NotNull Purpose purpose,
        @NotNull @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 9, fraction = 2) BigDecimal monthlyIncome,
        @NotNull @DecimalMin("0") @DecimalMax("10000000") @Digits(integer = 9, fraction = 2) BigDecimal monthlyDebtPayments,
        @NotNull EmploymentStatus employmentStatus,
        @DecimalMin("0") @DecimalMax("70") @Digits(integer = 2, fraction = 1) BigDecimal employmentYears,
        @NotNull Housing housing,
        @DecimalMin("0") @DecimalMax("100") @Digits(integer = 3, fraction = 1) BigDecimal residenceYears,
        @NotNull @Past LocalDate birthDate,
        @NotNull @Min(0) @Max(20) Integer dependents,
        @NotNull @Min(0) @Max(50) Integer existingCredits,
        @DecimalMin("0") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 2) BigDecimal savingsBalance,
        @DecimalMin("-100000000") @DecimalMax("1000000000") @Digits(integer = 10, fraction = 2) BigDecimal checkingAccountBalance,
        Property property,
        Job job,
        Guarantor guarantor,
        @Pattern(regexp = "\\+?[0-9][0-9 ()-]{5,24}", message = "must be a phone number") String phone,
        @Size(min = 4, max = 128) String deviceId,
        @Size(min = 5, max = 300) String address,
        Channel channel) {

    @AssertTrue(message = "must be after 1900-01-01")
    boolean isBirthDate() {
        return birthDate == null || birthDate.isAfter(LocalDate.of(1900, 1, 1));
    }

    enum Purpose { CAR_NEW, CAR_USED, FURNITURE, ELECTRONICS, APPLIANCES, RENOVATION, EDUCATION, VACATION, RETRAINING,
        BUSINESS, OTHER }

    enum EmploymentStatus { EMPLOYED, SELF_EMPLOYED, UNEMPLOYED, RETIRED, STUDENT }

    enum Housing { OWN, RENT, FREE }

    enum Property { REAL_ESTATE, SAVINGS_INSURANCE, CAR_OTHER, NONE }

    enum Job { UNSKILLED_NON_RESIDENT, UNSKILLED, SKILLED, HIGHLY_QUALIFIED }

    enum Guarantor { NONE, CO_APPLICANT, GUARANTOR }

    enum Channel { MOBILE, WEB, BRANCH, CALL_CENTRE }

    /** The form as stored: contact details left out (they live on only as link hashes). */
    ApplicationRequest withoutContactDetails() {
        return new ApplicationRequest(customerId, amount, termMonths, purpose, monthlyIncome, monthlyDebtPayments,
                employmentStatus, employmentYears, housing, residenceYears, birthDate, dependents, existingCredits,
                savingsBalance, checkingAccountBalance, property, job, guarantor, null, null, null, channel);
    }
}
