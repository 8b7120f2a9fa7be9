package org.banyan.monitoring.drift;

import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.payload.CreditDecisionMade;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.ZoneOffset;

/** Keeps the score of every credit decision, the population the daily drift job compares to its baseline. */
@Service
public class DecisionScores {

    private final JdbcClient jdbc;

    DecisionScores(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Records one decision; a replayed decision is kept once. Call inside the event's transaction. */
    public void record(EventEnvelope<CreditDecisionMade> event) {
        CreditDecisionMade d = event.payload();
        jdbc.sql("""
                        INSERT INTO decision_score (decision_id, model_version, score, decision, decided_on)
                        VALUES (:id, :model, :score, :decision, :day) ON CONFLICT DO NOTHING""")
                .param("id", d.decisionId()).param("model", d.modelVersion()).param("score", d.score())
                .param("decision", d.decision().name())
                .param("day", event.occurredAt().atOffset(ZoneOffset.UTC).toLocalDate()).update();
    }
}
