package org.banyan.common.event;

import org.banyan.common.event.payload.AlertRaised;
import org.banyan.common.event.payload.AppEvent;
import org.banyan.common.event.payload.CampaignMessage;
import org.banyan.common.event.payload.CreditDecisionMade;
import org.banyan.common.event.payload.CustomerUpdated;
import org.banyan.common.event.payload.LoanEvent;
import org.banyan.common.event.payload.MarketingFeedback;
import org.banyan.common.event.payload.RiskSignalRaised;
import org.banyan.common.event.payload.TagsChanged;
import org.banyan.common.event.payload.TransactionPosted;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The registry of every topic's contract; the single place that maps a topic to its payload. */
public final class EventContracts {

    public static final EventContract CUSTOMERS =
            new EventContract(Topics.CUSTOMERS, CustomerUpdated.class, "customer.updated", 1);
    public static final EventContract TRANSACTIONS =
            new EventContract(Topics.TRANSACTIONS, TransactionPosted.class, "transaction.posted", 1);
    public static final EventContract APP_EVENTS =
            new EventContract(Topics.APP_EVENTS, AppEvent.class, "app.event", 1);
    public static final EventContract LOAN_EVENTS =
            new EventContract(Topics.LOAN_EVENTS, LoanEvent.class, "loan.event", 1);
    public static final EventContract TAG_CHANGES =
            new EventContract(Topics.TAG_CHANGES, TagsChanged.class, "profile.tags-changed", 1);
    public static final EventContract CREDIT_DECISIONS =
            new EventContract(Topics.CREDIT_DECISIONS, CreditDecisionMade.class, "credit.decision-made", 1);
    public static final EventContract RISK_SIGNALS =
            new EventContract(Topics.RISK_SIGNALS, RiskSignalRaised.class, "credit.risk-signal-raised", 1);
    public static final EventContract MARKETING_FEEDBACK =
            new EventContract(Topics.MARKETING_FEEDBACK, MarketingFeedback.class, "marketing.feedback", 1);
    public static final EventContract CAMPAIGN_MESSAGES =
            new EventContract(Topics.CAMPAIGN_MESSAGES, CampaignMessage.class, "marketing.campaign-message", 1);
    public static final EventContract ALERTS =
            new EventContract(Topics.ALERTS, AlertRaised.class, "monitoring.alert", 1);

    public static final List<EventContract> ALL = List.of(CUSTOMERS, TRANSACTIONS, APP_EVENTS, LOAN_EVENTS,
            TAG_CHANGES, CREDIT_DECISIONS, RISK_SIGNALS, MARKETING_FEEDBACK, CAMPAIGN_MESSAGES, ALERTS);

    private static final Map<String, EventContract> BY_TOPIC =
            ALL.stream().collect(Collectors.toUnmodifiableMap(EventContract::topic, Function.identity()));

    private EventContracts() {
    }

    public static Optional<EventContract> forTopic(String topic) {
        return Optional.ofNullable(BY_TOPIC.get(topic));
    }
}
