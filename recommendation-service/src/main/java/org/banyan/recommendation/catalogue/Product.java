package org.banyan.recommendation.catalogue;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * A catalogue entry. {@code riskLevel} is set for wealth products only. An offer may be made while the
 * product is {@link Status#ACTIVE} and inside its validity window, on one of its channels.
 */
public record Product(
        String productId,
        String name,
        ProductType type,
        RiskLevel riskLevel,
        Eligibility eligibility,
        Set<Channel> channels,
        Instant validFrom,
        Instant validUntil,
        Status status,
        List<InterestSignal> interestSignals,
        String description,
        int version,
        Instant createdAt,
        Instant updatedAt) {

    public enum Status { ACTIVE, RETIRED }

    public Product {
        channels = Set.copyOf(channels);
        interestSignals = List.copyOf(interestSignals);
    }

    /** Active and inside its validity window at {@code now}. */
    public boolean offerableAt(Instant now) {
        return status == Status.ACTIVE
                && (validFrom == null || !now.isBefore(validFrom))
                && (validUntil == null || now.isBefore(validUntil));
    }
}
