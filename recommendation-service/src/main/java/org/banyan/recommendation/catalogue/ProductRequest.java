package org.banyan.recommendation.catalogue;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** A product as ADMIN/ANALYST write it; the cross-field rules name the field they are about. */
record ProductRequest(
        @NotBlank @Pattern(regexp = ProductRequest.ID_PATTERN, message = "must be 1-64 letters, digits, '.', '_' or '-'")
        String productId,
        @NotBlank @Size(max = 200) String name,
        @NotNull ProductType type,
        RiskLevel riskLevel,
        @Valid Eligibility eligibility,
        @NotEmpty Set<@NotNull Channel> channels,
        Instant validFrom,
        Instant validUntil,
        @Size(max = 20) List<@Valid @NotNull InterestSignal> interestSignals,
        @Size(max = 2000) String description) {

    static final String ID_PATTERN = "[A-Za-z0-9][A-Za-z0-9._-]{0,63}";

    @AssertTrue(message = "is required for WEALTH products and not allowed for others")
    boolean isRiskLevel() {
        return type == null || (type == ProductType.WEALTH) == (riskLevel != null);
    }

    @AssertTrue(message = "must be after validFrom")
    boolean isValidUntil() {
        return validFrom == null || validUntil == null || validUntil.isAfter(validFrom);
    }

    @AssertTrue(message = "maxAge must not be below minAge")
    boolean isEligibility() {
        return eligibility == null || eligibility.minAge() == null || eligibility.maxAge() == null
                || eligibility.maxAge() >= eligibility.minAge();
    }

    Eligibility eligibilityOrNone() {
        return eligibility == null ? Eligibility.NONE : eligibility;
    }

    List<InterestSignal> signalsOrNone() {
        return interestSignals == null ? List.of() : interestSignals;
    }
}
