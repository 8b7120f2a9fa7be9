package org.banyan.monitoring.alert;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.banyan.common.error.BanyanException;
import org.banyan.common.event.EventContracts;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.Topics;
import org.banyan.common.event.payload.AlertRaised;
import org.banyan.common.event.payload.Severity;
import org.banyan.common.outbox.Outbox;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The alert lifecycle: OPEN → ACKNOWLEDGED → RESOLVED or DISMISSED, with dedupe counting, escalation of
 * unacknowledged alerts and a full history. Every new alert, and every change of status or severity,
 * goes out on {@code monitoring.alerts.v1} through the outbox, in the transaction of the change.
 */
@Service
public class Alerts {

    static final String PRODUCER = "monitoring-service";
    private static final List<String> LIVE = List.of("OPEN", "ACKNOWLEDGED");

    private final JdbcClient jdbc;
    private final Outbox outbox;
    private final Clock clock;
    private final MeterRegistry meters;
    private final ConcurrentHashMap<String, AtomicLong> openBySeverity = new ConcurrentHashMap<>();

    Alerts(JdbcClient jdbc, Outbox outbox, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.outbox = outbox;
        this.clock = clock;
        this.meters = meters;
        for (Severity severity : Severity.values()) {
            AtomicLong value = new AtomicLong();
            openBySeverity.put(severity.name(), value);
            Gauge.builder("banyan.monitoring.alerts.open", value, AtomicLong::get)
                    .description("Alerts OPEN or ACKNOWLEDGED, by severity")
                    .tag("severity", severity.name()).register(meters);
        }
    }

