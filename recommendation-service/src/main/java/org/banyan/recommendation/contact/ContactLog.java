package org.banyan.recommendation.contact;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

/** The contact history: written by feedback and campaigns, read by filters, experiments and reports. */
@Service
public class ContactLog {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    ContactLog(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * Records an event in the caller's transaction.
     *
     * @return false when it was already recorded (same event id, or the same action on the same
     *         recommendation or campaign message)
     */
    public boolean record(ContactEvent e) {
        return jdbc.sql("""
                        INSERT INTO contact_event (event_id, customer_id, product_id, channel, action, recommendation_id,
                            campaign_id, experiment_id, variant, occurred_at)
                        VALUES (:eventId, :customer, :product, :channel, :action, :recommendation, :campaign,
                            :experiment, :variant, :at)
                        ON CONFLICT DO NOTHING""")
                .param("eventId", e.eventId())
                .param("customer", e.customerId())
                .param("product", e.productId())
                .param("channel", e.channel())
                .param("action", e.action().name())
                .param("recommendation", e.recommendationId())
                .param("campaign", e.campaignId())
                .param("experiment", e.experimentId())
                .param("variant", e.variant())
                .param("at", Timestamp.from(e.occurredAt()))
                .update() == 1;
    }

    /** Records many events in the caller's transaction, in batches (campaign sends). */
    public void recordAll(List<ContactEvent> events) {
        template.batchUpdate("""
                INSERT INTO contact_event (event_id, customer_id, product_id, channel, action, recommendation_id,
                    campaign_id, experiment_id, variant, occurred_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING""", events, 1_000, (ps, e) -> {
            ps.setObject(1, e.eventId());
            ps.setString(2, e.customerId());
            ps.setString(3, e.productId());
            ps.setString(4, e.channel());
            ps.setString(5, e.action().name());
            ps.setObject(6, e.recommendationId());
            ps.setString(7, e.campaignId());
            ps.setString(8, e.experimentId());
            ps.setString(9, e.variant());
            ps.setTimestamp(10, Timestamp.from(e.occurredAt()));
        });
    }

    /** The event recorded for this action on a recommendation, if any. */
    public Optional<UUID> eventFor(UUID recommendationId, ContactAction action) {
        return jdbc.sql("SELECT event_id FROM contact_event WHERE recommendation_id = :id AND action = :action")
                .param("id", recommendationId).param("action", action.name()).query(UUID.class).optional();
    }

    /** One customer's contacts on {@code channel} since {@code capSince} and dismissals since {@code coolDownSince}. */
    public ContactSummary summary(String customerId, String channel, Instant capSince, Instant coolDownSince) {
        int[] contacts = {0};
        Set<String> dismissed = new HashSet<>();
        jdbc.sql("""
                        SELECT product_id, channel, action, occurred_at FROM contact_event
                        WHERE customer_id = :id AND occurred_at >= :since AND action IN ('SENT', 'IMPRESSION', 'DISMISS')""")
                .param("id", customerId)
                .param("since", Timestamp.from(capSince.isBefore(coolDownSince) ? capSince : coolDownSince))
                .query(rs -> {
                    Instant at = rs.getTimestamp("occurred_at").toInstant();
                    if ("DISMISS".equals(rs.getString("action"))) {
                        if (!at.isBefore(coolDownSince)) {
                            dismissed.add(rs.getString("product_id"));
                        }
                    } else if (channel.equals(rs.getString("channel")) && !at.isBefore(capSince)) {
                        contacts[0]++;
                    }
                });
        return contacts[0] == 0 && dismissed.isEmpty() ? ContactSummary.NONE : new ContactSummary(contacts[0], dismissed);
    }

    /** {@link #summary} for every customer with recent contacts, for batch runs; absent means none. */
    @Transactional(readOnly = true)
    public Map<String, ContactSummary> summaries(String channel, Instant capSince, Instant coolDownSince) {
        Map<String, int[]> contacts = new HashMap<>();
        Map<String, Set<String>> dismissed = new HashMap<>();
        jdbc.sql("""
                        SELECT customer_id, product_id, channel, action, occurred_at FROM contact_event
                        WHERE occurred_at >= :since AND action IN ('SENT', 'IMPRESSION', 'DISMISS')""")
                .param("since", Timestamp.from(capSince.isBefore(coolDownSince) ? capSince : coolDownSince))
                .withFetchSize(5_000)
                .query(rs -> {
                    Instant at = rs.getTimestamp("occurred_at").toInstant();
                    String customer = rs.getString("customer_id");
                    if ("DISMISS".equals(rs.getString("action"))) {
                        if (!at.isBefore(coolDownSince)) {
                            dismissed.computeIfAbsent(customer, c -> new HashSet<>()).add(rs.getString("product_id"));
                        }
                    } else if (channel.equals(rs.getString("channel")) && !at.isBefore(capSince)) {
                        contacts.computeIfAbsent(customer, c -> new int[1])[0]++;
                    }
                });
        Map<String, ContactSummary> summaries = new HashMap<>();
        contacts.forEach((customer, count) -> summaries.put(customer,
                new ContactSummary(count[0], dismissed.getOrDefault(customer, Set.of()))));
        dismissed.forEach((customer, products) -> summaries.putIfAbsent(customer, new ContactSummary(0, products)));
        return summaries;
    }

    /** A customer's most recent contacts and responses, newest first. */
    public List<ContactEvent> recent(String customerId, int limit) {
        return jdbc.sql("SELECT * FROM contact_event WHERE customer_id = :id ORDER BY occurred_at DESC LIMIT :limit")
                .param("id", customerId).param("limit", limit)
                .query((rs, row) -> new ContactEvent(rs.getObject("event_id", UUID.class), rs.getString("customer_id"),
                        rs.getString("product_id"), rs.getString("channel"), ContactAction.valueOf(rs.getString("action")),
                        rs.getObject("recommendation_id", UUID.class), rs.getString("campaign_id"),
                        rs.getString("experiment_id"), rs.getString("variant"), rs.getTimestamp("occurred_at").toInstant()))
                .list();
    }

    /**
     * For every customer and product contacted since {@code since} (message sent or offer shown): whether
     * the customer converted on that product at or after the first contact. Propensity models learn from it.
     */
    @Transactional(readOnly = true)
    public void outcomes(Instant since, Consumer<Outcome> consumer) {
        jdbc.sql("""
                        SELECT c.customer_id, c.product_id, bool_or(v.event_id IS NOT NULL) AS converted
                        FROM (SELECT customer_id, product_id, min(occurred_at) AS first_at FROM contact_event
                              WHERE action IN ('SENT', 'IMPRESSION') AND occurred_at >= :since GROUP BY 1, 2) c
                        LEFT JOIN contact_event v ON v.customer_id = c.customer_id AND v.product_id = c.product_id
                             AND v.action = 'CONVERSION' AND v.occurred_at >= c.first_at
                        GROUP BY c.customer_id, c.product_id""")
                .param("since", Timestamp.from(since))
                .withFetchSize(5_000)
                .query(rs -> {
                    consumer.accept(new Outcome(rs.getString("customer_id"), rs.getString("product_id"),
                            rs.getBoolean("converted")));
                });
    }

    /** Whether a contacted customer converted on the product. */
    public record Outcome(String customerId, String productId, boolean converted) {
    }

    /** Per-variant responses of an experiment. */
    public List<VariantCounts> variantCounts(String experimentId) {
        return jdbc.sql("""
                        SELECT variant,
                               count(*) FILTER (WHERE action = 'IMPRESSION') AS impressions,
                               count(*) FILTER (WHERE action = 'CLICK') AS clicks,
                               count(*) FILTER (WHERE action = 'CONVERSION') AS conversions,
                               count(DISTINCT customer_id) FILTER (WHERE action = 'IMPRESSION') AS exposed,
                               count(DISTINCT customer_id) FILTER (WHERE action = 'CLICK') AS clicking,
                               count(DISTINCT customer_id) FILTER (WHERE action = 'CONVERSION') AS converting
                        FROM contact_event WHERE experiment_id = :id GROUP BY variant""")
                .param("id", experimentId)
                .query((rs, row) -> new VariantCounts(rs.getString("variant"), rs.getLong("impressions"),
                        rs.getLong("clicks"), rs.getLong("conversions"), rs.getLong("exposed"),
                        rs.getLong("clicking"), rs.getLong("converting")))
                .list();
    }
}
