package org.banyan.recommendation.campaign;

import org.banyan.recommendation.catalogue.Channel;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

import javax.sql.DataSource;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

@Repository
class CampaignRepository {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;
    private final DataSource dataSource;
    private final JsonMapper mapper;

    CampaignRepository(JdbcClient jdbc, JdbcTemplate template, DataSource dataSource, JsonMapper mapper) {
        this.jdbc = jdbc;
        this.template = template;
        this.dataSource = dataSource;
        this.mapper = mapper;
    }

    /** Inserts the campaign; false when its idempotency key was used before. */
    boolean insert(Campaign c, String idempotencyKey) {
        return jdbc.sql("""
                        INSERT INTO campaign (campaign_id, name, segment_id, product_ids, channel, budget, holdout_percent,
                            targeting, attribution_days, scheduled_at, status, idempotency_key, created_at)
                        VALUES (:id, :name, :segment, :products, :channel, :budget, :holdout, :targeting, :attribution,
                            :scheduled, :status, :key, :created)
                        ON CONFLICT (idempotency_key) DO NOTHING""")
                .param("id", c.campaignId()).param("name", c.name()).param("segment", c.segmentId())
                .param("products", c.productIds().toArray(String[]::new)).param("channel", c.channel().name())
                .param("budget", c.budget()).param("holdout", c.holdoutPercent()).param("targeting", c.targeting().name())
                .param("attribution", c.attributionDays()).param("scheduled", timestamp(c.scheduledAt()))
                .param("status", c.status().name()).param("key", idempotencyKey)
                .param("created", Timestamp.from(c.createdAt()))
                .update() == 1;
    }

    Optional<Campaign> find(String id) {
        return jdbc.sql("SELECT * FROM campaign WHERE campaign_id = :id").param("id", id).query(this::campaign).optional();
    }

    Optional<Campaign> findByKey(String key) {
        return jdbc.sql("SELECT * FROM campaign WHERE idempotency_key = :key").param("key", key)
                .query(this::campaign).optional();
    }

    List<Campaign> list() {
        return jdbc.sql("SELECT * FROM campaign ORDER BY created_at DESC LIMIT 200").query(this::campaign).list();
    }

    /** Campaigns waiting to run whose time has come. */
    List<String> due(Instant now) {
        return jdbc.sql("""
                        SELECT campaign_id FROM campaign WHERE status = 'SCHEDULED'
                          AND (scheduled_at IS NULL OR scheduled_at <= :now) ORDER BY created_at""")
                .param("now", Timestamp.from(now)).query(String.class).list();
    }

    /** Takes the campaign for a run: only a scheduled (or failed, so retried) one; false if another run has it. */
    boolean claim(String id, Instant now) {
        return jdbc.sql("""
                        UPDATE campaign SET status = 'RUNNING', run_started_at = :now, failure = NULL
                        WHERE campaign_id = :id AND status IN ('SCHEDULED', 'FAILED')""")
                .param("id", id).param("now", Timestamp.from(now)).update() == 1;
    }

    void fail(String id, String reason, Instant now) {
        jdbc.sql("UPDATE campaign SET status = 'FAILED', failure = :reason, completed_at = :now WHERE campaign_id = :id")
                .param("id", id).param("reason", reason).param("now", Timestamp.from(now)).update();
    }

    void complete(String id, Object outcome, Instant now) {
        jdbc.sql("""
                        UPDATE campaign SET status = 'COMPLETED', outcome = CAST(:outcome AS jsonb), completed_at = :now
                        WHERE campaign_id = :id""")
                .param("id", id).param("outcome", mapper.writeValueAsString(outcome)).param("now", Timestamp.from(now))
                .update();
    }

    void saveSnapshot(String id, String snapshotId) {
        jdbc.sql("UPDATE campaign SET snapshot_id = :snapshot WHERE campaign_id = :id")
                .param("id", id).param("snapshot", snapshotId).update();
    }

