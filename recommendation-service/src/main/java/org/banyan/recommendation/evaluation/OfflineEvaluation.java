package org.banyan.recommendation.evaluation;

import org.banyan.recommendation.candidates.CandidateModels;
import org.banyan.recommendation.candidates.CfScore;
import org.banyan.recommendation.candidates.EngagementExamples;
import org.banyan.recommendation.candidates.EngagementModel;
import org.banyan.recommendation.candidates.ItemItemTrainer;
import org.banyan.recommendation.candidates.ItemSimilarity;
import org.banyan.recommendation.candidates.Popularity;
import org.banyan.recommendation.features.CustomerFeatureStore;
import org.banyan.recommendation.features.CustomerFeatures;
import org.banyan.recommendation.interactions.Interactions;
import org.banyan.recommendation.propensity.FeatureSpec;
import org.banyan.recommendation.ranking.RankingProperties;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * Offline evaluation of the engine's candidate models against the most-popular baseline on the
 * interactions loaded so far (simulated, or a bank's bulk-loaded history). Every model is trained on the
 * same earlier part; the collaborative-filtering shrinkage is chosen and the engagement models learn on
 * the validation part; the test part is scored once. For each test customer, every product they had not
 * interacted with is ranked, and their relevant items are those they went on to interact with in the test.
 */
@Service
class OfflineEvaluation {

    static final List<Double> SHRINKAGES = List.of(0.0, 10.0, 50.0);
    static final int PAGE = 5_000;

    private final Interactions interactions;
    private final CandidateModels candidates;
    private final CustomerFeatureStore features;
    private final RankingProperties weights;
    private final Clock clock;

    OfflineEvaluation(Interactions interactions, CandidateModels candidates, CustomerFeatureStore features,
            RankingProperties weights, Clock clock) {
        this.interactions = interactions;
        this.candidates = candidates;
        this.features = features;
        this.weights = weights;
        this.clock = clock;
    }

    EvaluationReport evaluate(Protocol protocol, int k, long seed, int maxCustomers) {
        long started = System.nanoTime();
        InteractionData.Builder builder = new InteractionData.Builder();
        interactions.forEachByCustomer(builder);
        InteractionData data = builder.build();
        byte[] parts = protocol.assign(data, seed);
        ItemItemTrainer onTrain = candidates.newTrainer();
        ItemItemTrainer onTrainAndValidation = candidates.newTrainer();
        List<Integer> sample = sample(data, parts, seed, maxCustomers);
        for (int c = 0; c < data.customers(); c++) {
            onTrain.add(Popularity.ALL, vector(data, parts, c, Protocol.TRAIN));
            onTrainAndValidation.add(Popularity.ALL, vector(data, parts, c, Protocol.VALIDATION));
        }
        EngagementExamples examples = engagementExamples(data, parts, maxCustomers, seed);
        Map<String, Double> validationNdcg = new LinkedHashMap<>();
        double bestShrinkage = tuneShrinkage(data, parts, onTrain, k, sample, validationNdcg);
        FeatureSpec spec = candidates.discoverTagSpec();
        EngagementModel engagement = candidates.newEngagementTrainer()
                .train(examples.withTags(features, spec), spec, today()).model();
        Models models = new Models(onTrainAndValidation.similarity(bestShrinkage), onTrainAndValidation.popularity(),
                engagement);
        Map<Model, Scores> test = score(data, parts, Protocol.VALIDATION, Protocol.TEST, models, k, sample);
        return EvaluationReport.of(protocol, k, data, parts, bestShrinkage, validationNdcg, test,
                (System.nanoTime() - started) / 1_000_000);
    }

    /**
     * Engagement examples from the known parts only (train and validation), split in time the way the
     * training job splits all history: what customers did before the 60th percentile of known time, and
     * what they first did after it.
     */
    private static EngagementExamples engagementExamples(InteractionData data, byte[] parts, int max, long seed) {
        long[] times = new long[data.size()];
        int n = 0;
        for (int i = 0; i < data.size(); i++) {
            if (parts[i] <= Protocol.VALIDATION) {
                times[n++] = data.time(i);
            }
        }
        long[] known = Arrays.copyOf(times, n);
        Arrays.sort(known);
        long cut = n == 0 ? 0 : known[(int) (n * 0.6)];
        EngagementExamples examples = new EngagementExamples(max);
        Random random = new Random(seed);
        double share = Math.min(1.0, (double) max / Math.max(1, data.customers()));
        for (int c = 0; c < data.customers(); c++) {
            if (random.nextDouble() >= share) {
                continue;
            }
            Map<String, Float> before = new HashMap<>();
            Set<String> after = new HashSet<>();
            for (int i = data.start(c); i < data.end(c); i++) {
                if (parts[i] <= Protocol.VALIDATION) {
                    String product = data.products().get(data.product(i));
                    if (data.time(i) < cut) {
                        before.merge(product, data.strength(i), Float::sum);
                    } else {
                        after.add(product);
                    }
                }
            }
            // Offline the task is predicting products new to the customer: known ones are no examples.
            after.removeAll(before.keySet());
            examples.add(data.customerId(c), before, after, before.keySet());
        }
        return examples;
    }

    private double tuneShrinkage(InteractionData data, byte[] parts, ItemItemTrainer onTrain, int k, List<Integer> sample,
            Map<String, Double> validationNdcg) {
        double best = SHRINKAGES.getFirst();
        for (double shrinkage : SHRINKAGES) {
            Models models = new Models(onTrain.similarity(shrinkage), onTrain.popularity(), EngagementModel.NONE);
            double ndcg = score(data, parts, Protocol.TRAIN, Protocol.VALIDATION, models, k, sample)
                    .get(Model.ITEM_CF).ndcg();
            if (ndcg > validationNdcg.values().stream().mapToDouble(Double::doubleValue).max().orElse(-1)) {
                best = shrinkage;
            }
            validationNdcg.put(String.valueOf(shrinkage), ndcg);
        }
        return best;
    }

    /** The customers scored: those with a later part to predict, sampled down to {@code max} (seeded). */
    private static List<Integer> sample(InteractionData data, byte[] parts, long seed, int max) {
        List<Integer> eligible = new ArrayList<>();
        for (int c = 0; c < data.customers(); c++) {
            if (!products(data, parts, c, Protocol.TEST).isEmpty() || !products(data, parts, c, Protocol.VALIDATION).isEmpty()) {
                eligible.add(c);
            }
        }
        if (eligible.size() <= max) {
            return eligible;
        }
        Collections.shuffle(eligible, new Random(seed));
        List<Integer> sampled = new ArrayList<>(eligible.subList(0, max));
        sampled.sort(Integer::compare);
        return sampled;
    }

    private Map<Model, Scores> score(InteractionData data, byte[] parts, byte knownUpTo, byte target, Models models,
            int k, List<Integer> sample) {
        Map<String, Integer> index = new HashMap<>();
        for (int p = 0; p < data.products().size(); p++) {
            index.put(data.products().get(p), p);
        }
        List<Integer> popular = models.popularity().ranked(Popularity.ALL).stream().map(index::get).toList();
        Map<Model, Scores.Accumulator> totals = new LinkedHashMap<>();
        for (Model model : Model.values()) {
            totals.put(model, new Scores.Accumulator(k, data.products().size()));
        }
        for (int from = 0; from < sample.size(); from += PAGE) {
            List<Integer> page = sample.subList(from, Math.min(from + PAGE, sample.size()));
            Map<String, CustomerFeatures> profiles = models.engagement().isEmpty() ? Map.of()
                    : features.findAll(page.stream().map(data::customerId).toList(),
                    models.engagement().tagSpec().columns().stream().map(FeatureSpec::tagOf).distinct().toList());
            for (int c : page) {
                Set<Integer> relevant = relevant(data, parts, c, knownUpTo, target);
                if (relevant.isEmpty()) {
                    continue;
                }
                Map<String, Float> known = vector(data, parts, c, knownUpTo);
                Set<Integer> seen = new HashSet<>();
                known.keySet().forEach(id -> seen.add(index.get(id)));
                Map<String, Double> scores = blend(models, known, profiles.get(data.customerId(c)), data.products());
                totals.get(Model.MOST_POPULAR).add(topK(List.of(), popular, seen, k), relevant);
                totals.get(Model.ITEM_CF).add(topK(order(models.similarity().score(known).entrySet().stream()
                        .map(e -> Map.entry(e.getKey(), e.getValue().score())).toList(), index), popular, seen, k), relevant);
                if (!models.engagement().isEmpty()) {
                    totals.get(Model.ENGAGEMENT).add(topK(order(engagement(models, known, profiles.get(data.customerId(c)),
                            data.products()).entrySet().stream().toList(), index), popular, seen, k), relevant);
                    totals.get(Model.HYBRID).add(topK(order(scores.entrySet().stream().toList(), index), popular, seen, k),
                            relevant);
                }
            }
        }
        Map<Model, Scores> result = new LinkedHashMap<>();
        totals.forEach((model, acc) -> result.put(model, acc.scores()));
        return result;
    }

    private Map<String, Double> engagement(Models models, Map<String, Float> known, CustomerFeatures profile,
            List<String> products) {
        return models.engagement().score(profile == null ? Map.of() : profile.tags(), known, products, today());
    }

    /**
     * The serving blend of {@code HYBRID} without the parts offline data lacks (conversion propensity,
     * interest tags): each component relative to the customer's best candidate, weighted as configured.
     */
    private Map<String, Double> blend(Models models, Map<String, Float> known, CustomerFeatures profile,
            List<String> products) {
        if (models.engagement().isEmpty()) {
            return Map.of();
        }
        Map<String, CfScore> cf = models.similarity().score(known);
        Map<String, Double> engagement = engagement(models, known, profile, products);
        double maxCf = cf.values().stream().mapToDouble(CfScore::score).max().orElse(0);
        double maxEngagement = engagement.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        Map<String, Double> scores = new HashMap<>();
        for (String product : products) {
            double cfPart = maxCf > 0 && cf.containsKey(product) ? cf.get(product).score() / maxCf : 0;
            double popularity = models.popularity().score(Popularity.ALL, product);
            double engaged = maxEngagement > 0 ? engagement.getOrDefault(product, 0.0) / maxEngagement : 0;
            double total = (maxCf > 0 ? weights.cfWeight() : 0) + weights.popularityWeight()
                    + (engagement.containsKey(product) ? weights.engagementWeight() : 0);
            scores.put(product, (weights.cfWeight() * cfPart + weights.popularityWeight() * popularity
                    + weights.engagementWeight() * engaged) / total);
        }
        return scores;
    }

    /** A customer's strengths per product over the parts up to {@code upTo} (train, or train and validation). */
    private static Map<String, Float> vector(InteractionData data, byte[] parts, int customer, byte upTo) {
        Map<String, Float> vector = new HashMap<>();
        for (int i = data.start(customer); i < data.end(customer); i++) {
            if (parts[i] <= upTo) {
                vector.merge(data.products().get(data.product(i)), data.strength(i), Float::sum);
            }
        }
        return vector;
    }

    private static Set<String> products(InteractionData data, byte[] parts, int customer, byte part) {
        Set<String> products = new HashSet<>();
        for (int i = data.start(customer); i < data.end(customer); i++) {
            if (parts[i] == part) {
                products.add(data.products().get(data.product(i)));
            }
        }
        return products;
    }

    /** Items of the target part the customer had not interacted with before: what a recommender could add. */
    private static Set<Integer> relevant(InteractionData data, byte[] parts, int c, byte knownUpTo, byte target) {
        Set<Integer> known = new HashSet<>();
        Set<Integer> relevant = new HashSet<>();
        for (int i = data.start(c); i < data.end(c); i++) {
            if (parts[i] <= knownUpTo) {
                known.add(data.product(i));
            } else if (parts[i] == target) {
                relevant.add(data.product(i));
            }
        }
        relevant.removeAll(known);
        return relevant;
    }

    private static List<Integer> order(List<Map.Entry<String, Double>> scores, Map<String, Integer> index) {
        return scores.stream()
                .sorted(Map.Entry.<String, Double>comparingByValue(Comparator.reverseOrder())
                        .thenComparing(Map.Entry.comparingByKey()))
                .map(e -> index.get(e.getKey())).toList();
    }

    /** The first k unseen items of {@code preferred}, then of {@code fill}. */
    private static List<Integer> topK(List<Integer> preferred, List<Integer> fill, Set<Integer> seen, int k) {
        List<Integer> top = new ArrayList<>(k);
        Set<Integer> taken = new HashSet<>(seen);
        for (List<Integer> source : List.of(preferred, fill)) {
            for (Integer item : source) {
                if (top.size() == k) {
                    return top;
                }
                if (item != null && taken.add(item)) {
                    top.add(item);
                }
            }
        }
        return top;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private record Models(ItemSimilarity similarity, Popularity popularity, EngagementModel engagement) {
    }

    enum Model { MOST_POPULAR, ITEM_CF, ENGAGEMENT, HYBRID }
}
