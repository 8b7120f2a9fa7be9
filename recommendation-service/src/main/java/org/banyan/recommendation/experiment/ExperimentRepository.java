package org.banyan.recommendation.experiment;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

@Repository
class ExperimentRepository {

    private static final TypeReference<List<Variant>> VARIANTS = new TypeReference<>() {
    };

    private final JdbcClient jdbc;
    private final JsonMapper mapper;

    ExperimentRepository(JdbcClient jdbc, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.mapper = mapper;
    }

    void insert(Experiment e) {
        jdbc.sql("""
                        INSERT INTO experiment (experiment_id, name, description, status, variants, created_at)
                        VALUES (:id, :name, :description, :status, CAST(:variants AS jsonb), :created)""")
                .param("id", e.experimentId())
                .param("name", e.name())
                .param("description", e.description())
                .param("status", e.status().name())
                .param("variants", mapper.writeValueAsString(e.variants()))
                .param("created", Timestamp.from(e.createdAt()))
                .update();
    }

    Optional<Experiment> find(String id) {
        return jdbc.sql("SELECT * FROM experiment WHERE experiment_id = :id").param("id", id)
                .query(this::experiment).optional();
    }

    Optional<Experiment> running() {
        return jdbc.sql("SELECT * FROM experiment WHERE status = 'RUNNING'").query(this::experiment).optional();
    }

    List<Experiment> all() {
        return jdbc.sql("SELECT * FROM experiment ORDER BY created_at DESC").query(this::experiment).list();
    }

    /** Moves an experiment between statuses; false when it was not in {@code from}. */
    boolean transition(String id, Experiment.Status from, Experiment.Status to, String timeColumn, Instant at) {
        return jdbc.sql("UPDATE experiment SET status = :to, " + timeColumn + " = :at WHERE experiment_id = :id AND status = :from")
                .param("id", id).param("from", from.name()).param("to", to.name()).param("at", Timestamp.from(at))
                .update() == 1;
    }

    private Experiment experiment(ResultSet rs, int row) throws SQLException {
        return new Experiment(rs.getString("experiment_id"), rs.getString("name"), rs.getString("description"),
                Experiment.Status.valueOf(rs.getString("status")), mapper.readValue(rs.getString("variants"), VARIANTS),
                rs.getTimestamp("created_at").toInstant(), instant(rs, "started_at"), instant(rs, "stopped_at"));
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }
}
