package org.banyan.common.event;

/**
 * Topic names of ARCHITECTURE.md as compile-time constants (usable in {@code @KafkaListener}).
 * A topic's name carries its major version; a breaking payload change gets a new topic.
 */
public final class Topics {

    public static final String CUSTOMERS = "bank.customers.v1";
    public static final String TRANSACTIONS = "bank.transactions.v1";
    public static final String APP_EVENTS = "bank.app-events.v1";
    public static final String LOAN_EVENTS = "bank.loan-events.v1";
    public static final String TAG_CHANGES = "profile.tag-changes.v1";
    public static final String CREDIT_DECISIONS = "credit.decisions.v1";
    public static final String RISK_SIGNALS = "credit.risk-signals.v1";
    public static final String MARKETING_FEEDBACK = "marketing.feedback.v1";
    public static final String CAMPAIGN_MESSAGES = "marketing.campaign-messages.v1";
    public static final String ALERTS = "monitoring.alerts.v1";

    /** Suffix of the dead-letter topic that receives a topic's poison records. */
    public static final String DLQ_SUFFIX = ".dlq";

    private Topics() {
    }

    public static String dlq(String topic) {
        return topic + DLQ_SUFFIX;
    }
}
