package org.banyan.credit.application;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

@Repository
class ApplicationRepository {

    private final JdbcClient jdbc;
    private final JsonMapper json;

    ApplicationRepository(JdbcClient jdbc, JsonMapper json) {
        this.jdbc = jdbc;
        this.json = json;
    }

    /** Stores the application and its decision; false when the idempotency key was taken meanwhile. */
    boolean insert(StoredApplication a) {
        DecisionResponse r = a.response();
        return jdbc.sql("""
                        INSERT INTO credit_application (application_id, customer_id, submitted_at, channel, request,
                            requested_amount, term_months, decision_id, decision, pd, score, grade, approved_amount,
                            interest_rate, monthly_installment, reasons, rules_fired, rule_set_version, model_version,
                            features, explanation, response, processing_millis, idempotency_scope, idempotency_key,
                            request_hash)
                        VALUES (:id, :customer, :at, :channel, CAST(:request AS jsonb), :amount, :term, :decisionId,
                            :decision, :pd, :score, :grade, :approved, :rate, :installment, CAST(:reasons AS jsonb),
                            CAST(:rules AS jsonb), :ruleSet, :model, CAST(:features AS jsonb), CAST(:explanation AS jsonb),
                            CAST(:response AS jsonb), :millis, :scope, :key, :hash)
                        ON CONFLICT (idempotency_scope, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING""")
                .param("id", r.applicationId()).param("customer", r.customerId())
                .param("at", OffsetDateTime.ofInstant(r.decidedAt(), ZoneOffset.UTC))
                .param("channel", a.request().channel() == null ? null : a.request().channel().name())
                .param("request", json.writeValueAsString(a.request().withoutContactDetails()))
                .param("amount", r.requestedAmount()).param("term", r.termMonths())
                .param("decisionId", r.decisionId()).param("decision", r.decision())
                .param("pd", r.probabilityOfDefault()).param("score", r.score()).param("grade", r.grade())
                .param("approved", r.approvedAmount()).param("rate", r.interestRate())
                .param("installment", r.monthlyInstallment())
                .param("reasons", json.writeValueAsString(r.reasons()))
                .param("rules", json.writeValueAsString(r.rulesFired()))
                .param("ruleSet", r.ruleSetVersion()).param("model", r.modelVersion())
                .param("features", json.writeValueAsString(a.features()))
                .param("explanation", json.writeValueAsString(a.explanation()))
                .param("response", json.writeValueAsString(r)).param("millis", (int) r.processingMillis())
                .param("scope", a.idempotencyScope()).param("key", a.idempotencyKey()).param("hash", a.requestHash())
                .update() == 1;
    }

    Optional<Replay> findByKey(String scope, String key) {
        return jdbc.sql("""
                        SELECT response::text AS response, request_hash FROM credit_application
                        WHERE idempotency_scope = :scope AND idempotency_key = :key""")
                .param("scope", scope).param("key", key)
                .query((rs, n) -> new Replay(json.readValue(rs.getString("response"), DecisionResponse.class),
                        rs.getString("request_hash")))
                .optional();
    }

    Optional<ApplicationRecord> find(UUID applicationId) {
        return jdbc.sql("""
                        SELECT customer_id, response::text AS response, features::text AS features,
                            explanation::text AS explanation FROM credit_application WHERE application_id = :id""")
                .param("id", applicationId).query(this::record).optional();
    }

    List<DecisionResponse> forCustomer(String customerId, int limit, int offset) {
        return jdbc.sql("""
                        SELECT response::text FROM credit_application WHERE customer_id = :customer
                        ORDER BY submitted_at DESC, application_id LIMIT :limit OFFSET :offset""")
                .param("customer", customerId).param("limit", limit).param("offset", offset)
                .query((rs, n) -> json.readValue(rs.getString(1), DecisionResponse.class)).list();
    }

    @SuppressWarnings("unchecked")
    private ApplicationRecord record(ResultSet rs, int n) throws SQLException {
        return new ApplicationRecord(rs.getString("customer_id"),
                json.readValue(rs.getString("response"), DecisionResponse.class),
                json.readValue(rs.getString("features"), Map.class), json.readValue(rs.getString("explanation"), Map.class));
    }

    record StoredApplication(ApplicationRequest request, DecisionResponse response, Map<String, Object> features,
            Map<String, Object> explanation, String idempotencyScope, String idempotencyKey, String requestHash) {
    }

    record Replay(DecisionResponse response, String requestHash) {
    }

    record ApplicationRecord(String customerId, DecisionResponse decision, Map<String, Object> features,
            Map<String, Object> explanation) {
    }
}
