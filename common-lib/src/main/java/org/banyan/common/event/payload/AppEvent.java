package org.banyan.common.event.payload;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * {@code bank.app-events.v1}: one interaction in a digital channel. {@code name} is open-ended
 * (login, page_view, product_view, apply_start, ...) so channels can add events without a new version.
 */
public record AppEvent(
        @NotBlank String sessionId,
        @NotBlank String name,
        String productId,
        String page,
        @NotBlank String deviceId,
        @NotNull Channel channel) {

    public enum Channel { MOBILE, WEB }
}
