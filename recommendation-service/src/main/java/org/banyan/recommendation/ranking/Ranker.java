package org.banyan.recommendation.ranking;

import org.banyan.recommendation.candidates.CandidateModel;
import org.banyan.recommendation.candidates.CandidateModels;
import org.banyan.recommendation.candidates.CfScore;
import org.banyan.recommendation.candidates.Segments;
import org.banyan.recommendation.catalogue.Catalogue;
import org.banyan.recommendation.catalogue.Product;
import org.banyan.recommendation.catalogue.ProductType;
import org.banyan.recommendation.eligibility.Exclusion;
import org.banyan.recommendation.eligibility.OfferContext;
import org.banyan.recommendation.eligibility.OfferFilters;
import org.banyan.recommendation.propensity.PropensityModels;
import org.springframework.stereotype.Service;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Ranks offers for one customer: gathers candidates (collaborative filtering, interest tags, segment
 * popularity, then the rest of the catalogue), drops what a hard filter rules out, scores the rest with
 * the strategy and keeps the best. Used by real-time serving and campaigns alike.
 */
@Service
public class Ranker {

    /** Candidates scored per request, as a multiple of the offers asked for, so blending can reorder them. */
    static final int POOL_FACTOR = 5;
    static final int MIN_POOL = 30;

    private final Catalogue catalogue;
    private final CandidateModels candidates;
    private final PropensityModels propensity;
    private final OfferFilters filters;
    private final RankingProperties properties;

    Ranker(Catalogue catalogue, CandidateModels candidates, PropensityModels propensity, OfferFilters filters,
            RankingProperties properties) {
        this.catalogue = catalogue;
        this.candidates = candidates;
        this.propensity = propensity;
        this.filters = filters;
        this.properties = properties;
    }

    public Strategy defaultStrategy() {
        return properties.defaultStrategy();
    }

    /** The best {@code limit} offers, or none with the reason when the customer may not be contacted here. */
    public Ranking rank(OfferContext context, Strategy strategy, int limit) {
        return rank(context, strategy, limit, null, null);
    }

    /**
     * The best of the campaign's products for this customer, with model probabilities computed for the
     * whole page beforehand, scored on a scale that compares across customers, since a campaign picks the
     * best customers for its budget.
     */
    public Ranking rankForCampaign(OfferContext context, Strategy strategy, Set<String> campaignProducts,
            ModelScores scores) {
        return rank(context, strategy, 1, campaignProducts, scores);
    }

    private Ranking rank(OfferContext context, Strategy strategy, int limit, Set<String> onlyProducts,
            ModelScores precomputed) {
        CandidateModel model = candidates.current();
        Map<String, CfScore> cf = strategy == Strategy.POPULARITY ? Map.of()
                : model.similarity().score(context.history().strengthByProduct());
        boolean coldStart = context.history().isEmpty();
        Optional<Exclusion> blocked = filters.customerBlock(context);
        if (blocked.isPresent()) {
            return new Ranking(List.of(), List.of(blocked.get()), coldStart);
        }
        String segment = model.popularity().effectiveSegment(
                Segments.of(context.customer(), LocalDate.ofInstant(context.now(), ZoneOffset.UTC)));
        List<Exclusion> exclusions = new ArrayList<>();
        List<Product> eligible = new ArrayList<>();
        int wanted = Math.max(limit * POOL_FACTOR, MIN_POOL);
        for (String productId : pool(cf, model, segment, context, onlyProducts)) {
            Product product = catalogue.find(productId).orElse(null);
            if (product == null || (onlyProducts != null && !onlyProducts.contains(productId))) {
                continue;
            }
            filters.check(context, product).ifPresentOrElse(exclusions::add, () -> eligible.add(product));
            if (eligible.size() >= wanted) {
                break;
            }
        }
        ModelScores scores = strategy != Strategy.HYBRID ? ModelScores.NONE
                : precomputed != null ? precomputed : modelScores(context, model, eligible);
        ScoringInputs inputs = new ScoringInputs(context, model, segment, cf, scores, propensity);
        List<RankedOffer> offers = new Scorer(strategy, properties, catalogue, precomputed != null)
                .score(eligible, inputs).stream()
                .sorted(Comparator.comparingDouble(RankedOffer::score).reversed()
                        .thenComparing(o -> o.product().productId()))
                .limit(limit).toList();
        return new Ranking(offers, exclusions, coldStart);
    }

    /** Engagement per eligible product and propensity per eligible product type, for one customer. */
    private ModelScores modelScores(OfferContext context, CandidateModel model, List<Product> eligible) {
        Map<String, Double> engagement = model.engagement().score(context.customer().tags(),
                context.history().strengthByProduct(), eligible.stream().map(Product::productId).toList(),
                LocalDate.ofInstant(context.now(), ZoneOffset.UTC));
        Map<ProductType, Double> byType = new EnumMap<>(ProductType.class);
        for (Product product : eligible) {
            if (!byType.containsKey(product.type())) {
                propensity.score(context.customer(), product.type()).ifPresent(p -> byType.put(product.type(), p));
            }
        }
        return new ModelScores(engagement, byType);
    }

    /** Candidate ids, most promising first: CF, interest-tag matches, segment popularity, then everything else. */
    private Set<String> pool(Map<String, CfScore> cf, CandidateModel model, String segment, OfferContext context,
            Set<String> onlyProducts) {
        if (onlyProducts != null) {
            return onlyProducts;
        }
        Set<String> pool = new LinkedHashSet<>();
        cf.entrySet().stream()
                .sorted(Map.Entry.<String, CfScore>comparingByValue(Comparator.comparingDouble(CfScore::score)).reversed())
                .forEach(e -> pool.add(e.getKey()));
        for (Product product : catalogue.withInterestSignals()) {
            if (Scorer.interest(product, context.customer()).isPresent()) {
                pool.add(product.productId());
            }
        }
        pool.addAll(model.popularity().ranked(segment));
        catalogue.offerable().forEach(p -> pool.add(p.productId()));
        return pool;
    }
}
