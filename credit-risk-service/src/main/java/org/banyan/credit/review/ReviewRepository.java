package org.banyan.credit.review;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

@Repository
class ReviewRepository {

    private static final String COLUMNS = "application_id, customer_id, status, opened_at, referral::text AS referral, "
            + "manual_decision_id, manual_decision, approved_amount, interest_rate, reason_codes::text AS reason_codes, "
            + "comment, reviewer, decided_at";

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ReviewRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    void insert(Referral referral, java.time.Instant openedAt) {
        jdbc.sql("""
                        INSERT INTO review_case (application_id, customer_id, status, opened_at, referral)
                        VALUES (:id, :customer, 'OPEN', :opened, CAST(:referral AS jsonb))""")
                .param("id", referral.applicationId()).param("customer", referral.customerId())
                .param("opened", OffsetDateTime.ofInstant(openedAt, ZoneOffset.UTC))
                .param("referral", json.writeValueAsString(referral))
                .update();
    }

    Optional<ReviewCase> find(UUID applicationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_case WHERE application_id = :id").param("id", applicationId)
                .query(this::row).optional();
    }

    Optional<ReviewCase> findForUpdate(UUID applicationId) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_case WHERE application_id = :id FOR UPDATE")
                .param("id", applicationId).query(this::row).optional();
    }

    List<ReviewCase> list(String status, int limit, int offset) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM review_case WHERE status = :status ORDER BY opened_at, application_id "
                        + "LIMIT :limit OFFSET :offset")
                .param("status", status).param("limit", limit).param("offset", offset).query(this::row).list();
    }

    long count(String status) {
        return jdbc.sql("SELECT count(*) FROM review_case WHERE status = :status").param("status", status)
                .query(Long.class).single();
    }

    void decide(UUID applicationId, ManualDecision decision) {
        jdbc.sql("""
                        UPDATE review_case SET status = 'DECIDED', manual_decision_id = :decisionId,
                            manual_decision = :decision, approved_amount = :amount, interest_rate = :rate,
                            reason_codes = CAST(:reasons AS jsonb), comment = :comment, reviewer = :reviewer,
                            decided_at = :at
                        WHERE application_id = :id""")
                .param("id", applicationId).param("decisionId", decision.decisionId())
                .param("decision", decision.decision()).param("amount", decision.approvedAmount())
                .param("rate", decision.interestRate()).param("reasons", json.writeValueAsString(decision.reasonCodes()))
                .param("comment", decision.comment()).param("reviewer", decision.reviewer())
                .param("at", decision.decidedAt())
                .update();
    }

    private ReviewCase row(ResultSet rs, int n) throws SQLException {
        UUID decisionId = rs.getObject("manual_decision_id", UUID.class);
        ManualDecision manual = decisionId == null ? null : new ManualDecision(decisionId, rs.getString("manual_decision"),
                rs.getObject("approved_amount", BigDecimal.class), rs.getObject("interest_rate", BigDecimal.class),
                json.readValue(rs.getString("reason_codes"), new TypeReference<List<String>>() { }),
                rs.getString("comment"), rs.getString("reviewer"), rs.getObject("decided_at", OffsetDateTime.class));
        return new ReviewCase(rs.getObject("application_id", UUID.class), rs.getString("customer_id"),
                rs.getString("status"), rs.getObject("opened_at", OffsetDateTime.class),
                json.readValue(rs.getString("referral"), Referral.class), manual);
    }
}
