package org.banyan.recommendation.campaign;

import org.banyan.common.error.BanyanException;
import org.banyan.recommendation.catalogue.Catalogue;
import org.banyan.recommendation.catalogue.Product;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.util.List;
import java.util.UUID;

/** Campaign definitions: checked against the catalogue and profile-service's segment when created. */
@Service
class Campaigns {

    private final CampaignRepository repository;
    private final Catalogue catalogue;
    private final SegmentDirectory segments;
    private final Clock clock;

    Campaigns(CampaignRepository repository, Catalogue catalogue, SegmentDirectory segments, Clock clock) {
        this.repository = repository;
        this.catalogue = catalogue;
        this.segments = segments;
        this.clock = clock;
    }

    /** Creates the campaign, or returns the one created earlier under the same idempotency key. */
    Created create(CampaignRequest request, String idempotencyKey) {
        if (idempotencyKey != null) {
            var earlier = repository.findByKey(idempotencyKey);
            if (earlier.isPresent()) {
                return new Created(earlier.get(), false);
            }
        }
        for (String productId : request.productIds()) {
            Product product = catalogue.find(productId)
                    .orElseThrow(() -> BanyanException.invalid("productIds: unknown product '" + productId + "'"));
            if (product.status() != Product.Status.ACTIVE || !product.channels().contains(request.channel())) {
                throw BanyanException.invalid("productIds: '" + productId + "' is not offered on " + request.channel());
            }
        }
        if (segments.count(request.segmentId()) == 0) {
            throw BanyanException.invalid("segmentId: segment '" + request.segmentId() + "' has no members");
        }
        Campaign campaign = new Campaign(UUID.randomUUID().toString(), request.name(), request.segmentId(),
                List.copyOf(request.productIds()), request.channel(), request.budget(), request.holdout(),
                request.targetingOrDefault(), request.attribution(), request.scheduledAt(), Campaign.Status.SCHEDULED,
                null, clock.instant(), null, null, null, null);
        if (!repository.insert(campaign, idempotencyKey)) {
            return new Created(repository.findByKey(idempotencyKey).orElseThrow(), false);
        }
        return new Created(campaign, true);
    }

    Campaign get(String id) {
        return repository.find(id).orElseThrow(() -> BanyanException.notFound("Campaign", id));
    }

    List<Campaign> list() {
        return repository.list();
    }

    record Created(Campaign campaign, boolean created) {
    }
}
