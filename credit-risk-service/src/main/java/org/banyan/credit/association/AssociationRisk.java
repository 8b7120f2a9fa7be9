package org.banyan.credit.association;

import org.banyan.credit.customer.CustomerFacts;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Links applications that share a phone, device or address with other recent applications, and
 * describes the linked group: its size and its declines and defaults. Fraud rings reuse contact
 * details across many identities, so a large or troubled group is a signal for the rules and models.
 */
@Service
@EnableConfigurationProperties(AssociationProperties.class)
public class AssociationRisk {

    private final JdbcClient jdbc;
    private final CustomerFacts customers;
    private final AssociationProperties properties;
    private final LinkKeys keys;

    AssociationRisk(JdbcClient jdbc, CustomerFacts customers, AssociationProperties properties) {
        this.jdbc = jdbc;
        this.customers = customers;
        this.properties = properties;
        this.keys = new LinkKeys(properties.linkKey());
    }

    /** The group a new application with these details would join (other applications only). */
    public LinkedGroup groupOf(String customerId, Contact contact, Instant now) {
        Map<String, byte[]> links = keys.of(contact);
        if (links.isEmpty()) {
            return LinkedGroup.NONE;
        }
        Map<UUID, Member> members = members(links.values(), since(now));
        Set<String> others = new HashSet<>();
        int declined = 0;
        for (Member m : members.values()) {
            if (!m.customerId().equals(customerId)) {
                others.add(m.customerId());
            }
            declined += "DECLINE".equals(m.decision()) ? 1 : 0;
        }
        return new LinkedGroup(members.size(), others.size(), declined, customers.defaultedAmong(others));
    }

    /** Records this application's details for later applications; call in the decision's transaction. */
    public void link(UUID applicationId, String customerId, Contact contact, String decision, Instant at) {
        Map<String, byte[]> links = keys.of(contact);
        if (links.isEmpty()) {
            return;
        }
        StringBuilder values = new StringBuilder();
        var params = new java.util.HashMap<String, Object>(Map.of("app", applicationId, "customer", customerId,
                "decision", decision, "at", OffsetDateTime.ofInstant(at, ZoneOffset.UTC)));
        int i = 0;
        for (var link : links.entrySet()) {
            values.append(i == 0 ? "" : ", ").append("(:app, :kind").append(i).append(", :hash").append(i)
                    .append(", :customer, :decision, :at)");
            params.put("kind" + i, link.getKey());
            params.put("hash" + i, link.getValue());
            i++;
        }
        // One statement for all of an application's details: a round trip less per detail, per decision.
        jdbc.sql("INSERT INTO application_link (application_id, kind, key_hash, customer_id, decision, created_at) VALUES "
                + values + " ON CONFLICT DO NOTHING").params(params).update();
    }

    /**
     * Recent applications reachable from the given details within {@code maxHops} steps of shared
     * details, breadth first: each step finds the applications sharing a detail of the frontier, then
     * their details, which become the next frontier. Most applications share nothing and stop after one
     * query; a fraud ring stops at {@code maxGroup} applications. Two plain index lookups per step rather
     * than one recursive query: their plans stay right even where table statistics are missing or stale
     * (a recursive CTE once took 45 ms per decision on an unanalysed table, and PostgreSQL's JIT more).
     */
    private Map<UUID, Member> members(Collection<byte[]> start, OffsetDateTime since) {
        Map<UUID, Member> members = new HashMap<>();
        Set<String> seenKeys = new HashSet<>();
        List<byte[]> frontier = new ArrayList<>();
        for (byte[] key : start) {
            if (seenKeys.add(HexFormat.of().formatHex(key))) {
                frontier.add(key);
            }
        }
        for (int hop = 0; hop < properties.maxHops() && !frontier.isEmpty() && members.size() < properties.maxGroup(); hop++) {
            List<byte[]> next = new ArrayList<>();
            for (LinkRow row : sharing(frontier, since)) {
                members.putIfAbsent(row.applicationId(), new Member(row.customerId(), row.decision()));
                if (seenKeys.add(HexFormat.of().formatHex(row.keyHash()))) {
                    next.add(row.keyHash());
                }
            }
            frontier = next;
        }
        return members;
    }

    /** Every detail of every recent application that shares one of {@code keys}. */
    private List<LinkRow> sharing(List<byte[]> keys, OffsetDateTime since) {
        List<UUID> applications = jdbc.sql("""
                        SELECT DISTINCT application_id FROM application_link
                        WHERE key_hash IN (:keys) AND created_at >= :since LIMIT :limit""")
                .param("keys", keys).param("since", since).param("limit", properties.maxGroup())
                .query(UUID.class).list();
        if (applications.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT application_id, customer_id, decision, key_hash FROM application_link WHERE application_id IN (:ids)")
                .param("ids", applications)
                .query((rs, n) -> new LinkRow(rs.getObject("application_id", UUID.class), rs.getString("customer_id"),
                        rs.getString("decision"), rs.getBytes("key_hash")))
                .list();
    }

    private record LinkRow(UUID applicationId, String customerId, String decision, byte[] keyHash) {
    }

    private OffsetDateTime since(Instant now) {
        return OffsetDateTime.ofInstant(now.minus(properties.windowDays(), ChronoUnit.DAYS), ZoneOffset.UTC);
    }

    private record Member(String customerId, String decision) {
    }
}
