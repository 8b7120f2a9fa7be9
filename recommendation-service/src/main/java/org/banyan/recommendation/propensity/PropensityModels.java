package org.banyan.recommendation.propensity;

import org.banyan.recommendation.catalogue.Catalogue;
import org.banyan.recommendation.catalogue.Product;
import org.banyan.recommendation.catalogue.ProductType;
import org.banyan.recommendation.contact.ContactLog;
import org.banyan.recommendation.features.CustomerFeatureStore;
import org.banyan.recommendation.features.CustomerFeatures;
import org.banyan.recommendation.models.ModelRegistry;
import org.banyan.recommendation.models.ModelVersion;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.atomic.AtomicReference;

/**
 * One propensity model per product type, learnt from the contact history: every customer contacted
 * about a product of the type (a campaign message or an offer shown) is an example, labelled by whether
 * they converted afterwards; their profile tags are the features. Retrained by the training job; each
 * version is recorded with its features and hold-out metrics, and every instance serves the newest.
 *
 * <p>Known limitation: features are the customers' tags at training time, not at contact time (the
 * engine keeps current tags only). Tags that would give the outcome away, such as holdings, are
 * excluded by prefix.
 */
@Service
public class PropensityModels {

    static final String KIND = "propensity";
    private static final Logger log = LoggerFactory.getLogger(PropensityModels.class);

    private final ContactLog contacts;
    private final CustomerFeatureStore features;
    private final Catalogue catalogue;
    private final ModelRegistry registry;
    private final PropensityProperties properties;
    private final Clock clock;
    private final AtomicReference<Map<ProductType, Loaded>> models = new AtomicReference<>(Map.of());

    PropensityModels(ContactLog contacts, CustomerFeatureStore features, Catalogue catalogue, ModelRegistry registry,
            PropensityProperties properties, Clock clock) {
        this.contacts = contacts;
        this.features = features;
        this.catalogue = catalogue;
        this.registry = registry;
        this.properties = properties;
        this.clock = clock;
    }

    /** The probability that the customer converts on an offer of this type, if a model exists for it. */
    public OptionalDouble score(CustomerFeatures customer, ProductType type) {
        Loaded loaded = models.get().get(type);
        if (loaded == null) {
            return OptionalDouble.empty();
        }
        return OptionalDouble.of(loaded.model().predict(loaded.spec().vectorize(customer.tags(), today())));
    }

    /** Probabilities for many customers at once for one type; empty without a model for it. */
    public Optional<double[]> scoreBatch(List<CustomerFeatures> customers, ProductType type) {
        Loaded loaded = models.get().get(type);
        if (loaded == null) {
            return Optional.empty();
        }
        LocalDate today = today();
        return Optional.of(loaded.model().predict(customers.stream()
                .map(c -> loaded.spec().vectorize(c.tags(), today)).toList()));
    }

    /** The conversion rate of the type's training examples (the average customer's propensity). */
    public double baseRate(ProductType type) {
        Loaded loaded = models.get().get(type);
        return loaded == null ? 0 : loaded.baseRate();
    }

    /** The tags the current models read, so batch callers can load just those. */
    public List<String> tagsRead() {
        return models.get().values().stream().flatMap(l -> l.spec().columns().stream())
                .map(FeatureSpec::tagOf).distinct().sorted().toList();
    }

    /** Trains a model for every product type with enough examples; returns the new versions. */
    public TrainingReport train() {
        Map<String, Map<ProductType, Boolean>> outcomes = outcomesByCustomerAndType();
        FeatureSpec spec = FeatureSpec.discover(features.sample(properties.discoverySample()).stream()
                .map(CustomerFeatures::tags).toList(), properties.excludedTagPrefixes(), properties.maxCategories());
        Map<ProductType, Rows> rows = rows(outcomes, spec);
        List<ModelVersion> trained = new ArrayList<>();
        Map<String, String> skipped = new HashMap<>();
        Map<ProductType, Loaded> loaded = new EnumMap<>(ProductType.class);
        loaded.putAll(models.get());
        for (var entry : rows.entrySet()) {
            Rows r = entry.getValue();
            if (r.positives() < properties.minPositives() || r.size() - r.positives() < properties.minPositives()) {
                skipped.put(entry.getKey().name(), r.positives() + " conversions in " + r.size() + " examples");
                continue;
            }
            ModelVersion version = trainOne(entry.getKey(), r.toTrainingSet(spec.width()), spec);
            trained.add(version.withoutArtifact());
            loaded.put(entry.getKey(), load(version));
        }
        models.set(Map.copyOf(loaded));
        return new TrainingReport(trained, skipped);
    }

