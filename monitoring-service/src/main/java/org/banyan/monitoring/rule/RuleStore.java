package org.banyan.monitoring.rule;

import org.banyan.common.error.BanyanException;
import org.banyan.common.event.Topics;
import org.banyan.common.event.payload.Severity;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.json.JsonMapper;

import java.math.BigDecimal;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


/** Rules as versioned data; every saved version is kept. Reads of enabled rules are cached briefly. */
@Repository
class RuleStore {

    static final Set<String> SOURCES = Set.of(Topics.TRANSACTIONS, Topics.LOAN_EVENTS, Topics.CREDIT_DECISIONS,
            Topics.RISK_SIGNALS, Topics.TAG_CHANGES, Topics.MARKETING_FEEDBACK);
    private static final Duration CACHE_TTL = Duration.ofSeconds(5);
    private static final RowMapper<RuleDefinition> ROW = (rs, n) -> new RuleDefinition(rs.getString("name"),
            rs.getInt("version"), RuleKind.valueOf(rs.getString("kind")), rs.getString("topic"),
            rs.getString("condition"), rs.getString("value_field"), rs.getLong("window_seconds"),
            rs.getBigDecimal("threshold"), rs.getString("requires") == null ? List.of()
                    : Arrays.asList(rs.getString("requires").split(",")),
            Severity.valueOf(rs.getString("severity")), rs.getLong("dedupe_seconds"), rs.getBoolean("enabled"),
            rs.getTimestamp("updated_at").toInstant());

    private final JdbcClient jdbc;
    private final RuleExpressions expressions;
    private final JsonMapper mapper;
    private final Clock clock;
    private volatile Cached cached = new Cached(List.of(), Instant.MIN);

    private record Cached(List<RuleDefinition> rules, Instant loadedAt) {
    }

    RuleStore(JdbcClient jdbc, RuleExpressions expressions, JsonMapper mapper, Clock clock) {
        this.jdbc = jdbc;
        this.expressions = expressions;
        this.mapper = mapper;
        this.clock = clock;
    }

    @Transactional
    RuleDefinition save(String name, RuleRequest request, String actor) {
        validate(name, request);
        int version = find(name).map(r -> r.version() + 1).orElse(1);
        Instant now = clock.instant();
        RuleDefinition rule = new RuleDefinition(name, version, request.kind(), request.topic(),
                request.kind() == RuleKind.COMBINATION && request.condition() == null ? "true" : request.condition(),
                request.valueField(), request.window(),
                request.threshold() == null ? BigDecimal.ONE : request.threshold(),
                request.requires() == null ? List.of() : List.copyOf(request.requires()), request.severity(),
                request.dedupe(), request.enabled() == null || request.enabled(), now);
        jdbc.sql("""
                        INSERT INTO alert_rule (name, version, kind, topic, condition, value_field, window_seconds,
                                                threshold, requires, severity, dedupe_seconds, enabled, updated_at)
                        VALUES (:name, :version, :kind, :topic, :condition, :valueField, :window, :threshold,
                                :requires, :severity, :dedupe, :enabled, :now)
                        ON CONFLICT (name) DO UPDATE SET version = excluded.version, kind = excluded.kind,
                            topic = excluded.topic, condition = excluded.condition, value_field = excluded.value_field,
                            window_seconds = excluded.window_seconds, threshold = excluded.threshold,
                            requires = excluded.requires, severity = excluded.severity,
                            dedupe_seconds = excluded.dedupe_seconds, enabled = excluded.enabled,
                            updated_at = excluded.updated_at""")
                .param("name", name).param("version", version).param("kind", rule.kind().name())
                .param("topic", rule.topic()).param("condition", rule.condition())
                .param("valueField", rule.valueField()).param("window", rule.windowSeconds())
                .param("threshold", rule.threshold())
                .param("requires", rule.requires().isEmpty() ? null : String.join(",", rule.requires()))
                .param("severity", rule.severity().name()).param("dedupe", rule.dedupeSeconds())
                .param("enabled", rule.enabled()).param("now", Timestamp.from(now)).update();
        jdbc.sql("""
                        INSERT INTO alert_rule_version (name, version, definition, saved_by, saved_at)
                        VALUES (:name, :version, :definition, :actor, :now)""")
                .param("name", name).param("version", version).param("definition", mapper.writeValueAsString(rule))
                .param("actor", actor).param("now", Timestamp.from(now)).update();
        invalidate();
        return rule;
    }

    private void validate(String name, RuleRequest request) {
        if (!name.matches("[A-Za-z0-9_.-]{1,100}")) {
            throw BanyanException.invalid("rule name must be 1-100 of letters, digits, '_', '.', '-'");
        }
        if (request.kind() == RuleKind.COMBINATION) {
            if (request.requires() == null || request.requires().size() < 2) {
                throw BanyanException.invalid("a COMBINATION rule requires at least two rules");
            }
            if (request.window() <= 0) {
                throw BanyanException.invalid("a COMBINATION rule needs windowSeconds > 0");
            }
            return;
        }
        if (request.topic() == null || !SOURCES.contains(request.topic())) {
            throw BanyanException.invalid("topic must be one of " + SOURCES.stream().sorted().toList());
        }
        expressions.parse(request.condition());
        boolean windowed = Set.of(RuleKind.WINDOW_COUNT, RuleKind.WINDOW_SUM, RuleKind.ABSENCE).contains(request.kind());
        if (windowed && request.window() <= 0) {
            throw BanyanException.invalid("a " + request.kind() + " rule needs windowSeconds > 0");
        }
        if ((request.kind() == RuleKind.WINDOW_SUM || request.kind() == RuleKind.CHANGE)
                && (request.valueField() == null || request.valueField().isBlank())) {
            throw BanyanException.invalid("a " + request.kind() + " rule needs valueField");
        }
    }

    Optional<RuleDefinition> find(String name) {
        return jdbc.sql("SELECT * FROM alert_rule WHERE name = :name").param("name", name).query(ROW).optional();
    }

    List<RuleDefinition> list() {
        return jdbc.sql("SELECT * FROM alert_rule ORDER BY name").query(ROW).list();
    }

    List<Map<String, Object>> versions(String name) {
        return jdbc.sql("""
                        SELECT version, definition, saved_by, saved_at FROM alert_rule_version
                        WHERE name = :name ORDER BY version""")
                .param("name", name).query().listOfRows();
    }

    List<RuleDefinition> enabledFor(String topic) {
        return enabled().stream().filter(r -> topic.equals(r.topic()) && r.kind() != RuleKind.COMBINATION).toList();
    }

    List<RuleDefinition> enabledOfKind(RuleKind kind) {
        return enabled().stream().filter(r -> r.kind() == kind).toList();
    }

    List<RuleDefinition> combinationsRequiring(String rule) {
        return enabledOfKind(RuleKind.COMBINATION).stream().filter(r -> r.requires().contains(rule)).toList();
    }

    void invalidate() {
        cached = new Cached(List.of(), Instant.MIN);
    }

    private List<RuleDefinition> enabled() {
        Cached current = cached;
        Instant now = Instant.now();
        if (current.loadedAt().plus(CACHE_TTL).isBefore(now)) {
            current = new Cached(jdbc.sql("SELECT * FROM alert_rule WHERE enabled ORDER BY name").query(ROW).list(),
                    now);
            cached = current;
        }
        return current.rules();
    }

}
