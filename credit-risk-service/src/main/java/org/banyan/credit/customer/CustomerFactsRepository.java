package org.banyan.credit.customer;

import org.banyan.common.event.payload.LoanEvent;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

@Repository
class CustomerFactsRepository {

    private static final int DEFAULT_DAYS_PAST_DUE = 90;

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CustomerFactsRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Writes a tag's value unless a newer profile version already set it (events may arrive late). */
    void putTag(String customerId, String tag, Object value, long profileVersion) {
        jdbc.sql("""
                        INSERT INTO customer_tag (customer_id, tag, value, profile_version)
                        VALUES (:customer, :tag, CAST(:value AS jsonb), :version)
                        ON CONFLICT (customer_id, tag) DO UPDATE
                            SET value = excluded.value, profile_version = excluded.profile_version, updated_at = now()
                            WHERE customer_tag.profile_version <= excluded.profile_version""")
                .param("customer", customerId).param("tag", tag)
                .param("value", value == null ? null : json.writeValueAsString(value))
                .param("version", profileVersion)
                .update();
    }

    void applyLoanEvent(String customerId, LoanEvent event) {
        boolean missed = event.eventType() == LoanEvent.EventType.PAYMENT_MISSED;
        boolean defaulted = event.eventType() == LoanEvent.EventType.CHARGED_OFF
                || event.daysPastDue() >= DEFAULT_DAYS_PAST_DUE;
        jdbc.sql("""
                        INSERT INTO customer_credit_history (customer_id, missed_payments, max_days_past_due, defaulted)
                        VALUES (:customer, :missed, :dpd, :defaulted)
                        ON CONFLICT (customer_id) DO UPDATE SET
                            missed_payments = customer_credit_history.missed_payments + excluded.missed_payments,
                            max_days_past_due = greatest(customer_credit_history.max_days_past_due, excluded.max_days_past_due),
                            defaulted = customer_credit_history.defaulted OR excluded.defaulted,
                            updated_at = now()""")
                .param("customer", customerId).param("missed", missed ? 1 : 0).param("dpd", event.daysPastDue())
                .param("defaulted", defaulted)
                .update();
    }
}
