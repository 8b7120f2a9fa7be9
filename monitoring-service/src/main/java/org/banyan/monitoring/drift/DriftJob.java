package org.banyan.monitoring.drift;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.banyan.common.event.payload.Severity;
import org.banyan.monitoring.alert.AlertHit;
import org.banyan.monitoring.alert.Alerts;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The daily drift job: per model with a baseline, the PSI of the day's score distribution and the
 * approval rate. Idempotent per date: results are upserted and the PSI alert is raised only when the
 * date's result is first written.
 */
@Service
class DriftJob {

    static final String PSI_RULE = "drift.psi";

    private final JdbcClient jdbc;
    private final Alerts alerts;
    private final Clock clock;
    private final MeterRegistry meters;
    private final double watch;
    private final double alert;
    private final Map<String, AtomicLong> psiGauges = new ConcurrentHashMap<>();

    DriftJob(JdbcClient jdbc, Alerts alerts, Clock clock, MeterRegistry meters,
            @Value("${banyan.monitoring.psi.watch:0.1}") double watch,
            @Value("${banyan.monitoring.psi.alert:0.25}") double alert) {
        this.jdbc = jdbc;
        this.alerts = alerts;
        this.clock = clock;
        this.meters = meters;
        this.watch = watch;
        this.alert = alert;
    }

    record Baseline(String modelVersion, String edges, String shares) {
    }

    record DriftResult(LocalDate runDate, String modelVersion, String metric, double value, String status) {
    }

    @Transactional
    void saveBaseline(String modelVersion, double[] edges, double[] shares) {
        if (shares.length != edges.length + 1) {
            throw org.banyan.common.error.BanyanException.invalid("shares needs one more entry than edges");
        }
        for (int i = 1; i < edges.length; i++) {
            if (edges[i] <= edges[i - 1]) {
                throw org.banyan.common.error.BanyanException.invalid("edges must be strictly ascending");
            }
        }
        jdbc.sql("""
                        INSERT INTO drift_baseline (model_version, edges, shares) VALUES (:m, :e, :s)
                        ON CONFLICT (model_version) DO UPDATE SET edges = excluded.edges, shares = excluded.shares""")
                .param("m", modelVersion).param("e", join(edges)).param("s", join(shares)).update();
    }

    @Transactional
    List<DriftResult> run(LocalDate date) {
        List<DriftResult> results = new ArrayList<>();
        for (Baseline baseline : jdbc.sql("SELECT * FROM drift_baseline ORDER BY model_version")
                .query(Baseline.class).list()) {
            String model = baseline.modelVersion();
            double[] scores = jdbc.sql("SELECT score FROM decision_score WHERE decided_on = :d AND model_version = :m")
                    .param("d", date).param("m", model).query(Double.class).list().stream()
                    .mapToDouble(Double::doubleValue).toArray();
            if (scores.length == 0) {
                continue;
            }
            double psi = DriftMath.psi(split(baseline.shares()), DriftMath.histogram(scores, split(baseline.edges())));
            String status = DriftMath.status(psi, watch, alert);
            boolean first = upsert(date, model, "psi", psi, status);
            results.add(new DriftResult(date, model, "psi", psi, status));
            gauge(model).set(Double.doubleToLongBits(psi));
            if (first && "ALERT".equals(status)) {
                alerts.raise(new AlertHit(PSI_RULE, 1, "model:" + model, Severity.HIGH, Duration.ofDays(1),
                        date.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant(),
                        String.format("PSI %.4f of %s on %s above %.2f", psi, model, date, alert)));
            }
            Double approval = jdbc.sql("""
                            SELECT avg(CASE WHEN decision = 'APPROVE' THEN 1.0 ELSE 0.0 END) FROM decision_score
                            WHERE decided_on = :d AND model_version = :m""")
                    .param("d", date).param("m", model).query(Double.class).single();
            upsert(date, model, "approval_rate", approval, "INFO");
            results.add(new DriftResult(date, model, "approval_rate", approval, "INFO"));
        }
        return results;
    }

    List<DriftResult> results(LocalDate date) {
        return jdbc.sql("""
                        SELECT run_date, model_version, metric, value, status FROM drift_result
                        WHERE run_date = :d ORDER BY model_version, metric""")
                .param("d", date).query(DriftResult.class).list();
    }

    private boolean upsert(LocalDate date, String model, String metric, double value, String status) {
        return Boolean.TRUE.equals(jdbc.sql("""
                        INSERT INTO drift_result (run_date, model_version, metric, value, status, computed_at)
                        VALUES (:d, :m, :metric, :v, :s, :now)
                        ON CONFLICT (run_date, model_version, metric) DO UPDATE SET value = excluded.value,
                            status = excluded.status, computed_at = excluded.computed_at
                        RETURNING (xmax = 0) AS inserted""")
                .param("d", date).param("m", model).param("metric", metric).param("v", value).param("s", status)
                .param("now", Timestamp.from(clock.instant())).query(Boolean.class).single());
    }

    private AtomicLong gauge(String model) {
        return psiGauges.computeIfAbsent(model, m -> {
            AtomicLong bits = new AtomicLong(Double.doubleToLongBits(0));
            Gauge.builder("banyan.monitoring.drift.psi", bits, b -> Double.longBitsToDouble(b.get()))
                    .description("Latest daily PSI of a model's score distribution").tag("model", m).register(meters);
            return bits;
        });
    }

    private static String join(double[] values) {
        return String.join(",", Arrays.stream(values).mapToObj(Double::toString).toList());
    }

    private static double[] split(String values) {
        return Arrays.stream(values.split(",")).mapToDouble(Double::parseDouble).toArray();
    }
}
