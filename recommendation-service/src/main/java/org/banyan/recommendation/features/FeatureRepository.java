package org.banyan.recommendation.features;

import org.banyan.common.event.payload.Severity;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

@Repository
class FeatureRepository {

    /** Risk signals kept per customer; enough for any look-back the eligibility rules use. */
    static final int MAX_SIGNALS = 50;

    private static final TypeReference<Map<String, Object>> TAGS = new TypeReference<>() {
    };
    private static final TypeReference<List<StoredSignal>> SIGNALS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper mapper;

    FeatureRepository(JdbcClient jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    Optional<CustomerFeatures> find(String customerId) {
        return jdbc.sql("SELECT customer_id, profile_version, tags, risk_signals FROM customer_features WHERE customer_id = :id")
                .param("id", customerId).query(this::features).optional();
    }

    /** Streams every customer's features; call inside a transaction, or PostgreSQL ignores the fetch size. */
    void forEach(Consumer<CustomerFeatures> consumer) {
        try (var rows = jdbc.sql("SELECT customer_id, profile_version, tags, risk_signals FROM customer_features")
                .withFetchSize(2_000).query(this::features).stream()) {
            rows.forEach(consumer);
        }
    }

    /** The named customers that have features, reading only the named tags. */
    List<CustomerFeatures> findAll(String[] customerIds, String[] tags) {
        return jdbc.sql("""
                        SELECT customer_id, profile_version, risk_signals,
                               coalesce((SELECT jsonb_object_agg(k, tags -> k) FROM unnest(CAST(:tags AS text[])) AS k
                                         WHERE tags -> k IS NOT NULL), '{}') AS tags
                        FROM customer_features WHERE customer_id = ANY(:ids)""")
                .param("ids", customerIds).param("tags", tags).query(this::features).list();
    }

    List<CustomerFeatures> sample(int size) {
        return jdbc.sql("SELECT customer_id, profile_version, tags, risk_signals FROM customer_features ORDER BY random() LIMIT :n")
                .param("n", size).query(this::features).list();
    }

    /** Like {@link #forEach} but reading only the named tags, which is far cheaper over wide profiles. */
    void forEachProjected(String[] tags, Consumer<CustomerFeatures> consumer) {
        try (var rows = jdbc.sql("""
                        SELECT customer_id, profile_version, risk_signals,
                               coalesce((SELECT jsonb_object_agg(k, tags -> k) FROM unnest(CAST(:tags AS text[])) AS k
                                         WHERE tags -> k IS NOT NULL), '{}') AS tags
                        FROM customer_features""")
                .param("tags", tags)
                .withFetchSize(5_000).query(this::features).stream()) {
            rows.forEach(consumer);
        }
    }

    /**
     * Merges changed tags into the stored ones (a null new value removes the tag), unless the stored
     * profile is already at this version or later: a replayed or stale change never rolls tags back.
     *
     * @return whether the change was applied
     */
    boolean applyTagChanges(String customerId, long profileVersion, Map<String, Object> set, List<String> removed,
            Instant at) {
        return jdbc.sql("""
                        INSERT INTO customer_features (customer_id, profile_version, tags, updated_at)
                        VALUES (:id, :version, CAST(:set AS jsonb), :at)
                        ON CONFLICT (customer_id) DO UPDATE
                            SET tags = (customer_features.tags || CAST(:set AS jsonb)) - CAST(:removed AS text[]),
                                profile_version = excluded.profile_version, updated_at = excluded.updated_at
                            WHERE customer_features.profile_version < excluded.profile_version""")
                .param("id", customerId)
                .param("version", profileVersion)
                .param("set", mapper.writeValueAsString(set))
                .param("removed", removed.toArray(String[]::new))
                .param("at", Timestamp.from(at))
                .update() == 1;
    }

    /** Adds a signal in front of the customer's list, keeping the newest {@link #MAX_SIGNALS}. */
    void addRiskSignal(String customerId, RiskSignal signal, Instant at) {
        String json = mapper.writeValueAsString(List.of(new StoredSignal(signal.signalId(), signal.signalType(),
                signal.severity(), signal.occurredAt())));
        jdbc.sql("""
                        INSERT INTO customer_features (customer_id, risk_signals, updated_at)
                        VALUES (:id, CAST(:signal AS jsonb), :at)
                        ON CONFLICT (customer_id) DO UPDATE
                            SET risk_signals = jsonb_path_query_array(
                                    CAST(:signal AS jsonb) || customer_features.risk_signals, '$[0 to %d]'),
                                updated_at = excluded.updated_at""".formatted(MAX_SIGNALS - 1))
                .param("id", customerId)
                .param("signal", json)
                .param("at", Timestamp.from(at))
                .update();
    }

    private CustomerFeatures features(ResultSet rs, int row) throws SQLException {
        List<RiskSignal> signals = mapper.readValue(rs.getString("risk_signals"), SIGNALS).stream()
                .map(s -> new RiskSignal(s.signalId(), s.signalType(), s.severity(), s.occurredAt())).toList();
        return new CustomerFeatures(rs.getString("customer_id"), rs.getLong("profile_version"),
                mapper.readValue(rs.getString("tags"), TAGS), signals);
    }

    /** The stored JSON form of a signal. */
    record StoredSignal(String signalId, String signalType, Severity severity, Instant occurredAt) {
    }
}
