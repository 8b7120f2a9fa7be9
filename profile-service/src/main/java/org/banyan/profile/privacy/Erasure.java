package org.banyan.profile.privacy;

import org.banyan.common.error.BanyanException;
import org.banyan.common.web.RequestIds;
import org.banyan.profile.tagging.ProfileEngine;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.OffsetDateTime;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

/**
 * The right to erasure: personal data, profile, tag history and snapshot memberships go in one
 * transaction, the removal of every tag is published (the tombstone downstream services act on), later
 * events for the customer are ignored, and the erasure itself is audited.
 */
@Service
class Erasure {

    private final ProfileEngine engine;
    private final ApplicationEventPublisher events;
    private final JdbcClient jdbc;

    Erasure(ProfileEngine engine, ApplicationEventPublisher events, JdbcClient jdbc) {
        this.engine = engine;
        this.events = events;
        this.jdbc = jdbc;
    }

    @Transactional
    Erased erase(String customerId) {
        if (engine.isErased(customerId)) {
            throw BanyanException.notFound("Customer", customerId);
        }
        int tags = engine.erase(customerId);
        AtomicBoolean personal = new AtomicBoolean();
        events.publishEvent(new CustomerErased(customerId, personal));
        if (tags < 0 && !personal.get()) {
            throw BanyanException.notFound("Customer", customerId);
        }
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return jdbc.sql("""
                        INSERT INTO erasure_audit (customer_id, actor, actor_roles, request_id, tags_removed,
                                                   personal_data_removed)
                        VALUES (:id, :actor, :roles, :requestId, :tags, :personal)
                        RETURNING customer_id, erased_at, tags_removed, personal_data_removed""")
                .param("id", customerId).param("actor", caller.getName())
                .param("roles", caller.getAuthorities().stream().map(GrantedAuthority::getAuthority)
                        .filter(a -> a.startsWith("ROLE_")).map(a -> a.substring(5)).sorted()
                        .collect(Collectors.joining(",")))
                .param("requestId", RequestIds.current().orElse(null)).param("tags", Math.max(tags, 0))
                .param("personal", personal.get())
                .query(Erased.class).single();
    }

    record Erased(String customerId, OffsetDateTime erasedAt, int tagsRemoved, boolean personalDataRemoved) {
    }
}
