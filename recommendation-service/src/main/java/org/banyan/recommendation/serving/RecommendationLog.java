package org.banyan.recommendation.serving;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * The served-offer log. Batches are written in a transaction with {@code synchronous_commit = off}: the
 * commit does not wait for the WAL flush. A crash could lose the last fraction of a second of served-offer
 * rows (never corrupt anything); their feedback would then be refused as unknown, which is the right trade
 * for a latency-bound API.
 */
@Repository
class RecommendationLog {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final TransactionTemplate transactions;

    RecommendationLog(JdbcClient jdbc, JdbcTemplate template, TransactionTemplate transactions) {
        this.jdbc = jdbc;
        this.template = template;
        this.transactions = transactions;
    }

    void recordAll(List<ServedRecommendation> served) {
        if (served.isEmpty()) {
            return;
        }
        transactions.executeWithoutResult(status -> {
            template.execute("SET LOCAL synchronous_commit = off");
            template.batchUpdate("""
                    INSERT INTO recommendation (recommendation_id, customer_id, product_id, channel, rank, score, reason,
                        strategy, experiment_id, variant, served_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    served, served.size(), (ps, r) -> {
                        ps.setObject(1, r.recommendationId());
                        ps.setString(2, r.customerId());
                        ps.setString(3, r.productId());
                        ps.setString(4, r.channel());
                        ps.setInt(5, r.rank());
                        ps.setFloat(6, (float) r.score());
                        ps.setString(7, r.reason());
                        ps.setString(8, r.strategy());
                        ps.setString(9, r.experimentId());
                        ps.setString(10, r.variant());
                        ps.setTimestamp(11, Timestamp.from(r.servedAt()));
                    });
        });
    }

    Optional<ServedRecommendation> find(UUID id) {
        return jdbc.sql("SELECT * FROM recommendation WHERE recommendation_id = :id").param("id", id)
                .query(RecommendationLog::served).optional();
    }

    private static ServedRecommendation served(ResultSet rs, int row) throws SQLException {
        return new ServedRecommendation(rs.getObject("recommendation_id", UUID.class), rs.getString("customer_id"),
                rs.getString("product_id"), rs.getString("channel"), rs.getInt("rank"), rs.getDouble("score"),
                rs.getString("reason"), rs.getString("strategy"), rs.getString("experiment_id"),
                rs.getString("variant"), rs.getTimestamp("served_at").toInstant());
    }
}
