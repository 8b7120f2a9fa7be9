package org.banyan.common.event.payload;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Positive;

import java.util.List;

/**
 * {@code profile.tag-changes.v1}: the tags of one customer's profile that changed, and only those.
 * Values are JSON scalars (boolean, number, string, ISO date) or null when a tag lost its value.
 */
public record TagsChanged(
        @Positive long profileVersion,
        @NotEmpty List<@Valid Change> changes) {

    public record Change(@NotBlank String tag, Object oldValue, Object newValue) {
    }
}
