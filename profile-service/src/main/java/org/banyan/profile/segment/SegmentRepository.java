package org.banyan.profile.segment;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import javax.sql.DataSource;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/** Segments, their snapshots, and the compiled queries over the profile table. */
@Repository
class SegmentRepository {

    private static final int STREAM_FETCH_SIZE = 5_000;

    private final JdbcClient jdbc;
    private final NamedParameterJdbcTemplate streaming;
    private final TransactionTemplate readOnly;

    SegmentRepository(JdbcClient jdbc, DataSource dataSource, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        JdbcTemplate cursor = new JdbcTemplate(dataSource);
        cursor.setFetchSize(STREAM_FETCH_SIZE);
        this.streaming = new NamedParameterJdbcTemplate(cursor);
        this.readOnly = new TransactionTemplate(transactions);
        this.readOnly.setReadOnly(true);
    }

    long count(SqlCompiler.Sql sql) {
        return jdbc.sql("SELECT count(*) FROM " + sql.table() + " WHERE " + sql.where()).params(sql.params())
                .query(Long.class).single();
    }

    /** Feeds every member id, in id order, to {@code member} from a server-side cursor (constant memory). */
    void streamMembers(SqlCompiler.Sql sql, Consumer<String> member) {
        readOnly.executeWithoutResult(status -> streaming.query(
                "SELECT customer_id FROM " + sql.table() + " WHERE " + sql.where() + " ORDER BY customer_id",
                sql.params(),
                rs -> {
                    member.accept(rs.getString(1));
                }));
    }

    void streamSnapshot(UUID snapshotId, Consumer<String> member) {
        readOnly.executeWithoutResult(status -> streaming.query(
                "SELECT customer_id FROM segment_snapshot_member WHERE snapshot_id = :id ORDER BY customer_id",
                java.util.Map.of("id", snapshotId), rs -> {
                    member.accept(rs.getString(1));
                }));
    }

    void insert(Segment segment) {
        jdbc.sql("""
                        INSERT INTO segment (id, name, description, definition, expression, created_by)
                        VALUES (:id, :name, :description, CAST(:definition AS jsonb), :expression, :createdBy)""")
                .param("id", segment.id()).param("name", segment.name()).param("description", segment.description())
                .param("definition", segment.definitionJson()).param("expression", segment.expression())
                .param("createdBy", segment.createdBy()).update();
    }

    Optional<Segment> find(UUID id) {
        return jdbc.sql("SELECT id, name, description, definition::text AS definition_json, expression, created_by, "
                        + "created_at FROM segment WHERE id = :id")
                .param("id", id).query(Segment.class).optional();
    }

    List<Segment> all() {
        return jdbc.sql("SELECT id, name, description, definition::text AS definition_json, expression, created_by, "
                        + "created_at FROM segment ORDER BY created_at DESC LIMIT 500")
                .query(Segment.class).list();
    }

    /** Freezes the current members into a snapshot in one statement, inside the database. */
    Snapshot snapshot(Segment segment, SqlCompiler.Sql sql, String campaignId, String actor) {
        UUID id = UUID.randomUUID();
        jdbc.sql("""
                        INSERT INTO segment_snapshot (id, segment_id, campaign_id, expression, member_count, created_by)
                        VALUES (:id, :segment, :campaign, :expression, 0, :actor)""")
                .param("id", id).param("segment", segment.id()).param("campaign", campaignId)
                .param("expression", segment.expression()).param("actor", actor).update();
        int members = jdbc.sql("INSERT INTO segment_snapshot_member (snapshot_id, customer_id) "
                        + "SELECT CAST(:snapshot AS uuid), customer_id FROM " + sql.table() + " WHERE " + sql.where())
                .params(sql.params()).param("snapshot", id.toString()).update();
        jdbc.sql("UPDATE segment_snapshot SET member_count = :n WHERE id = :id").param("n", members).param("id", id)
                .update();
        return findSnapshot(segment.id(), id).orElseThrow();
    }

    Optional<Snapshot> findSnapshot(UUID segmentId, UUID snapshotId) {
        return jdbc.sql("SELECT id, segment_id, campaign_id, expression, member_count, created_by, created_at "
                        + "FROM segment_snapshot WHERE id = :id AND segment_id = :segment")
                .param("id", snapshotId).param("segment", segmentId).query(Snapshot.class).optional();
    }

    /** Removes an erased customer from every frozen snapshot. */
    void forget(String customerId) {
        jdbc.sql("DELETE FROM segment_snapshot_member WHERE customer_id = :id").param("id", customerId).update();
    }

    record Snapshot(UUID id, UUID segmentId, String campaignId, String expression, long memberCount,
            String createdBy, OffsetDateTime createdAt) {
    }
}
