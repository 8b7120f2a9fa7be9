package org.banyan.credit.customer;

import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.Topics;
import org.banyan.common.event.payload.LoanEvent;
import org.banyan.common.event.payload.TagsChanged;
import org.banyan.common.kafka.IdempotentConsumer;
import org.banyan.credit.feature.ProtectedAttributes;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * Keeps the customer facts decisions use: profile tags from {@code profile.tag-changes.v1} (protected
 * attributes are dropped on arrival: they are never decision inputs, so they are not kept) and
 * repayment behaviour from {@code bank.loan-events.v1}. Each event takes effect once.
 */
@Component
class CustomerEventsListener {

    static final String TAGS_CONSUMER = "credit-customer-tags";
    static final String LOANS_CONSUMER = "credit-loan-history";

    private final IdempotentConsumer idempotent;
    private final CustomerFactsRepository facts;

    CustomerEventsListener(IdempotentConsumer idempotent, CustomerFactsRepository facts) {
        this.idempotent = idempotent;
        this.facts = facts;
    }

    @KafkaListener(id = "credit-tag-changes", topics = Topics.TAG_CHANGES)
    void onTagsChanged(EventEnvelope<TagsChanged> event) {
        idempotent.process(TAGS_CONSUMER, event, e -> e.payload().changes().stream()
                .filter(change -> !ProtectedAttributes.isProtected(change.tag()))
                .forEach(change -> facts.putTag(e.customerId(), change.tag(), change.newValue(),
                        e.payload().profileVersion())));
    }

    @KafkaListener(id = "credit-loan-events", topics = Topics.LOAN_EVENTS)
    void onLoanEvent(EventEnvelope<LoanEvent> event) {
        idempotent.process(LOANS_CONSUMER, event, e -> facts.applyLoanEvent(e.customerId(), e.payload()));
    }
}
