package org.banyan.recommendation.eligibility;

import org.banyan.recommendation.catalogue.Channel;
import org.banyan.recommendation.catalogue.Eligibility;
import org.banyan.recommendation.catalogue.Product;
import org.banyan.recommendation.catalogue.ProductType;
import org.banyan.recommendation.catalogue.RiskLevel;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Test products: active, valid, on MOBILE and SMS, open to everyone unless a test says otherwise. */
class ProductBuilder {

    private final String id;
    private final ProductType type;
    private RiskLevel riskLevel;
    private Eligibility eligibility = Eligibility.NONE;
    private Set<Channel> channels = Set.of(Channel.MOBILE, Channel.SMS);
    private Instant validFrom;
    private Instant validUntil;

    ProductBuilder(String id, ProductType type) {
        this.id = id;
        this.type = type;
    }

    ProductBuilder riskLevel(RiskLevel level) {
        this.riskLevel = level;
        return this;
    }

    ProductBuilder eligibility(Eligibility eligibility) {
        this.eligibility = eligibility;
        return this;
    }

    ProductBuilder channels(Channel... channels) {
        this.channels = Set.of(channels);
        return this;
    }

    ProductBuilder validFrom(Instant from) {
        this.validFrom = from;
        return this;
    }

    ProductBuilder validUntil(Instant until) {
        this.validUntil = until;
        return this;
    }

    Product build() {
        return new Product(id, id + " product", type, riskLevel, eligibility, channels, validFrom, validUntil,
                Product.Status.ACTIVE, List.of(), null, 1, Instant.EPOCH, Instant.EPOCH);
    }
}
