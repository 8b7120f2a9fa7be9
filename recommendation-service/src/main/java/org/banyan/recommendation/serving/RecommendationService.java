package org.banyan.recommendation.serving;

import org.banyan.recommendation.catalogue.Channel;
import org.banyan.recommendation.eligibility.OfferContext;
import org.banyan.recommendation.eligibility.OfferFilters;
import org.banyan.recommendation.experiment.Assignment;
import org.banyan.recommendation.experiment.Experiments;
import org.banyan.recommendation.features.CustomerFeatureStore;
import org.banyan.recommendation.features.CustomerFeatures;
import org.banyan.recommendation.interactions.CustomerHistory;
import org.banyan.recommendation.interactions.Interactions;
import org.banyan.recommendation.ranking.Ranker;
import org.banyan.recommendation.ranking.RankedOffer;
import org.banyan.recommendation.ranking.Ranking;
import org.banyan.recommendation.ranking.Strategy;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Real-time recommendations from local state only: the customer's kept features, interaction history
 * and contact history (three indexed reads) and in-memory models; the served offers are written behind
 * the response. No call to another service on the request path.
 */
@Service
class RecommendationService {

    private final CustomerFeatureStore features;
    private final Interactions interactions;
    private final OfferFilters filters;
    private final Experiments experiments;
    private final Ranker ranker;
    private final ServedOfferWriter log;
    private final Clock clock;

    RecommendationService(CustomerFeatureStore features, Interactions interactions, OfferFilters filters,
            Experiments experiments, Ranker ranker, ServedOfferWriter log, Clock clock) {
        this.features = features;
        this.interactions = interactions;
        this.filters = filters;
        this.experiments = experiments;
        this.ranker = ranker;
        this.log = log;
        this.clock = clock;
    }

    Served recommend(String customerId, Channel channel, int limit) {
        Instant now = clock.instant();
        CustomerFeatures customer = features.find(customerId);
        CustomerHistory history = interactions.history(customerId);
        OfferContext context = new OfferContext(customer, history, filters.contactsFor(customerId, channel, now),
                channel, now);
        Optional<Assignment> assignment = experiments.assign(customerId);
        Strategy strategy = assignment.map(Assignment::strategy).orElse(ranker.defaultStrategy());
        Ranking ranking = ranker.rank(context, strategy, limit);
        List<ServedRecommendation> served = new ArrayList<>();
        for (RankedOffer offer : ranking.offers()) {
            served.add(new ServedRecommendation(UUID.randomUUID(), customerId, offer.product().productId(),
                    channel.name(), served.size() + 1, offer.score(), offer.reason(), strategy.name(),
                    assignment.map(Assignment::experimentId).orElse(null),
                    assignment.map(Assignment::variant).orElse(null), now));
        }
        log.write(served);
        return new Served(customer.known(), strategy, assignment, ranking, served);
    }

    /** What one request served, with the ranking behind it. */
    record Served(boolean knownCustomer, Strategy strategy, Optional<Assignment> assignment, Ranking ranking,
            List<ServedRecommendation> offers) {
    }
}