    private ModelVersion trainOne(ProductType type, TrainingSet set, FeatureSpec spec) {
        PropensityTrainer.Result result = new PropensityTrainer(PropensityTrainer.Params.defaults()).trainAndEvaluate(set);
        var e = result.holdOut();
        Map<String, Object> metrics = Map.of("auc", e.auc(), "liftTopDecile", e.liftTopDecile(), "baseRate", e.baseRate(),
                "holdOutRows", e.rows(), "examples", set.rows(), "positives", set.positives(),
                "trees", result.fitted().trees());
        log.info("Propensity model for {} trained: {}", type, metrics);
        return registry.save(KIND, type.name(), clock.instant(), spec.columns(), metrics, result.fitted().booster());
    }

    /** Loads newer versions trained by another instance or an earlier run. */
    @Scheduled(initialDelay = 0, fixedDelayString = "${banyan.recommendation.models.refresh:30s}")
    public void refresh() {
        Map<ProductType, Loaded> current = models.get();
        Map<String, Integer> latest = registry.latestVersions(KIND);
        boolean stale = latest.entrySet().stream().anyMatch(e -> {
            Loaded l = current.get(ProductType.valueOf(e.getKey()));
            return l == null || l.version() < e.getValue();
        });
        if (stale) {
            Map<ProductType, Loaded> loaded = new EnumMap<>(ProductType.class);
            registry.latest(KIND).forEach(v -> loaded.put(ProductType.valueOf(v.key()), load(v)));
            models.set(Map.copyOf(loaded));
        }
    }

    private Loaded load(ModelVersion version) {
        int trees = ((Number) version.metrics().get("trees")).intValue();
        double baseRate = ((Number) version.metrics().get("baseRate")).doubleValue();
        return new Loaded(version.version(), new FeatureSpec(version.features()),
                new PropensityModel(version.artifact(), trees, properties.boostersPerModel()), baseRate);
    }

    private Map<String, Map<ProductType, Boolean>> outcomesByCustomerAndType() {
        Map<String, Map<ProductType, Boolean>> outcomes = new HashMap<>();
        Instant since = clock.instant().minus(properties.lookback());
        contacts.outcomes(since, o -> catalogue.find(o.productId()).map(Product::type).ifPresent(type ->
                outcomes.computeIfAbsent(o.customerId(), c -> new EnumMap<>(ProductType.class))
                        .merge(type, o.converted(), Boolean::logicalOr)));
        return outcomes;
    }

    /** Vectorises every example customer's tags in one pass over the profiles, reading only the spec's tags. */
    private Map<ProductType, Rows> rows(Map<String, Map<ProductType, Boolean>> outcomes, FeatureSpec spec) {
        Map<ProductType, Rows> rows = new EnumMap<>(ProductType.class);
        LocalDate today = today();
        List<String> tags = spec.columns().stream().map(FeatureSpec::tagOf).distinct().toList();
        features.forEachProjected(tags, customer -> {
            Map<ProductType, Boolean> byType = outcomes.get(customer.customerId());
            if (byType != null) {
                float[] row = spec.vectorize(customer.tags(), today);
                byType.forEach((type, converted) -> rows.computeIfAbsent(type, t -> new Rows()).add(row, converted));
            }
        });
        return rows;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    /** What a training run did: versions stored, and product types left without a model and why. */
    public record TrainingReport(List<ModelVersion> trained, Map<String, String> skipped) {
    }

    private record Loaded(int version, FeatureSpec spec, PropensityModel model, double baseRate) {
    }

    /** Examples of one product type as they are collected. */
    private static final class Rows {
        private final List<float[]> rows = new ArrayList<>();
        private final List<Boolean> labels = new ArrayList<>();
        private long positives;

        void add(float[] row, boolean converted) {
            rows.add(row);
            labels.add(converted);
            positives += converted ? 1 : 0;
        }

        int size() {
            return rows.size();
        }

        long positives() {
            return positives;
        }

        TrainingSet toTrainingSet(int width) {
            float[] data = new float[rows.size() * width];
            float[] y = new float[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                System.arraycopy(rows.get(i), 0, data, i * width, width);
                y[i] = labels.get(i) ? 1 : 0;
            }
            return new TrainingSet(data, rows.size(), width, y);
        }
    }
}
