package org.banyan.recommendation.campaign;

import org.banyan.common.error.BanyanException;
import org.banyan.recommendation.catalogue.Catalogue;
import org.banyan.recommendation.catalogue.InterestSignal;
import org.banyan.recommendation.catalogue.Product;
import org.banyan.recommendation.contact.ContactSummary;
import org.banyan.recommendation.eligibility.Exclusion;
import org.banyan.recommendation.eligibility.OfferContext;
import org.banyan.recommendation.eligibility.OfferFilters;
import org.banyan.recommendation.experiment.BucketHash;
import org.banyan.recommendation.features.CustomerFeatureStore;
import org.banyan.recommendation.features.CustomerFeatures;
import org.banyan.recommendation.interactions.CustomerHistory;
import org.banyan.recommendation.interactions.Interactions;
import org.banyan.recommendation.candidates.CandidateModels;
import org.banyan.recommendation.candidates.EngagementModel;
import org.banyan.recommendation.candidates.Segments;
import org.banyan.recommendation.catalogue.ProductType;
import org.banyan.recommendation.propensity.FeatureSpec;
import org.banyan.recommendation.ranking.ModelScores;
import org.banyan.recommendation.propensity.PropensityModels;
import org.banyan.recommendation.ranking.Ranker;
import org.banyan.recommendation.ranking.Ranking;
import org.banyan.recommendation.ranking.Strategy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * Runs a campaign: freeze the segment into members (hold-out split by hashing), score every target member
 * for the campaign's products with the same ranker and hard filters as real time, keep the best within
 * the budget, and publish. Members are processed in pages of {@link #PAGE} with their features and
 * histories read a page at a time, so memory does not grow with the segment.
 */
@Component
class CampaignRunner {

    static final int PAGE = 5_000;
    private static final Logger log = LoggerFactory.getLogger(CampaignRunner.class);

    private final CampaignRepository campaigns;
    private final SegmentDirectory segments;
    private final Catalogue catalogue;
    private final CustomerFeatureStore features;
    private final Interactions interactions;
    private final OfferFilters filters;
    private final PropensityModels propensity;
    private final Ranker ranker;
    private final CandidateModels candidates;
    private final CampaignPublisher publisher;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CampaignRunner(CampaignRepository campaigns, SegmentDirectory segments, Catalogue catalogue,
            CustomerFeatureStore features, Interactions interactions, OfferFilters filters, PropensityModels propensity,
            Ranker ranker, CandidateModels candidates, CampaignPublisher publisher, TransactionTemplate transactions,
            Clock clock) {
        this.campaigns = campaigns;
        this.segments = segments;
        this.catalogue = catalogue;
        this.features = features;
        this.interactions = interactions;
        this.filters = filters;
        this.propensity = propensity;
        this.ranker = ranker;
        this.candidates = candidates;
        this.publisher = publisher;
        this.transactions = transactions;
        this.clock = clock;
    }

    /** Runs the campaign if it is waiting; a completed or running one is reported as it stands. */
    RunOutcome run(String campaignId) {
        Campaign campaign = campaigns.find(campaignId).orElseThrow(() -> BanyanException.notFound("Campaign", campaignId));
        if (!campaigns.claim(campaignId, clock.instant())) {
            return new RunOutcome(campaignId, campaigns.find(campaignId).orElseThrow().status(), false, null);
        }
        try {
            Outcome outcome = execute(campaign);
            return new RunOutcome(campaignId, Campaign.Status.COMPLETED, true, outcome);
        } catch (RuntimeException e) {
            log.error("Campaign {} failed", campaignId, e);
            campaigns.fail(campaignId, e.getMessage(), clock.instant());
            return new RunOutcome(campaignId, Campaign.Status.FAILED, true, null);
        }
    }

    private Outcome execute(Campaign campaign) {
        long started = System.nanoTime();
        long members = freeze(campaign);
        if (members == 0) {
            throw BanyanException.invalid("The frozen snapshot of segment " + campaign.segmentId() + " is empty");
        }
        long frozen = System.nanoTime();
        Instant now = clock.instant();
        Scoring scoring = score(campaign, now);
        List<CampaignSelection.Pick> recipients = scoring.selection().recipients();
        List<CampaignSelection.Pick> comparable = scoring.selection().comparableHoldout();
        long scored = System.nanoTime();
        Outcome outcome = new Outcome(members, scoring.target(), scoring.holdout(),
                scoring.selection().eligibleTarget(), scoring.selection().eligibleHoldout(), recipients.size(),
                comparable.size(), scoring.excluded(), millis(started, frozen), millis(frozen, scored), 0);
        publisher.publish(campaign, recipients, comparable, outcome, now);
        Outcome timed = outcome.withPublishMillis(millis(scored, System.nanoTime()));
        log.info("Campaign {} completed: {}", campaign.campaignId(), timed);
        return timed;
    }

    /** Freezes the segment (once) and stores its members, the hold-out marked. Returns how many. */
    private long freeze(Campaign campaign) {
        String snapshotId = campaign.snapshotId();
        if (snapshotId == null) {
            snapshotId = segments.freeze(campaign.segmentId(), campaign.campaignId()).id();
            campaigns.saveSnapshot(campaign.campaignId(), snapshotId);
        }
        String snapshot = snapshotId;
        int holdoutBuckets = campaign.holdoutPercent() * BucketHash.BUCKETS / 100;
        Long stored = transactions.execute(status -> campaigns.replaceMembers(campaign.campaignId(),
                customer -> BucketHash.bucket(campaign.campaignId(), customer) < holdoutBuckets,
                sink -> segments.members(campaign.segmentId(), snapshot, sink)));
        return stored == null ? 0 : stored;
    }

    private Scoring score(Campaign campaign, Instant now) {
        Set<String> products = new HashSet<>(campaign.productIds());
        Set<String> tags = tagsToRead(products);
        Map<String, ContactSummary> contacts = filters.contactsForAll(campaign.channel(), now);
        CampaignSelection selection = new CampaignSelection(campaign.budget());
        Map<String, Long> excluded = new TreeMap<>();
        long target = 0;
        long holdout = 0;
        String after = "";
        List<CampaignRepository.Member> page;
        while (!(page = campaigns.members(campaign.campaignId(), after, PAGE)).isEmpty()) {
            List<String> ids = page.stream().map(CampaignRepository.Member::customerId).toList();
            Map<String, CustomerFeatures> profiles = features.findAll(ids, tags);
            Map<String, CustomerHistory> histories = interactions.histories(ids);
            Map<String, ModelScores> scores = modelScores(ids, profiles, histories, products, now);
            for (CampaignRepository.Member member : page) {
                OfferContext context = new OfferContext(profiles.get(member.customerId()),
                        histories.get(member.customerId()), contacts.getOrDefault(member.customerId(), ContactSummary.NONE),
                        campaign.channel(), now);
                Ranking ranking = ranker.rankForCampaign(context, Strategy.HYBRID, products,
                        scores.get(member.customerId()));
                if (ranking.offers().isEmpty()) {
                    excluded.merge(reason(ranking), 1L, Long::sum);
                } else {
                    double score = campaign.targeting() == Targeting.RANDOM
                            ? BucketHash.bucket(campaign.campaignId() + "/random", member.customerId())
                            : ranking.offers().getFirst().score();
                    selection.offer(member.customerId(), member.holdout(),
                            ranking.offers().getFirst().product().productId(), score);
                }
                if (member.holdout()) {
                    holdout++;
                } else {
                    target++;
                }
            }
            after = page.getLast().customerId();
        }
        return new Scoring(selection, target, holdout, excluded);
    }

    /**
     * Engagement and propensity probabilities of a page of customers for the campaign's products, one
     * batch prediction per model instead of one per customer.
     */
    private Map<String, ModelScores> modelScores(List<String> ids, Map<String, CustomerFeatures> profiles,
            Map<String, CustomerHistory> histories, Set<String> products, Instant now) {
        EngagementModel engagement = candidates.current().engagement();
        LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
        List<float[]> rows = ids.stream().map(id -> engagement.row(profiles.get(id).tags(),
                histories.get(id).strengthByProduct(), today)).toList();
        Map<String, Map<String, Double>> byCustomer = new HashMap<>();
        for (String product : products) {
            double[] p = engagement.scoreBatch(rows, product);
            for (int i = 0; p != null && i < ids.size(); i++) {
                byCustomer.computeIfAbsent(ids.get(i), id -> new HashMap<>()).put(product, p[i]);
            }
        }
        Map<String, Map<ProductType, Double>> propensities = new HashMap<>();
        List<CustomerFeatures> customers = ids.stream().map(profiles::get).toList();
        products.stream().map(catalogue::find).flatMap(Optional::stream).map(Product::type).distinct()
                .forEach(type -> propensity.scoreBatch(customers, type).ifPresent(p -> {
                    for (int i = 0; i < ids.size(); i++) {
                        propensities.computeIfAbsent(ids.get(i), id -> new EnumMap<>(ProductType.class)).put(type, p[i]);
                    }
                }));
        Map<String, ModelScores> scores = new HashMap<>();
        for (String id : ids) {
            scores.put(id, new ModelScores(byCustomer.getOrDefault(id, Map.of()), propensities.getOrDefault(id, Map.of())));
        }
        return scores;
    }

    private Set<String> tagsToRead(Set<String> products) {
        Set<String> tags = new HashSet<>(filters.tagsRead());
        tags.addAll(Segments.TAGS);
        tags.addAll(propensity.tagsRead());
        candidates.current().engagement().tagSpec().columns().stream().map(FeatureSpec::tagOf).forEach(tags::add);
        products.forEach(id -> catalogue.find(id).ifPresent(p ->
                p.interestSignals().stream().map(InterestSignal::tag).forEach(tags::add)));
        return tags;
    }

    private static String reason(Ranking ranking) {
        return ranking.exclusions().stream().findFirst().map(Exclusion::filter).map(Enum::name).orElse("NO_CANDIDATE");
    }

    private static long millis(long from, long to) {
        return (to - from) / 1_000_000;
    }

    private record Scoring(CampaignSelection selection, long target, long holdout, Map<String, Long> excluded) {
    }

    /** What a run did, stored on the campaign. */
    record Outcome(long members, long targetGroup, long holdoutGroup, long eligibleTarget, long eligibleHoldout,
            long sent, long comparableHoldout, Map<String, Long> excludedByFilter, long freezeMillis, long scoreMillis,
            long publishMillis) {

        Outcome withPublishMillis(long millis) {
            return new Outcome(members, targetGroup, holdoutGroup, eligibleTarget, eligibleHoldout, sent,
                    comparableHoldout, new LinkedHashMap<>(excludedByFilter), freezeMillis, scoreMillis, millis);
        }
    }

    /** The result of a run request. */
    record RunOutcome(String campaignId, Campaign.Status status, boolean ranNow, Outcome outcome) {
    }
}
