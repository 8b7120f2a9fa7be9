package org.banyan.credit.association;

import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * {@code banyan.credit.association.*}.
 *
 * @param linkKey    secret of the keyed hashes (env BANYAN_CREDIT_LINK_KEY); without it phone numbers
 *                   could be recovered from their hashes by trying them all. Changing it unlinks history.
 * @param windowDays how far back applications count as "recent"
 * @param maxHops    how many shared-detail steps a linked group may span (A-B share a phone, B-C a device...)
 * @param maxGroup   the most linked applications looked at (a larger group counts as this size)
 */
@Validated
@ConfigurationProperties("banyan.credit.association")
record AssociationProperties(@NotBlank @Size(min = 16) String linkKey, @Min(1) int windowDays, @Min(1) int maxHops,
        @Min(10) int maxGroup) {
}
