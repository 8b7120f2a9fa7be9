package org.banyan.profile.tagging;

import org.banyan.profile.catalog.TagCatalog;
import org.banyan.profile.catalog.TagDefinition;
import org.banyan.profile.catalog.ValueType;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.cfg.JsonNodeFeature;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The {@code profile} table (tags and state), its history and the erasure list. */
@Repository
class ProfileStore {

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final TagCatalog catalog;

    ProfileStore(JdbcClient jdbc, JsonMapper json, TagCatalog catalog) {
        this.jdbc = jdbc;
        this.json = exactDecimals(json);
        this.catalog = catalog;
    }

    /** The stored profile with its state, locked until the transaction ends. */
    Optional<Stored> findForUpdate(String customerId) {
        return jdbc.sql("SELECT customer_id, profile_version, as_of, updated_at, tags, state FROM profile "
                        + "WHERE customer_id = :id FOR UPDATE")
                .param("id", customerId).query(this::stored).optional();
    }

    Optional<Profile> find(String customerId) {
        return jdbc.sql("SELECT customer_id, profile_version, as_of, updated_at, tags FROM profile WHERE customer_id = :id")
                .param("id", customerId).query((rs, n) -> profile(rs)).optional();
    }

    /** Up to {@code limit} profiles after {@code after} in id order, locked, for a batch chunk. */
    List<Stored> chunkForUpdate(String after, int limit) {
        return jdbc.sql("SELECT customer_id, profile_version, as_of, updated_at, tags, state FROM profile "
                        + "WHERE customer_id > :after ORDER BY customer_id LIMIT :limit FOR UPDATE")
                .param("after", after).param("limit", limit).query(this::stored).list();
    }

    void save(String customerId, long version, int asOf, Map<String, Object> tags, CustomerState state) {
        jdbc.sql("""
                        INSERT INTO profile (customer_id, profile_version, as_of, updated_at, tags, state)
                        VALUES (:id, :version, :asOf, now(), CAST(:tags AS jsonb), :state)
                        ON CONFLICT (customer_id) DO UPDATE SET profile_version = excluded.profile_version,
                            as_of = excluded.as_of, updated_at = excluded.updated_at, tags = excluded.tags,
                            state = excluded.state""")
                .param("id", customerId).param("version", version).param("asOf", LocalDate.ofEpochDay(asOf))
                .param("tags", tagsJson(tags)).param("state", json.writeValueAsBytes(state))
                .update();
        saveHot(customerId, tags);
    }

    private void saveHot(String customerId, Map<String, Object> tags) {
        var statement = jdbc.sql(HOT_UPSERT).param("id", customerId);
        for (String code : HotTags.CODES) {
            statement = statement.param(code, tags.get(code));
        }
        statement.update();
    }

    private static final String HOT_UPSERT = "INSERT INTO profile_hot (customer_id, " + String.join(", ", HotTags.CODES)
            + ") VALUES (:id, " + String.join(", ", HotTags.CODES.stream().map(c -> ":" + c).toList())
            + ") ON CONFLICT (customer_id) DO UPDATE SET "
            + String.join(", ", HotTags.CODES.stream().map(c -> c + " = excluded." + c).toList());

    void saveState(String customerId, int asOf, CustomerState state) {
        jdbc.sql("UPDATE profile SET state = :state, as_of = :asOf WHERE customer_id = :id")
                .param("id", customerId).param("asOf", LocalDate.ofEpochDay(asOf))
                .param("state", json.writeValueAsBytes(state)).update();
    }

