package org.banyan.credit.application;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.banyan.common.error.BanyanException;
import org.banyan.common.event.EventContracts;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.Topics;
import org.banyan.common.event.payload.CreditDecisionMade;
import org.banyan.common.outbox.Outbox;
import org.banyan.credit.association.AssociationRisk;
import org.banyan.credit.model.LiveScores;
import org.banyan.credit.model.ModelScore;
import org.banyan.credit.model.ModelScoring;
import org.banyan.credit.policy.PolicyRules;
import org.banyan.credit.policy.RuleHit;
import org.banyan.credit.policy.RuleOutcome;
import org.banyan.credit.review.Referral;
import org.banyan.credit.review.ReviewQueue;
import org.banyan.credit.scorecard.Pricing;
import org.banyan.credit.scorecard.Scorecard;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Decides loan applications: features, policy rules, the champion model (and shadow challengers),
 * grade, price and offer, then stores everything and queues {@code credit.decisions.v1} in the outbox,
 * in one transaction. The heavy part runs before the transaction opens, so it stays short.
 */
@Service
@EnableConfigurationProperties(FeatureProperties.class)
class CreditDecisions {

    static final String PRODUCER = "credit-risk-service";

    private final FeatureAssembler features;
    private final PolicyRules policy;
    private final ModelScoring scoring;
    private final Scorecard scorecard;
    private final Pricing pricing;
    private final AssociationRisk association;
    private final ReviewQueue reviews;
    private final ApplicationRepository applications;
    private final Outbox outbox;
    private final TransactionTemplate transactions;
    private final JsonMapper json;
    private final Timer timer;

    CreditDecisions(FeatureAssembler features, PolicyRules policy, ModelScoring scoring, Scorecard scorecard,
            Pricing pricing, AssociationRisk association, ReviewQueue reviews, ApplicationRepository applications,
            Outbox outbox, PlatformTransactionManager transactionManager, JsonMapper json, MeterRegistry meters) {
        this.features = features;
        this.policy = policy;
        this.scoring = scoring;
        this.scorecard = scorecard;
        this.pricing = pricing;
        this.association = association;
        this.reviews = reviews;
        this.applications = applications;
        this.outbox = outbox;
        this.transactions = new TransactionTemplate(transactionManager);
        this.json = json;
        this.timer = Timer.builder("banyan.credit.decision").description("Time to decide an application, before storing it")
                .publishPercentileHistogram().register(meters);
    }

    /** The decision, or the first one again when this caller already used the idempotency key. */
    Result decide(ApplicationRequest request, String idempotencyScope, String idempotencyKey) {
        long started = System.nanoTime();
        String hash = sha256(json.writeValueAsString(request));
        if (idempotencyKey != null) {
            var replay = applications.findByKey(idempotencyScope, idempotencyKey);
            if (replay.isPresent()) {
                return replayed(replay.get(), hash, idempotencyKey);
            }
        }
        Instant now = Instant.now();
        FeatureAssembler.Assembled assembled = features.assemble(request, now);
        RuleOutcome rules = policy.evaluate(assembled.features());
        LiveScores scores = scoring.score(assembled.features());
        ModelScore champion = scores.champion();
        Decision decision = Decision.of(rules, champion, () -> pricing.offer(scorecard.grade(champion.score()),
                request.amount(), request.termMonths(), request.monthlyIncome(), assembled.monthlyDebt()));
        long millis = (System.nanoTime() - started) / 1_000_000;
        timer.record(System.nanoTime() - started, java.util.concurrent.TimeUnit.NANOSECONDS);
        DecisionResponse response = response(request, decision, champion, rules, now, millis);
        var stored = new ApplicationRepository.StoredApplication(request, response, featureRecord(assembled),
                explanation(champion), idempotencyScope, idempotencyKey, hash);
        boolean inserted = Boolean.TRUE.equals(transactions.execute(status -> {
            if (!applications.insert(stored)) {
                return false;
            }
            association.link(response.applicationId(), request.customerId(), assembled.contact(), response.decision(), now);
            scoring.recordShadows(response.applicationId(), scores);
            if (decision.outcome() == CreditDecisionMade.Decision.REFER) {
                reviews.open(referral(response, decision), now);
            }
            outbox.publish(Topics.CREDIT_DECISIONS, EventEnvelope.of(EventContracts.CREDIT_DECISIONS, PRODUCER,
                    request.customerId(), event(response, decision)));
            return true;
        }));
        if (!inserted) {
            return replayed(applications.findByKey(idempotencyScope, idempotencyKey).orElseThrow(), hash, idempotencyKey);
        }
        return new Result(response, false);
    }

