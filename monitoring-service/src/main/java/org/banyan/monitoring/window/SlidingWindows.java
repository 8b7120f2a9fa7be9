package org.banyan.monitoring.window;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * Sliding-window and per-subject state in PostgreSQL, so it survives restarts. Windows are taken on
 * event time and every event is stored once per rule under its event id, so a replayed or redelivered
 * event, or one arriving out of order, leaves the totals exactly as a single in-order delivery would.
 */
@Service
public class SlidingWindows {

    private final JdbcClient jdbc;

    SlidingWindows(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Adds one matching event to a rule's window; false when this event was already counted. */
    public boolean add(String rule, String subject, UUID eventId, Instant occurredAt, BigDecimal value) {
        return jdbc.sql("""
                        INSERT INTO window_event (rule_name, subject, event_id, occurred_at, value)
                        VALUES (:rule, :subject, :eventId, :at, :value) ON CONFLICT DO NOTHING""")
                .param("rule", rule).param("subject", subject).param("eventId", eventId)
                .param("at", Timestamp.from(occurredAt)).param("value", value == null ? BigDecimal.ONE : value)
                .update() == 1;
    }

    /** Totals of the subject's events in the window ({@code end - length}, {@code end}]. */
    public WindowTotals totals(String rule, String subject, Instant end, Duration length) {
        return jdbc.sql("""
                        SELECT count(*) AS count, COALESCE(sum(value), 0) AS sum FROM window_event
                        WHERE rule_name = :rule AND subject = :subject AND occurred_at > :start AND occurred_at <= :end""")
                .param("rule", rule).param("subject", subject).param("start", Timestamp.from(end.minus(length)))
                .param("end", Timestamp.from(end)).query(WindowTotals.class).single();
    }

    /** Forgets window events older than {@code before}; they can no longer fall in any window. */
    public int prune(String rule, Instant before) {
        return jdbc.sql("DELETE FROM window_event WHERE rule_name = :rule AND occurred_at < :before")
                .param("rule", rule).param("before", Timestamp.from(before)).update();
    }

    /**
     * Records that the subject matched a change or absence rule at {@code at} with {@code value}, and
     * returns the value of its previous (earlier) event, if any. A late event older than the latest
     * keeps the state as it is.
     */
    public Optional<BigDecimal> observe(String rule, String subject, Instant at, BigDecimal value) {
        Optional<SubjectState> before = jdbc.sql("""
                        SELECT last_seen, last_value, seen_count FROM subject_state
                        WHERE rule_name = :rule AND subject = :subject FOR UPDATE""")
                .param("rule", rule).param("subject", subject).query(SubjectState.class).optional();
        if (before.isEmpty()) {
            jdbc.sql("""
                            INSERT INTO subject_state (rule_name, subject, last_seen, last_value, seen_count)
                            VALUES (:rule, :subject, :at, :value, 1)""")
                    .param("rule", rule).param("subject", subject).param("at", Timestamp.from(at))
                    .param("value", value).update();
            return Optional.empty();
        }
        boolean newer = !at.isBefore(before.get().lastSeen().toInstant());
        jdbc.sql("""
                        UPDATE subject_state SET seen_count = seen_count + 1,
                            last_seen = CASE WHEN :newer THEN :at ELSE last_seen END,
                            last_value = CASE WHEN :newer THEN :value ELSE last_value END
                        WHERE rule_name = :rule AND subject = :subject""")
                .param("newer", newer).param("at", Timestamp.from(at)).param("value", value)
                .param("rule", rule).param("subject", subject).update();
        return newer ? Optional.ofNullable(before.get().lastValue()) : Optional.empty();
    }

    /**
     * Subjects seen at least {@code minSeen} times whose latest matching event is older than
     * {@code cutoff}, and not yet reported absent since that event; they are marked reported.
     */
    public List<AbsentSubject> claimAbsent(String rule, Instant cutoff, long minSeen, int limit) {
        return jdbc.sql("""
                        UPDATE subject_state s SET absent_alerted_for = s.last_seen
                        FROM (SELECT subject FROM subject_state
                              WHERE rule_name = :rule AND last_seen < :cutoff AND seen_count >= :minSeen
                                AND (absent_alerted_for IS NULL OR absent_alerted_for < last_seen)
                              ORDER BY subject LIMIT :limit FOR UPDATE SKIP LOCKED) due
                        WHERE s.rule_name = :rule AND s.subject = due.subject
                        RETURNING s.subject, s.last_seen""")
                .param("rule", rule).param("cutoff", Timestamp.from(cutoff)).param("minSeen", minSeen)
                .param("limit", limit).query(AbsentSubject.class).list();
    }

    /** A subject that went quiet, and when it was last seen. */
    public record AbsentSubject(String subject, OffsetDateTime lastSeen) {
    }

    record SubjectState(OffsetDateTime lastSeen, BigDecimal lastValue, long seenCount) {
    }
}
