package org.banyan.common.testsupport;

import org.banyan.common.event.EventContract;
import org.banyan.common.event.EventContracts;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.payload.AlertRaised;
import org.banyan.common.event.payload.AppEvent;
import org.banyan.common.event.payload.CampaignMessage;
import org.banyan.common.event.payload.CreditDecisionMade;
import org.banyan.common.event.payload.CustomerUpdated;
import org.banyan.common.event.payload.LoanEvent;
import org.banyan.common.event.payload.MarketingFeedback;
import org.banyan.common.event.payload.RiskSignalRaised;
import org.banyan.common.event.payload.Severity;
import org.banyan.common.event.payload.TagsChanged;
import org.banyan.common.event.payload.TransactionPosted;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** A valid, realistic payload for every topic, for tests that need "any good event" of a topic. */
public final class ContractSamples {

    private ContractSamples() {
    }

    public static EventEnvelope<?> envelope(String topic, String customerId) {
        EventContract contract = EventContracts.forTopic(topic)
                .orElseThrow(() -> new IllegalArgumentException("No contract for " + topic));
        return EventEnvelope.of(contract, "test", customerId, payload(contract));
    }

    public static Object payload(EventContract contract) {
        return switch (contract.topic()) {
            case "bank.customers.v1" -> new CustomerUpdated(LocalDate.of(1985, 3, 14), CustomerUpdated.Gender.MALE,
                    "Hangzhou", 2, "ENGINEER", "MASTER", CustomerUpdated.MaritalStatus.MARRIED,
                    new BigDecimal("18500.00"), 3, new CustomerUpdated.Consent(true, true, false, true),
                    LocalDate.of(2015, 9, 1), "330106198503140017", "13812345678", CustomerUpdated.RiskTolerance.R2);
            case "bank.transactions.v1" -> new TransactionPosted("T-1", "A-1", new BigDecimal("268.40"), "CNY",
                    TransactionPosted.Direction.DEBIT, TransactionPosted.Kind.CARD_PURCHASE,
                    TransactionPosted.Channel.POS, "5411", "M-88", "CN", "Hangzhou", new BigDecimal("10231.60"));
            case "bank.app-events.v1" -> new AppEvent("S-1", "product_view", "CC-PLATINUM", "wealth/cards",
                    "D-1", AppEvent.Channel.MOBILE);
            case "bank.loan-events.v1" -> new LoanEvent("L-1", LoanEvent.EventType.REPAYMENT_RECEIVED,
                    LoanEvent.ProductType.PERSONAL_LOAN, new BigDecimal("1520.00"), 0, new BigDecimal("28400.00"),
                    LocalDate.of(2026, 11, 15), 7);
            case "profile.tag-changes.v1" -> new TagsChanged(3, List.of(new TagsChanged.Change("city", "Suzhou", "Hangzhou")));
            case "credit.decisions.v1" -> new CreditDecisionMade("APP-1", "DEC-1", CreditDecisionMade.Decision.APPROVE,
                    0.031, 688, "B", "german-xgb-1", List.of("R01"), new BigDecimal("50000.00"),
                    new BigDecimal("50000.00"), false);
            case "credit.risk-signals.v1" -> new RiskSignalRaised("SIG-1", "EARLY_DELINQUENCY_RISK", Severity.HIGH,
                    0.41, "L-1", "A-1", Map.of("behaviourScore", 541));
            case "marketing.feedback.v1" -> new MarketingFeedback("REC-1", null, "CC-PLATINUM",
                    MarketingFeedback.Action.CLICK, "MOBILE", "EXP-1", "B");
            case "marketing.campaign-messages.v1" -> new CampaignMessage("CMP-1", "MSG-1", "CC-PLATINUM", "SMS", 0.72);
            case "monitoring.alerts.v1" -> new AlertRaised("AL-1", "card-fraud-burst", Severity.CRITICAL, "C0000123",
                    AlertRaised.Status.OPEN, 1, "6 foreign card transactions in 4 minutes");
            default -> throw new IllegalArgumentException("No sample for " + contract.topic());
        };
    }
}
