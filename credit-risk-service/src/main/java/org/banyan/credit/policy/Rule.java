package org.banyan.credit.policy;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * One policy rule: when {@code expression} is true for an application, {@code action} applies and the
 * applicant is told {@code reasonText} under {@code reasonCode}.
 */
record Rule(
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9_]{1,39}", message = "must be upper-case letters, digits and '_', 2 to 40") String code,
        @NotBlank @Size(max = 200) String description,
        @NotBlank @Size(max = 500) String expression,
        @NotNull RuleAction action,
        @NotBlank @Pattern(regexp = "[A-Z][A-Z0-9]{1,9}", message = "must be upper-case letters and digits, 2 to 10") String reasonCode,
        @NotBlank @Size(max = 200) String reasonText) {
}