    /**
     * Raises an alert for a rule firing, or counts a repeat into the live alert of the same rule and
     * subject whose last firing lies within the dedupe window. Must run in the caller's transaction.
     *
     * @return the alert's id and whether it is new
     */
    @Transactional
    public Raised raise(AlertHit hit) {
        Instant since = hit.at().minus(hit.dedupe());
        Optional<UUID> live = jdbc.sql("""
                        SELECT alert_id FROM alert
                        WHERE rule_name = :rule AND subject = :subject AND status IN ('OPEN','ACKNOWLEDGED')
                          AND last_seen >= :since
                        ORDER BY last_seen DESC LIMIT 1 FOR UPDATE""")
                .param("rule", hit.rule()).param("subject", hit.subject()).param("since", Timestamp.from(since))
                .query(UUID.class).optional();
        Instant now = clock.instant();
        if (live.isPresent()) {
            jdbc.sql("""
                            UPDATE alert SET count = count + 1, last_seen = GREATEST(last_seen, :at), updated_at = :now
                            WHERE alert_id = :id""")
                    .param("at", Timestamp.from(hit.at())).param("now", Timestamp.from(now))
                    .param("id", live.get()).update();
            history(live.get(), now, "REPEATED", null, null, null, hit.summary());
            meters.counter("banyan.monitoring.alerts.deduplicated", "rule", hit.rule()).increment();
            return new Raised(live.get(), false);
        }
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO alert (alert_id, rule_name, rule_version, subject, severity, status, count, summary,
                                           first_seen, last_seen, created_at, updated_at)
                        VALUES (:id, :rule, :version, :subject, :severity, 'OPEN', 1, :summary, :at, :at, :now, :now)""")
                .param("id", id).param("rule", hit.rule()).param("version", hit.ruleVersion())
                .param("subject", hit.subject()).param("severity", hit.severity().name())
                .param("summary", hit.summary()).param("at", Timestamp.from(hit.at()))
                .param("now", Timestamp.from(now)).update();
        history(id, now, "RAISED", null, null, "OPEN", hit.summary());
        publish(id);
        meters.counter("banyan.monitoring.alerts.raised", "rule", hit.rule(), "severity", hit.severity().name())
                .increment();
        if (!now.isBefore(hit.at())) {
            Timer.builder("banyan.monitoring.alert.latency")
                    .description("From the firing event's occurredAt to the new alert's commit-time row")
                    .publishPercentileHistogram().register(meters).record(Duration.between(hit.at(), now));
        }
        return new Raised(id, true);
    }

    /** The outcome of {@link #raise}. */
    public record Raised(UUID alertId, boolean created) {
    }

    /** Names of rules with a live alert for {@code subject} seen at or after {@code since}. */
    public List<String> liveRules(String subject, Instant since) {
        return jdbc.sql("""
                        SELECT DISTINCT rule_name FROM alert
                        WHERE subject = :subject AND status IN ('OPEN','ACKNOWLEDGED') AND last_seen >= :since""")
                .param("subject", subject).param("since", Timestamp.from(since)).query(String.class).list();
    }

    @Transactional
    AlertView acknowledge(UUID id, String actor, String assignee, String note) {
        return transition(id, actor, "ACKNOWLEDGED", List.of("OPEN"), assignee, note);
    }

    @Transactional
    AlertView resolve(UUID id, String actor, String note) {
        return transition(id, actor, "RESOLVED", LIVE, null, note);
    }

    @Transactional
    AlertView dismiss(UUID id, String actor, String note) {
        return transition(id, actor, "DISMISSED", LIVE, null, note);
    }

    @Transactional
    AlertView addNote(UUID id, String actor, String note) {
        AlertView alert = find(id);
        history(id, clock.instant(), "NOTE", actor, null, null, note);
        return alert;
    }

    private AlertView transition(UUID id, String actor, String to, List<String> from, String assignee, String note) {
        AlertView alert = lock(id);
        if (!from.contains(alert.status())) {
            throw BanyanException.conflict("Alert " + id + " is " + alert.status() + " and cannot become " + to);
        }
        Instant now = clock.instant();
        jdbc.sql("""
                        UPDATE alert SET status = :to, assignee = COALESCE(:assignee, assignee), updated_at = :now
                        WHERE alert_id = :id""")
                .param("to", to).param("assignee", assignee).param("now", Timestamp.from(now)).param("id", id)
                .update();
        history(id, now, to, actor, alert.status(), to, note);
        publish(id);
        return find(id);
    }

    /**
     * Escalates every OPEN alert created before {@code now - after} and not yet escalated: its severity
     * goes one step up (CRITICAL stays CRITICAL), once.
     *
     * @return how many alerts escalated
     */
    @Transactional
    public int escalate(Duration after) {
        Instant now = clock.instant();
        List<AlertView> due = jdbc.sql("""
                        SELECT * FROM alert WHERE status = 'OPEN' AND escalated_at IS NULL AND created_at <= :cutoff
                        ORDER BY created_at LIMIT 1000 FOR UPDATE SKIP LOCKED""")
                .param("cutoff", Timestamp.from(now.minus(after))).query(AlertView.class).list();
        for (AlertView alert : due) {
            Severity from = Severity.valueOf(alert.severity());
            Severity to = Severity.values()[Math.min(from.ordinal() + 1, Severity.values().length - 1)];
            jdbc.sql("UPDATE alert SET severity = :to, escalated_at = :now, updated_at = :now WHERE alert_id = :id")
                    .param("to", to.name()).param("now", Timestamp.from(now)).param("id", alert.alertId()).update();
            history(alert.alertId(), now, "ESCALATED", "system", "OPEN", "OPEN",
                    "Unacknowledged for " + after + "; severity " + from + " -> " + to);
            publish(alert.alertId());
        }
        return due.size();
    }

    AlertView find(UUID id) {
        return jdbc.sql("SELECT * FROM alert WHERE alert_id = :id").param("id", id).query(AlertView.class)
                .optional().orElseThrow(() -> BanyanException.notFound("Alert", id));
    }

    private AlertView lock(UUID id) {
        return jdbc.sql("SELECT * FROM alert WHERE alert_id = :id FOR UPDATE").param("id", id)
                .query(AlertView.class).optional().orElseThrow(() -> BanyanException.notFound("Alert", id));
    }

    List<AlertView> list(String status, String severity, String rule, String subject, int limit) {
        return jdbc.sql("""
                        SELECT * FROM alert
                        WHERE (CAST(:status AS TEXT) IS NULL OR status = :status)
                          AND (CAST(:severity AS TEXT) IS NULL OR severity = :severity)
                          AND (CAST(:rule AS TEXT) IS NULL OR rule_name = :rule)
                          AND (CAST(:subject AS TEXT) IS NULL OR subject = :subject)
                        ORDER BY created_at DESC LIMIT :limit""")
                .param("status", status).param("severity", severity).param("rule", rule).param("subject", subject)
                .param("limit", limit).query(AlertView.class).list();
    }

    List<AlertHistoryEntry> history(UUID id) {
        find(id);
        return jdbc.sql("""
                        SELECT at, action, actor, from_status, to_status, note FROM alert_history
                        WHERE alert_id = :id ORDER BY id""")
                .param("id", id).query(AlertHistoryEntry.class).list();
    }

    /** Refreshes the open-alerts gauges from the database. */
    void refreshGauges() {
        openBySeverity.values().forEach(v -> v.set(0));
        jdbc.sql("SELECT severity, count(*) FROM alert WHERE status IN ('OPEN','ACKNOWLEDGED') GROUP BY severity")
                .query((rs, n) -> {
                    AtomicLong gauge = openBySeverity.get(rs.getString(1));
                    if (gauge != null) {
                        gauge.set(rs.getLong(2));
                    }
                    return null;
                }).list();
    }

    private void history(UUID id, Instant at, String action, String actor, String from, String to, String note) {
        jdbc.sql("""
                        INSERT INTO alert_history (alert_id, at, action, actor, from_status, to_status, note)
                        VALUES (:id, :at, :action, :actor, :from, :to, :note)""")
                .param("id", id).param("at", Timestamp.from(at)).param("action", action).param("actor", actor)
                .param("from", from).param("to", to).param("note", note).update();
    }

    private void publish(UUID id) {
        AlertView alert = find(id);
        AlertRaised payload = new AlertRaised(id.toString(), alert.ruleName(), Severity.valueOf(alert.severity()),
                alert.subject(), AlertRaised.Status.valueOf(alert.status()), alert.count(), alert.summary());
        outbox.publish(Topics.ALERTS, EventEnvelope.of(EventContracts.ALERTS, PRODUCER, alert.subject(), payload));
    }
}
