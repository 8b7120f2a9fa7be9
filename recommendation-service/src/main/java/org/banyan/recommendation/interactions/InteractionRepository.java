package org.banyan.recommendation.interactions;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

@Repository
class InteractionRepository {

    private final JdbcClient jdbc;

    InteractionRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Interaction interaction, String source) {
        jdbc.sql("""
                        INSERT INTO interaction (customer_id, product_id, kind, strength, occurred_at, source)
                        VALUES (:customer, :product, :kind, :strength, :at, :source)""")
                .param("customer", interaction.customerId())
                .param("product", interaction.productId())
                .param("kind", interaction.kind().name())
                .param("strength", interaction.strength())
                .param("at", Timestamp.from(interaction.occurredAt()))
                .param("source", source)
                .update();
    }

    CustomerHistory history(String customerId) {
        Map<String, Float> strength = new HashMap<>();
        Set<String> held = new HashSet<>();
        jdbc.sql("""
                        SELECT product_id, sum(strength) AS strength,
                               bool_or(kind IN ('CONVERSION', 'HOLDING')) AS held
                        FROM interaction WHERE customer_id = :id GROUP BY product_id""")
                .param("id", customerId)
                .query(rs -> {
                    strength.put(rs.getString("product_id"), rs.getFloat("strength"));
                    if (rs.getBoolean("held")) {
                        held.add(rs.getString("product_id"));
                    }
                });
        return strength.isEmpty() ? CustomerHistory.EMPTY : new CustomerHistory(strength, held);
    }

    /** Histories of many customers in one query; customers without interactions are absent. */
    Map<String, CustomerHistory> histories(String[] customerIds) {
        Map<String, Map<String, Float>> strength = new HashMap<>();
        Map<String, Set<String>> held = new HashMap<>();
        jdbc.sql("""
                        SELECT customer_id, product_id, sum(strength) AS strength,
                               bool_or(kind IN ('CONVERSION', 'HOLDING')) AS held
                        FROM interaction WHERE customer_id = ANY(:ids) GROUP BY customer_id, product_id""")
                .param("ids", customerIds)
                .query(rs -> {
                    String customer = rs.getString("customer_id");
                    strength.computeIfAbsent(customer, c -> new HashMap<>()).put(rs.getString("product_id"),
                            rs.getFloat("strength"));
                    if (rs.getBoolean("held")) {
                        held.computeIfAbsent(customer, c -> new HashSet<>()).add(rs.getString("product_id"));
                    }
                });
        Map<String, CustomerHistory> histories = new HashMap<>();
        strength.forEach((customer, s) -> histories.put(customer,
                new CustomerHistory(s, held.getOrDefault(customer, Set.of()))));
        return histories;
    }

    /** Customers with a conversion or new holding of any of the products within [from, to). */
    Set<String> convertedCustomers(String[] productIds, Timestamp from, Timestamp to) {
        return new HashSet<>(jdbc.sql("""
                        SELECT DISTINCT customer_id FROM interaction
                        WHERE product_id = ANY(:products) AND kind IN ('CONVERSION', 'HOLDING')
                          AND occurred_at >= :from AND occurred_at < :to""")
                .param("products", productIds).param("from", from).param("to", to)
                .query(String.class).list());
    }

    /** Streams every interaction ordered by customer, then time, so callers can group by customer. */
    void forEachByCustomer(Consumer<Interaction> consumer) {
        try (var rows = jdbc.sql("""
                        SELECT customer_id, product_id, kind, strength, occurred_at FROM interaction
                        ORDER BY customer_id, occurred_at""")
                .withFetchSize(5_000)
                .query(InteractionRepository::interaction).stream()) {
            rows.forEach(consumer);
        }
    }

    /** How many customers have interactions, and when the latest one happened. */
    Extent extent() {
        return jdbc.sql("SELECT count(DISTINCT customer_id) AS customers, max(occurred_at) AS latest FROM interaction")
                .query((rs, row) -> new Extent(rs.getLong("customers"),
                        rs.getTimestamp("latest") == null ? null : rs.getTimestamp("latest").toInstant()))
                .single();
    }

    long count() {
        return jdbc.sql("SELECT count(*) FROM interaction").query(Long.class).single();
    }

    record Extent(long customers, Instant latest) {
    }

    private static Interaction interaction(ResultSet rs, int row) throws SQLException {
        return new Interaction(rs.getString("customer_id"), rs.getString("product_id"),
                InteractionKind.valueOf(rs.getString("kind")), rs.getFloat("strength"),
                rs.getTimestamp("occurred_at").toInstant());
    }
}
