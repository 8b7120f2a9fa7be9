package org.banyan.common.event.payload;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/** {@code monitoring.alerts.v1}: an alert opened or changed by the early-warning service. */
public record AlertRaised(
        @NotBlank String alertId,
        @NotBlank String rule,
        @NotNull Severity severity,
        @NotBlank String subject,
        @NotNull Status status,
        @Min(1) int count,
        String summary) {

    public enum Status { OPEN, ACKNOWLEDGED, RESOLVED, DISMISSED }
}