    private static Result replayed(ApplicationRepository.Replay replay, String hash, String key) {
        if (!replay.requestHash().equals(hash)) {
            throw BanyanException.conflict("Idempotency-Key '" + key + "' was already used for a different application");
        }
        return new Result(replay.response(), true);
    }

    private static DecisionResponse response(ApplicationRequest request, Decision decision, ModelScore champion,
            RuleOutcome rules, Instant now, long millis) {
        boolean approved = decision.outcome() == CreditDecisionMade.Decision.APPROVE;
        Pricing.Offer offer = decision.offer();
        return new DecisionResponse(UUID.randomUUID(), UUID.randomUUID(), request.customerId(), decision.outcome().name(),
                Math.round(champion.pd() * 1e6) / 1e6, champion.score(), champion.grade(), request.amount(),
                approved ? offer.approvedAmount() : null, offer == null ? null : offer.annualRate(),
                approved ? offer.monthlyInstallment() : null, request.termMonths(), decision.reasons(),
                rules.hits().stream().map(CreditDecisions::fired).toList(), champion.modelVersion(),
                rules.ruleSetVersion(), now, millis);
    }

    private static DecisionResponse.RuleFired fired(RuleHit hit) {
        return new DecisionResponse.RuleFired(hit.code(), hit.action().name(), hit.reasonCode(), hit.error());
    }

    private static CreditDecisionMade event(DecisionResponse r, Decision decision) {
        return new CreditDecisionMade(r.applicationId().toString(), r.decisionId().toString(), decision.outcome(),
                r.probabilityOfDefault(), r.score(), r.grade(), r.modelVersion(), decision.reasonCodes(),
                r.requestedAmount(), r.approvedAmount(), false);
    }

    private static Referral referral(DecisionResponse r, Decision decision) {
        BigDecimal suggested = decision.offer() == null ? null : decision.offer().approvedAmount();
        return new Referral(r.applicationId(), r.customerId(), r.decisionId(), r.requestedAmount(), r.termMonths(),
                r.probabilityOfDefault(), r.score(), r.grade(), r.modelVersion(), decision.reasonCodes(),
                r.rulesFired().stream().map(DecisionResponse.RuleFired::code).toList(), suggested,
                decision.offer() == null ? null : decision.offer().annualRate());
    }

    private static Map<String, Object> featureRecord(FeatureAssembler.Assembled assembled) {
        Map<String, Object> record = new HashMap<>(assembled.features().values());
        record.put("tags", assembled.features().tags());
        return record;
    }

    private static Map<String, Object> explanation(ModelScore champion) {
        return Map.of("modelVersion", champion.modelVersion(), "bias", champion.bias(),
                "contributions", champion.contributions(), "modelReasons", champion.reasons());
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(
                    java.nio.charset.StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    record Result(DecisionResponse response, boolean replayed) {
    }

    List<DecisionResponse> forCustomer(String customerId, int limit, int offset) {
        return applications.forCustomer(customerId, limit, offset);
    }

    ApplicationRepository.ApplicationRecord get(UUID applicationId) {
        return applications.find(applicationId).orElseThrow(() -> BanyanException.notFound("Application", applicationId));
    }
}
