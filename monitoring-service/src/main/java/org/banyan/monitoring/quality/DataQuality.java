package org.banyan.monitoring.quality;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.payload.Severity;
import org.banyan.monitoring.alert.AlertHit;
import org.banyan.monitoring.alert.Alerts;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.lang.reflect.RecordComponent;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Data quality per topic: completeness of the expected fields per UTC day (counted as events arrive) and
 * freshness (time since the last event, from the intake ledger). The check raises {@code quality.completeness}
 * and {@code quality.freshness} alerts and exports both as gauges.
 */
@Service
@EnableConfigurationProperties(QualityProperties.class)
public class DataQuality {

    static final String COMPLETENESS_RULE = "quality.completeness";
    static final String FRESHNESS_RULE = "quality.freshness";

    private final JdbcClient jdbc;
    private final Alerts alerts;
    private final QualityProperties properties;
    private final Clock clock;
    private final MeterRegistry meters;
    private final Map<String, AtomicLong> completenessGauges = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> freshnessGauges = new ConcurrentHashMap<>();

    DataQuality(JdbcClient jdbc, Alerts alerts, QualityProperties properties, Clock clock, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.properties = properties;
        this.clock = clock;
        this.meters = meters;
    }

    /** Counts one event of {@code topic}; call inside the event's transaction. */
    public void observe(String topic, EventEnvelope<?> event) {
        boolean complete = properties.expectedFields().getOrDefault(topic, List.of()).stream()
                .allMatch(field -> present(event.payload(), field));
        jdbc.sql("""
                        INSERT INTO quality_daily AS q (day, topic, events, complete) VALUES (:day, :topic, 1, :complete)
                        ON CONFLICT (day, topic) DO UPDATE SET events = q.events + 1, complete = q.complete + excluded.complete""")
                .param("day", event.occurredAt().atOffset(ZoneOffset.UTC).toLocalDate()).param("topic", topic)
                .param("complete", complete ? 1 : 0).update();
    }

    record TopicQuality(LocalDate day, String topic, long events, long complete, double completeness) {
    }

    List<TopicQuality> of(LocalDate day) {
        return jdbc.sql("""
                        SELECT day, topic, events, complete, complete::float8 / events AS completeness
                        FROM quality_daily WHERE day = :day ORDER BY topic""")
                .param("day", day).query(TopicQuality.class).list();
    }

    record Freshness(String topic, OffsetDateTime lastReceivedAt, long secondsSince) {
    }

    List<Freshness> freshness() {
        Instant now = clock.instant();
        return jdbc.sql("""
                        SELECT topic, max(last_received_at) AS last_received_at FROM banyan_topic_intake
                        GROUP BY topic ORDER BY topic""")
                .query((rs, n) -> {
                    OffsetDateTime last = rs.getObject("last_received_at", OffsetDateTime.class);
                    return new Freshness(rs.getString("topic"), last,
                            Duration.between(last.toInstant(), now).toSeconds());
                }).list();
    }

    /**
     * Checks {@code day}: a topic with at least the minimum events and completeness under the floor, or
     * with no event for longer than the allowed staleness, raises an alert (deduplicated per day).
     *
     * @return the alerts raised or repeated
     */
    @Transactional
    List<String> check(LocalDate day) {
        List<String> raised = new ArrayList<>();
        Instant at = clock.instant();
        for (TopicQuality quality : of(day)) {
            gauge(completenessGauges, "banyan.monitoring.quality.completeness", quality.topic())
                    .set(Double.doubleToLongBits(quality.completeness()));
            if (quality.events() >= properties.minEvents() && quality.completeness() < properties.minCompleteness()) {
                alerts.raise(new AlertHit(COMPLETENESS_RULE, 1, "topic:" + quality.topic(), Severity.MEDIUM,
                        Duration.ofDays(1), at, String.format("Completeness %.2f%% of %s on %s is under %.0f%%",
                                quality.completeness() * 100, quality.topic(), day, properties.minCompleteness() * 100)));
                raised.add(COMPLETENESS_RULE + ":" + quality.topic());
            }
        }
        for (Freshness fresh : freshness()) {
            gauge(freshnessGauges, "banyan.monitoring.quality.staleness.seconds", fresh.topic())
                    .set(Double.doubleToLongBits(fresh.secondsSince()));
            if (fresh.secondsSince() > properties.maxStaleness().toSeconds()) {
                alerts.raise(new AlertHit(FRESHNESS_RULE, 1, "topic:" + fresh.topic(), Severity.HIGH,
                        properties.maxStaleness(), at, "No event on " + fresh.topic() + " for "
                                + fresh.secondsSince() + " s"));
                raised.add(FRESHNESS_RULE + ":" + fresh.topic());
            }
        }
        return raised;
    }

    private AtomicLong gauge(Map<String, AtomicLong> gauges, String name, String topic) {
        return gauges.computeIfAbsent(topic, t -> {
            AtomicLong bits = new AtomicLong(Double.doubleToLongBits(Double.NaN));
            Gauge.builder(name, bits, b -> Double.longBitsToDouble(b.get())).tag("topic", t).register(meters);
            return bits;
        });
    }

    private static boolean present(Object payload, String field) {
        if (payload == null || !payload.getClass().isRecord()) {
            return false;
        }
        for (RecordComponent component : payload.getClass().getRecordComponents()) {
            if (component.getName().equals(field)) {
                try {
                    Object value = component.getAccessor().invoke(payload);
                    return value != null && !(value instanceof String s && s.isBlank());
                } catch (ReflectiveOperationException e) {
                    return false;
                }
            }
        }
        return false;
    }
}
