package org.banyan.profile.coverage;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.MultiGauge;
import io.micrometer.core.instrument.Tags;
import org.banyan.profile.catalog.TagCatalog;
import org.banyan.profile.catalog.TagDefinition;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.OffsetDateTime;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The share of customers that have a value for each tag, computed in the database on a schedule (a
 * full pass over the profiles, too costly per request) and exported as the Prometheus gauge
 * {@code banyan_profile_tag_coverage_ratio{tag=...}}.
 */
@Service
class TagCoverage {

    private final JdbcClient jdbc;
    private final TagCatalog catalog;
    private final MultiGauge gauge;
    private volatile Report report;

    TagCoverage(JdbcClient jdbc, TagCatalog catalog, MeterRegistry meters) {
        this.jdbc = jdbc;
        this.catalog = catalog;
        this.gauge = MultiGauge.builder("banyan.profile.tag.coverage")
                .description("Share of customer profiles with a value for the tag").baseUnit("ratio").register(meters);
    }

    Report report() {
        Report current = report;
        return current != null ? current : refresh();
    }

    @Scheduled(initialDelayString = "${banyan.profile.coverage-refresh:10m}",
            fixedDelayString = "${banyan.profile.coverage-refresh:10m}")
    synchronized Report refresh() {
        long customers = jdbc.sql("SELECT count(*) FROM profile").query(Long.class).single();
        Map<String, Long> withValue = new HashMap<>();
        jdbc.sql("SELECT key, count(*) FROM profile, jsonb_object_keys(tags) AS key GROUP BY key")
                .query((rs, n) -> withValue.put(rs.getString(1), rs.getLong(2))).list();
        List<Row> rows = catalog.all().stream().filter(TagDefinition::active).map(tag -> {
            long n = withValue.getOrDefault(tag.code(), 0L);
            return new Row(tag.code(), tag.dimension().name(), n, customers == 0 ? BigDecimal.ZERO
                    : BigDecimal.valueOf(n).divide(BigDecimal.valueOf(customers), 4, RoundingMode.HALF_EVEN));
        }).toList();
        gauge.register(rows.stream().map(r -> MultiGauge.Row.of(Tags.of("tag", r.tag(), "dimension", r.dimension()),
                r.coverage().doubleValue())).toList(), true);
        report = new Report(OffsetDateTime.now(), customers, rows);
        return report;
    }

    record Row(String tag, String dimension, long customersWithValue, BigDecimal coverage) {
    }

    record Report(OffsetDateTime computedAt, long customers, List<Row> tags) {
    }
}
