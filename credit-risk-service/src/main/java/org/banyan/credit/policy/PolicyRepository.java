package org.banyan.credit.policy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@Repository
class PolicyRepository {

    private final JdbcClient jdbc;

    PolicyRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    int currentVersion() {
        return jdbc.sql("SELECT coalesce(max(version), 0) FROM policy_rule_set").query(Integer.class).single();
    }

    Optional<RuleSet> find(int version) {
        return jdbc.sql("SELECT version, created_by, comment, created_at FROM policy_rule_set WHERE version = :v")
                .param("v", version)
                .query((rs, n) -> new RuleSet(rs.getInt("version"), rs.getString("created_by"), rs.getString("comment"),
                        rs.getObject("created_at", OffsetDateTime.class), rules(version)))
                .optional();
    }

    List<RuleSet> versions() {
        return jdbc.sql("SELECT version, created_by, comment, created_at FROM policy_rule_set ORDER BY version DESC")
                .query((rs, n) -> new RuleSet(rs.getInt("version"), rs.getString("created_by"), rs.getString("comment"),
                        rs.getObject("created_at", OffsetDateTime.class), List.of()))
                .list();
    }

    /** Serialises rule-set writers: the version check and the insert happen under one lock. */
    void lock() {
        jdbc.sql("SELECT 1 FROM pg_advisory_xact_lock(3341, 2)").query(Integer.class).single();
    }

    void insert(int version, String createdBy, String comment, List<Rule> rules) {
        jdbc.sql("INSERT INTO policy_rule_set (version, created_by, comment) VALUES (:v, :by, :comment)")
                .param("v", version).param("by", createdBy).param("comment", comment).update();
        for (int i = 0; i < rules.size(); i++) {
            Rule r = rules.get(i);
            jdbc.sql("""
                            INSERT INTO policy_rule (rule_set_version, position, code, description, expression, action,
                                reason_code, reason_text)
                            VALUES (:v, :pos, :code, :description, :expression, :action, :reasonCode, :reasonText)""")
                    .param("v", version).param("pos", i + 1).param("code", r.code()).param("description", r.description())
                    .param("expression", r.expression()).param("action", r.action().name())
                    .param("reasonCode", r.reasonCode()).param("reasonText", r.reasonText())
                    .update();
        }
    }

    boolean blocked(String customerId) {
        return jdbc.sql("SELECT count(*) FROM blocked_customer WHERE customer_id = :id").param("id", customerId)
                .query(Long.class).single() > 0;
    }

    void block(String customerId, String reason, String by) {
        jdbc.sql("""
                        INSERT INTO blocked_customer (customer_id, reason, added_by) VALUES (:id, :reason, :by)
                        ON CONFLICT (customer_id) DO UPDATE SET reason = excluded.reason, added_by = excluded.added_by,
                            added_at = now()""")
                .param("id", customerId).param("reason", reason).param("by", by).update();
    }

    boolean unblock(String customerId) {
        return jdbc.sql("DELETE FROM blocked_customer WHERE customer_id = :id").param("id", customerId).update() == 1;
    }

    private List<Rule> rules(int version) {
        return jdbc.sql("""
                        SELECT code, description, expression, action, reason_code, reason_text FROM policy_rule
                        WHERE rule_set_version = :v ORDER BY position""")
                .param("v", version)
                .query((rs, n) -> new Rule(rs.getString("code"), rs.getString("description"), rs.getString("expression"),
                        RuleAction.valueOf(rs.getString("action")), rs.getString("reason_code"), rs.getString("reason_text")))
                .list();
    }
}