    void recordChange(String customerId, long version, List<TagChange> changes) {
        List<Map<String, Object>> rows = changes.stream().map(c -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("tag", c.tag());
            row.put("oldValue", ValueType.toJson(c.oldValue()));
            row.put("newValue", ValueType.toJson(c.newValue()));
            return row;
        }).toList();
        jdbc.sql("INSERT INTO profile_change (customer_id, profile_version, changed_at, changes) "
                        + "VALUES (:id, :version, now(), CAST(:changes AS jsonb))")
                .param("id", customerId).param("version", version).param("changes", json.writeValueAsString(rows))
                .update();
    }

    /** The profile as it was at {@code at}: the current one with every later change undone. */
    Optional<Profile> asOf(String customerId, Instant at) {
        Optional<Profile> current = find(customerId);
        if (current.isEmpty()) {
            return Optional.empty();
        }
        List<Undo> later = jdbc.sql("""
                        SELECT profile_version, changed_at, changes FROM profile_change
                        WHERE customer_id = :id AND changed_at > :at ORDER BY profile_version DESC""")
                .param("id", customerId).param("at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC))
                .query((rs, n) -> new Undo(rs.getLong(1), rs.getObject(2, OffsetDateTime.class),
                        json.readTree(rs.getString(3))))
                .list();
        Map<String, Object> tags = new LinkedHashMap<>(current.get().tags());
        long version = current.get().profileVersion();
        OffsetDateTime changedAt = current.get().updatedAt();
        for (Undo undo : later) {
            for (JsonNode change : undo.changes()) {
                put(tags, change.get("tag").stringValue(), change.get("oldValue"));
            }
            version = undo.version() - 1;
        }
        if (version == 0) {
            return Optional.empty();
        }
        if (!later.isEmpty()) {
            changedAt = jdbc.sql("SELECT changed_at FROM profile_change WHERE customer_id = :id AND profile_version = :v")
                    .param("id", customerId).param("v", version).query(OffsetDateTime.class).optional().orElse(null);
        }
        return Optional.of(new Profile(customerId, version, null, changedAt, tags));
    }

    boolean erased(String customerId) {
        return jdbc.sql("SELECT count(*) FROM profile_erasure WHERE customer_id = :id").param("id", customerId)
                .query(Long.class).single() > 0;
    }

    /** Removes the profile and its history, and remembers the erasure; false when nothing was stored. */
    boolean erase(String customerId) {
        jdbc.sql("DELETE FROM profile_hot WHERE customer_id = :id").param("id", customerId).update();
        int profiles = jdbc.sql("DELETE FROM profile WHERE customer_id = :id").param("id", customerId).update();
        jdbc.sql("DELETE FROM profile_change WHERE customer_id = :id").param("id", customerId).update();
        jdbc.sql("INSERT INTO profile_erasure (customer_id, erased_at) VALUES (:id, now()) ON CONFLICT DO NOTHING")
                .param("id", customerId).update();
        return profiles > 0;
    }

    /** Numbers read back exactly as written (268.40 stays 268.40), so stored and computed values compare equal. */
    static JsonMapper exactDecimals(JsonMapper mapper) {
        return mapper.rebuild()
                .enable(JsonNodeFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .disable(JsonNodeFeature.STRIP_TRAILING_BIGDECIMAL_ZEROES)
                .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
                .build();
    }

    String tagsJson(Map<String, Object> tags) {
        Map<String, Object> present = new LinkedHashMap<>();
        tags.forEach((code, value) -> {
            if (value != null) {
                present.put(code, ValueType.toJson(value));
            }
        });
        return json.writeValueAsString(present);
    }

    private Stored stored(ResultSet rs, int row) throws SQLException {
        return new Stored(profile(rs), json.readValue(rs.getBytes("state"), CustomerState.class));
    }

    private Profile profile(ResultSet rs) throws SQLException {
        Map<String, Object> tags = new LinkedHashMap<>();
        JsonNode node = json.readTree(rs.getString("tags"));
        node.properties().forEach(e -> put(tags, e.getKey(), e.getValue()));
        return new Profile(rs.getString("customer_id"), rs.getLong("profile_version"),
                rs.getObject("as_of", LocalDate.class), rs.getObject("updated_at", OffsetDateTime.class), tags);
    }

    private void put(Map<String, Object> tags, String code, JsonNode value) {
        Optional<TagDefinition> definition = catalog.find(code);
        Object typed = definition.map(d -> d.valueType().fromJson(value)).orElse(null);
        if (typed == null) {
            tags.remove(code);
        } else {
            tags.put(code, typed);
        }
    }

    record Stored(Profile profile, CustomerState state) {
    }

    private record Undo(long version, OffsetDateTime changedAt, JsonNode changes) {
    }
}
