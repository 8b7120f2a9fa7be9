package org.banyan.credit.customer;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** What this service knows about a customer from other services' events, read at decision time. */
@Service
public class CustomerFacts {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    CustomerFacts(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** The customer's current profile tags (numbers as Double) and repayment history here. */
    public Facts of(String customerId) {
        Map<String, Object> tags = new HashMap<>();
        int[] history = new int[3];
        // Tags and repayment history in one round trip: this runs for every decision.
        jdbc.sql("""
                        SELECT tag, value::text AS value, 0 AS missed, 0 AS dpd, false AS defaulted
                        FROM customer_tag WHERE customer_id = :id AND value IS NOT NULL
                        UNION ALL
                        SELECT NULL, NULL, missed_payments, max_days_past_due, defaulted
                        FROM customer_credit_history WHERE customer_id = :id""")
                .param("id", customerId)
                .query(rs -> {
                    if (rs.getString("tag") == null) {
                        history[0] = rs.getInt("missed");
                        history[1] = rs.getInt("dpd");
                        history[2] = rs.getBoolean("defaulted") ? 1 : 0;
                        return;
                    }
                    Object value = scalar(json.readTree(rs.getString("value")));
                    if (value != null) {
                        tags.put(rs.getString("tag"), value);
                    }
                });
        return new Facts(tags, history[0], history[1], history[2] == 1);
    }

    /** How many of these customers have defaulted on a loan here. */
    public int defaultedAmong(Collection<String> customerIds) {
        if (customerIds.isEmpty()) {
            return 0;
        }
        return jdbc.sql("SELECT count(*) FROM customer_credit_history WHERE defaulted AND customer_id IN (:ids)")
                .param("ids", List.copyOf(customerIds)).query(Long.class).single().intValue();
    }

    private static Object scalar(JsonNode node) {
        if (node.isNumber()) {
            return node.asDouble();
        }
        if (node.isBoolean()) {
            return node.asBoolean();
        }
        if (node.isString()) {
            return node.asString();
        }
        return null;
    }

    /**
     * @param tags            tag code to value (Double, String or Boolean; dates as ISO strings)
     * @param defaulted       charged off, or 90+ days past due, on any loan here
     */
    public record Facts(Map<String, Object> tags, int missedPayments, int maxDaysPastDue, boolean defaulted) {
    }
}
