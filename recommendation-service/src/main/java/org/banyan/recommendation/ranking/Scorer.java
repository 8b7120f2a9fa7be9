package org.banyan.recommendation.ranking;

import org.banyan.recommendation.candidates.CfScore;
import org.banyan.recommendation.candidates.Popularity;
import org.banyan.recommendation.catalogue.Catalogue;
import org.banyan.recommendation.catalogue.InterestSignal;
import org.banyan.recommendation.catalogue.Product;
import org.banyan.recommendation.catalogue.ProductType;
import org.banyan.recommendation.features.CustomerFeatures;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Scores eligible candidates under a strategy and says why, in plain language, naming whichever
 * component contributed most to the score.
 */
final class Scorer {

    static final String REASON_LIKE_YOU = "Popular with customers like you";
    static final String REASON_POPULAR = "Popular with our customers";
    static final String REASON_PROFILE = "Matches your profile";
    static final String REASON_AVAILABLE = "Available to you";

    private final Strategy strategy;
    private final RankingProperties weights;
    private final Catalogue catalogue;
    private final boolean acrossCustomers;

    /**
     * @param acrossCustomers whether scores must compare across customers (a campaign picking customers)
     *                        rather than only across one customer's products (real time)
     */
    Scorer(Strategy strategy, RankingProperties weights, Catalogue catalogue, boolean acrossCustomers) {
        this.strategy = strategy;
        this.weights = weights;
        this.catalogue = catalogue;
        this.acrossCustomers = acrossCustomers;
    }

    List<RankedOffer> score(List<Product> eligible, ScoringInputs in) {
        double maxCf = eligible.stream().mapToDouble(p -> rawCf(in, p)).max().orElse(0);
        double maxEngagement = in.scores().engagement().values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Map<ProductType, Double> propensity = strategy == Strategy.HYBRID ? propensities(eligible, in) : Map.of();
        return eligible.stream().map(product -> {
            double cf = cf(in, product, maxCf);
            double popularity = in.model().popularity().score(in.segment(), product.productId());
            Double engagement = engagement(in, product, maxEngagement);
            Double prop = propensity.get(product.type());
            Optional<InterestSignal> interest = interest(product, in.context().customer());
            return switch (strategy) {
                case POPULARITY -> new RankedOffer(product, popularity, popularityReason(in, popularity));
                case ITEM_CF -> cf > 0 ? new RankedOffer(product, 0.5 + 0.5 * cf, cfReason(in, product))
                        : new RankedOffer(product, 0.5 * popularity, popularityReason(in, popularity));
                case HYBRID -> hybrid(in, product, new double[] {cf, popularity, orZero(engagement), orZero(prop),
                        interest.isPresent() ? 1 : 0}, new boolean[] {maxCf > 0, true, engagement != null,
                        prop != null, true}, interest);
            };
        }).toList();
    }

    /**
     * The engagement model's probability for the product, null without a model for it: relative to the
     * customer's likeliest candidate in real time, p / (p + the product's base rate) across customers.
     */
    private Double engagement(ScoringInputs in, Product product, double max) {
        Double p = in.scores().engagement().get(product.productId());
        if (p == null) {
            return null;
        }
        if (acrossCustomers) {
            double base = in.model().engagement().baseRates().getOrDefault(product.productId(), 0.0);
            return p + base == 0 ? 0 : p / (p + base);
        }
        return max > 0 ? p / max : 0;
    }

    private static double orZero(Double value) {
        return value == null ? 0 : value;
    }

    /**
     * The weighted blend. Components with no evidence behind them drop out of the weights rather than
     * count as zero: collaborative filtering for a customer with no history, propensity for a product type
     * without a model.
     */
    private RankedOffer hybrid(ScoringInputs in, Product product, double[] components, boolean[] present,
            Optional<InterestSignal> interest) {
        double[] configured = {weights.cfWeight(), weights.popularityWeight(), weights.engagementWeight(),
                weights.propensityWeight(), weights.interestWeight()};
        double[] w = new double[configured.length];
        for (int k = 0; k < w.length; k++) {
            w[k] = present[k] ? configured[k] : 0;
        }
        double total = 0;
        double score = 0;
        int strongest = -1;
        double strongestContribution = 0;
        for (int k = 0; k < w.length; k++) {
            total += w[k];
            score += w[k] * components[k];
            if (w[k] * components[k] > strongestContribution) {
                strongestContribution = w[k] * components[k];
                strongest = k;
            }
        }
        String reason = switch (strongest) {
            case 0 -> cfReason(in, product);
            case 1 -> popularityReason(in, components[1]);
            case 2, 3 -> REASON_PROFILE;
            case 4 -> interest.orElseThrow().reason();
            default -> REASON_AVAILABLE;
        };
        return new RankedOffer(product, total > 0 ? score / total : 0, reason);
    }

    private String cfReason(ScoringInputs in, Product product) {
        String because = in.cf().get(product.productId()).because();
        String name = catalogue.find(because).map(Product::name).orElse(because);
        return in.context().history().holds(because)
                ? "Customers who have the " + name + " often choose this too"
                : "Because you looked at the " + name;
    }

    private static String popularityReason(ScoringInputs in, double popularity) {
        if (popularity <= 0) {
            return REASON_AVAILABLE;
        }
        return Popularity.ALL.equals(in.segment()) ? REASON_POPULAR : REASON_LIKE_YOU;
    }

    /**
     * The collaborative-filtering evidence for the product in [0, 1]. In real time, relative to the
     * customer's best candidate (only the order of one customer's offers matters); across customers, the
     * raw item-item score squashed by 1 - e^-x, an absolute scale on which more evidence scores higher.
     */
    private double cf(ScoringInputs in, Product product, double maxCf) {
        double raw = rawCf(in, product);
        if (acrossCustomers) {
            return 1 - Math.exp(-raw);
        }
        return maxCf > 0 ? raw / maxCf : 0;
    }

    private static double rawCf(ScoringInputs in, Product product) {
        CfScore score = in.cf().get(product.productId());
        return score == null ? 0 : score.score();
    }

    /**
     * The propensity of each candidate type that has a model, as p / (p + base rate): 0.5 for a customer
     * as likely as average to convert, towards 1 for far likelier ones.
     */
    private static Map<ProductType, Double> propensities(List<Product> eligible, ScoringInputs in) {
        Map<ProductType, Double> scores = new EnumMap<>(ProductType.class);
        in.scores().propensity().forEach((type, p) -> {
            double base = in.propensity().baseRate(type);
            scores.put(type, p + base == 0 ? 0 : p / (p + base));
        });
        return scores;
    }

    /** The first interest signal of the product that the customer's tags show. */
    static Optional<InterestSignal> interest(Product product, CustomerFeatures customer) {
        return product.interestSignals().stream()
                .filter(signal -> signal.shownBy(customer.tags().get(signal.tag())))
                .findFirst();
    }
}
