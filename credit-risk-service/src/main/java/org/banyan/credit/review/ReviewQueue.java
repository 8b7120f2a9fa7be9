package org.banyan.credit.review;

import org.banyan.common.error.BanyanException;
import org.banyan.common.error.FieldError;
import org.banyan.common.event.EventContracts;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.Topics;
import org.banyan.common.event.payload.CreditDecisionMade;
import org.banyan.common.outbox.Outbox;
import org.banyan.credit.web.InvalidFieldsException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The manual-review queue: referred applications wait here until an ANALYST approves or declines them
 * with a comment. The manual decision is stored beside the automatic one (never over it) and goes out
 * on {@code credit.decisions.v1} with {@code manual = true}, through the outbox, in one transaction.
 */
@Service
public class ReviewQueue {

    static final String PRODUCER = "credit-risk-service";

    private final ReviewRepository cases;
    private final Outbox outbox;

    ReviewQueue(ReviewRepository cases, Outbox outbox) {
        this.cases = cases;
        this.outbox = outbox;
    }

    /** Queues a referred application; call inside the transaction that stores the automatic decision. */
    public void open(Referral referral, Instant at) {
        cases.insert(referral, at);
    }

    public Optional<ReviewCase> find(UUID applicationId) {
        return cases.find(applicationId);
    }

    ReviewCase get(UUID applicationId) {
        return cases.find(applicationId).orElseThrow(() -> BanyanException.notFound("Review case", applicationId));
    }

    Page list(String status, int limit, int offset) {
        return new Page(cases.list(status, limit, offset), cases.count(status), limit, offset);
    }

    @Transactional
    ReviewCase decide(UUID applicationId, ReviewDecisionRequest request, String reviewer) {
        ReviewCase reviewCase = cases.findForUpdate(applicationId)
                .orElseThrow(() -> BanyanException.notFound("Review case", applicationId));
        if (!"OPEN".equals(reviewCase.status())) {
            throw BanyanException.conflict("Application " + applicationId + " was already decided by "
                    + reviewCase.manualDecision().reviewer());
        }
        Referral referral = reviewCase.referral();
        boolean approve = request.decision() == CreditDecisionMade.Decision.APPROVE;
        BigDecimal amount = approve ? approvedAmount(request, referral) : null;
        BigDecimal rate = approve ? (request.interestRate() != null ? request.interestRate() : referral.suggestedRate()) : null;
        List<String> reasons = request.reasonCodes() != null ? request.reasonCodes() : referral.reasonCodes();
        ManualDecision decision = new ManualDecision(UUID.randomUUID(), request.decision().name(), amount, rate,
                reasons, request.comment(), reviewer, OffsetDateTime.now(ZoneOffset.UTC));
        cases.decide(applicationId, decision);
        outbox.publish(Topics.CREDIT_DECISIONS, EventEnvelope.of(EventContracts.CREDIT_DECISIONS, PRODUCER,
                referral.customerId(), new CreditDecisionMade(applicationId.toString(), decision.decisionId().toString(),
                        request.decision(), referral.pd(), referral.score(), referral.grade(), referral.modelVersion(),
                        reasons, referral.requestedAmount(), amount, true)));
        return cases.find(applicationId).orElseThrow();
    }

    private static BigDecimal approvedAmount(ReviewDecisionRequest request, Referral referral) {
        BigDecimal amount = request.approvedAmount() != null ? request.approvedAmount()
                : referral.suggestedAmount() != null && referral.suggestedAmount().signum() > 0
                        ? referral.suggestedAmount() : referral.requestedAmount();
        if (amount.compareTo(referral.requestedAmount()) > 0) {
            throw new InvalidFieldsException("Request has invalid fields", List.of(new FieldError("approvedAmount",
                    "cannot exceed the requested amount " + referral.requestedAmount(), amount)));
        }
        return amount.setScale(2, RoundingMode.HALF_EVEN);
    }

    record Page(List<ReviewCase> items, long total, int limit, int offset) {
    }
}