    /**
     * Replaces the campaign's members with the ids {@code source} feeds, through COPY, marking the
     * hold-out as it goes. Call inside a transaction. Returns the number of members.
     */
    long replaceMembers(String id, Predicate<String> holdout, Consumer<Consumer<String>> source) {
        jdbc.sql("DELETE FROM campaign_member WHERE campaign_id = :id").param("id", id).update();
        Connection connection = DataSourceUtils.getConnection(dataSource);
        try {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI()
                    .copyIn("COPY campaign_member (campaign_id, customer_id, holdout) FROM STDIN (FORMAT csv)");
            StringBuilder buffer = new StringBuilder();
            long[] count = {0};
            try {
                source.accept(customer -> {
                    buffer.append(quote(id)).append(',').append(quote(customer)).append(',')
                            .append(holdout.test(customer)).append('\n');
                    if (++count[0] % 10_000 == 0) {
                        flush(copy, buffer);
                    }
                });
                flush(copy, buffer);
                copy.endCopy();
            } finally {
                if (copy.isActive()) {
                    copy.cancelCopy();
                }
            }
            return count[0];
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot store the members of campaign " + id, e);
        } finally {
            DataSourceUtils.releaseConnection(connection, dataSource);
        }
    }

    /** The next page of members after {@code afterCustomer} (keyset paging: no long-lived cursor). */
    List<Member> members(String id, String afterCustomer, int pageSize) {
        return jdbc.sql("""
                        SELECT customer_id, holdout FROM campaign_member WHERE campaign_id = :id AND customer_id > :after
                        ORDER BY customer_id LIMIT :size""")
                .param("id", id).param("after", afterCustomer).param("size", pageSize)
                .query((rs, row) -> new Member(rs.getString("customer_id"), rs.getBoolean("holdout"))).list();
    }

    /** Marks who was messaged (with what) and which hold-out members are the comparison group. */
    void markSelection(String id, List<CampaignSelection.Pick> selected, List<CampaignSelection.Pick> comparable) {
        template.batchUpdate("""
                UPDATE campaign_member SET selected = true, product_id = ?, score = ?, message_id = ?
                WHERE campaign_id = ? AND customer_id = ?""", selected, 1_000, (ps, p) -> {
            ps.setString(1, p.productId());
            ps.setFloat(2, (float) p.score());
            ps.setObject(3, p.messageId());
            ps.setString(4, id);
            ps.setString(5, p.customerId());
        });
        template.batchUpdate("""
                UPDATE campaign_member SET comparable = true, product_id = ?, score = ?
                WHERE campaign_id = ? AND customer_id = ?""", comparable, 1_000, (ps, p) -> {
            ps.setString(1, p.productId());
            ps.setFloat(2, (float) p.score());
            ps.setString(3, id);
            ps.setString(4, p.customerId());
        });
    }

    /** The ids of messaged ({@code selected}) or comparison ({@code comparable}) members. */
    List<String> group(String id, boolean selected) {
        return jdbc.sql("SELECT customer_id FROM campaign_member WHERE campaign_id = :id AND "
                        + (selected ? "selected" : "comparable"))
                .param("id", id).query(String.class).list();
    }

    private Campaign campaign(ResultSet rs, int row) throws SQLException {
        String outcome = rs.getString("outcome");
        return new Campaign(rs.getString("campaign_id"), rs.getString("name"), rs.getString("segment_id"),
                Arrays.asList((String[]) rs.getArray("product_ids").getArray()), Channel.valueOf(rs.getString("channel")),
                rs.getInt("budget"), rs.getInt("holdout_percent"), Targeting.valueOf(rs.getString("targeting")),
                rs.getInt("attribution_days"), instant(rs, "scheduled_at"),
                Campaign.Status.valueOf(rs.getString("status")), rs.getString("snapshot_id"), instant(rs, "created_at"),
                instant(rs, "run_started_at"), instant(rs, "completed_at"), rs.getString("failure"),
                outcome == null ? null : mapper.readTree(outcome));
    }

    private static void flush(CopyIn copy, StringBuilder buffer) {
        try {
            byte[] bytes = buffer.toString().getBytes(StandardCharsets.UTF_8);
            copy.writeToCopy(bytes, 0, bytes.length);
            buffer.setLength(0);
        } catch (SQLException e) {
            throw new IllegalStateException("COPY of campaign members failed", e);
        }
    }

    private static String quote(String value) {
        return '"' + value.replace("\"", "\"\"") + '"';
    }

    private static Instant instant(ResultSet rs, String column) throws SQLException {
        Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static Timestamp timestamp(Instant instant) {
        return instant == null ? null : Timestamp.from(instant);
    }

    record Member(String customerId, boolean holdout) {
    }
}
