package org.banyan.monitoring.rule;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.PositiveOrZero;
import org.banyan.common.event.payload.Severity;

import java.math.BigDecimal;
import java.util.List;

/** The body of PUT /api/v1/monitoring/rules/{name}. */
record RuleRequest(@NotNull RuleKind kind, String topic, String condition, String valueField,
        @PositiveOrZero Long windowSeconds, BigDecimal threshold, List<@NotBlank @Pattern(regexp = "[A-Za-z0-9_.-]+") String> requires,
        @NotNull Severity severity, @PositiveOrZero Long dedupeSeconds, Boolean enabled) {

    long window() {
        return windowSeconds == null ? 0 : windowSeconds;
    }

    long dedupe() {
        return dedupeSeconds == null ? 0 : dedupeSeconds;
    }
}
