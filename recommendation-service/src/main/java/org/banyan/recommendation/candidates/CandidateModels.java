package org.banyan.recommendation.candidates;

import org.banyan.recommendation.features.CustomerFeatureStore;
import org.banyan.recommendation.features.CustomerFeatures;
import org.banyan.recommendation.interactions.Interactions;
import org.banyan.recommendation.models.ModelRegistry;
import org.banyan.recommendation.models.ModelVersion;
import org.banyan.recommendation.propensity.FeatureSpec;
import org.banyan.recommendation.propensity.PropensityTrainer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import tools.jackson.databind.json.JsonMapper;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

/**
 * The candidate models in use. Training reads every interaction (and each customer's segment), stores a
 * new version in the registry and switches to it; every instance polls the registry, so all of them
 * serve the newest version within a refresh interval.
 */
@Service
public class CandidateModels {

    static final String KIND = "candidates";
    static final String KEY = "item-item+popularity";
    static final String ENGAGEMENT = "engagement";
    static final String KEY_ALL = "all-products";
    private static final Logger log = LoggerFactory.getLogger(CandidateModels.class);

    private final Interactions interactions;
    private final CustomerFeatureStore features;
    private final ModelRegistry registry;
    private final CandidateProperties properties;
    private final JsonMapper mapper;
    private final Clock clock;
    private final AtomicReference<CandidateModel> current = new AtomicReference<>(CandidateModel.NONE);

    CandidateModels(Interactions interactions, CustomerFeatureStore features, ModelRegistry registry,
            CandidateProperties properties, JsonMapper mapper, Clock clock) {
        this.interactions = interactions;
        this.features = features;
        this.registry = registry;
        this.properties = properties;
        this.mapper = mapper;
        this.clock = clock;
    }

    public CandidateModel current() {
        return current.get();
    }

    /** A fresh trainer with the configured hyper-parameters (offline evaluation trains its own). */
    public ItemItemTrainer newTrainer() {
        return new ItemItemTrainer(properties.neighbours(), properties.shrinkage(), properties.minSegmentSize());
    }

    /** Trains on everything recorded so far, stores the versions and serves them. */
    public ModelVersion train() {
        long started = System.nanoTime();
        Map<String, String> segments = segmentsOfAllCustomers();
        ItemItemTrainer trainer = newTrainer();
        Instant cut = interactions.latest().orElse(clock.instant()).minus(properties.engagementWindow());
        EngagementExamples examples = new EngagementExamples(properties.engagementMaxCustomers());
        double sampled = Math.min(1.0, (double) properties.engagementMaxCustomers() / Math.max(1, interactions.customers()));
        CustomerInteractions byCustomer = new CustomerInteractions((customer, history) -> {
            trainer.add(segments.getOrDefault(customer, Segments.UNKNOWN), history.strengths(null));
            if (inSample(customer, sampled)) {
                examples.add(customer, history.strengths(cut), history.productsFrom(cut), history.heldBefore(cut));
            }
        });
        interactions.forEachByCustomer(byCustomer);
        byCustomer.finish();
        ItemSimilarity similarity = trainer.similarity();
        Popularity popularity = trainer.popularity();
        Instant now = clock.instant();
        Map<String, Object> metrics = Map.of("customers", trainer.customers(),
                "products", similarity.neighbours().size(), "segments", popularity.segmentSizes().size(),
                "trainingMillis", (System.nanoTime() - started) / 1_000_000);
        ModelVersion version = registry.save(KIND, KEY, now, Segments.TAGS, metrics, mapper.writeValueAsBytes(
                new Artifact(similarity.neighbours(), popularity.bySegment(), popularity.segmentSizes(),
                        popularity.minSegmentSize())));
        CandidateModel model = new CandidateModel(version.version(), now, similarity, popularity, 0, EngagementModel.NONE);
        current.set(model.withEngagement(current.get().engagementVersion(), current.get().engagement()));
        log.info("Candidate model v{} trained: {}", version.version(), metrics);
        trainEngagement(examples, now);
        return version.withoutArtifact();
    }

    /** Engagement models from the examples collected in the same pass, stored as their own version. */
    private void trainEngagement(EngagementExamples examples, Instant now) {
        FeatureSpec spec = discoverTagSpec();
        EngagementTrainer.Trained trained = new EngagementTrainer(properties.engagementMinPositives(),
                PropensityTrainer.Params.defaults()).train(examples.withTags(features, spec), spec, today());
        Map<String, Object> metrics = new LinkedHashMap<>(trained.metrics());
        ModelVersion version = registry.save(ENGAGEMENT, KEY_ALL, now, spec.columns(), metrics,
                mapper.writeValueAsBytes(EngagementArtifact.of(trained)));
        current.set(current.get().withEngagement(version.version(), trained.model()));
        log.info("Engagement models v{} trained for {} products from {} customers", version.version(),
                trained.metrics().size(), examples.size());
    }

    /** The tag columns models read: discovered on a sample of profiles, leaking tags left out. */
    public FeatureSpec discoverTagSpec() {
        return FeatureSpec.discover(features.sample(5_000).stream().map(CustomerFeatures::tags).toList(),
                properties.excludedTagPrefixes(), 12);
    }

    /** A fresh engagement trainer with the configured settings (offline evaluation trains its own). */
    public EngagementTrainer newEngagementTrainer() {
        return new EngagementTrainer(properties.engagementMinPositives(), PropensityTrainer.Params.defaults());
    }

    /** Loads newer versions if another instance (or a job) trained them. */
    @Scheduled(initialDelay = 0, fixedDelayString = "${banyan.recommendation.models.refresh:30s}")
    public void refresh() {
        Integer latest = registry.latestVersions(KIND).get(KEY);
        if (latest != null && latest > current.get().version()) {
            registry.latest(KIND, KEY).ifPresent(version -> {
                Artifact artifact = mapper.readValue(version.artifact(), Artifact.class);
                CandidateModel previous = current.get();
                current.set(new CandidateModel(version.version(), version.trainedAt(),
                        new ItemSimilarity(artifact.neighbours()), new Popularity(artifact.popularity(),
                        artifact.segmentSizes(), artifact.minSegmentSize()), previous.engagementVersion(),
                        previous.engagement()));
                log.info("Candidate model v{} loaded", version.version());
            });
        }
        Integer engagement = registry.latestVersions(ENGAGEMENT).get(KEY_ALL);
        if (engagement != null && engagement > current.get().engagementVersion()) {
            registry.latest(ENGAGEMENT, KEY_ALL).ifPresent(version -> {
                EngagementModel model = mapper.readValue(version.artifact(), EngagementArtifact.class).load(2);
                current.set(current.get().withEngagement(version.version(), model));
                log.info("Engagement models v{} loaded", version.version());
            });
        }
    }

    private static boolean inSample(String customer, double share) {
        return share >= 1 || Math.floorMod(customer.hashCode() * 0x9E3779B9, 10_000) < share * 10_000;
    }

    private LocalDate today() {
        return LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
    }

    private Map<String, String> segmentsOfAllCustomers() {
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        Map<String, String> segments = new HashMap<>();
        features.forEachProjected(Segments.TAGS, customer -> {
            String segment = Segments.of(customer, today);
            if (!Segments.UNKNOWN.equals(segment)) {
                segments.put(customer.customerId(), segment.intern());
            }
        });
        return segments;
    }

    /** The stored form of a version. */
    record Artifact(Map<String, List<Neighbour>> neighbours, Map<String, Map<String, Double>> popularity,
            Map<String, Long> segmentSizes, long minSegmentSize) {
    }
}
