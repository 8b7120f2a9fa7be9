package org.banyan.recommendation.catalogue;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

/**
 * A profile tag that shows interest in a product, with the plain-language reason shown when it does:
 * e.g. tag {@code spend_share_travel_90d} at least 0.15, "Based on your travel spending". A boolean tag
 * signals when true; a numeric one when it reaches {@code atLeast} (any positive value if unset).
 */
public record InterestSignal(
        @NotBlank @Size(max = 100) String tag,
        Double atLeast,
        @NotBlank @Size(max = 200) String reason) {

    /** Whether a customer's value of the tag shows the interest. */
    public boolean shownBy(Object value) {
        return switch (value) {
            case Boolean flag -> flag;
            case Number number -> atLeast == null ? number.doubleValue() > 0 : number.doubleValue() >= atLeast;
            case String text when atLeast == null -> Boolean.parseBoolean(text);
            case null, default -> false;
        };
    }
}
