package org.banyan.profile.segment;

import org.banyan.common.error.BanyanException;
import org.banyan.profile.catalog.ExpressionError;
import org.banyan.profile.catalog.TagCatalog;
import org.banyan.profile.privacy.CustomerErased;
import org.springframework.context.event.EventListener;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import java.util.UUID;
import java.util.function.Consumer;

/** Parses, checks and runs segments; saves them and freezes their members into snapshots. */
@Service
class Segments {

    private final TagCatalog catalog;
    private final SegmentRepository repository;
    private final JsonMapper json;

    Segments(TagCatalog catalog, SegmentRepository repository, JsonMapper json) {
        this.catalog = catalog;
        this.repository = repository;
        this.json = json;
    }

    /** A definition given as text or as JSON (exactly one), parsed, type checked and compiled. */
    Compiled compile(String expression, JsonNode definition) {
        if ((expression == null) == (definition == null || definition.isNull())) {
            throw new ExpressionError("expression", -1, "Give either 'expression' (text) or 'definition' (JSON)");
        }
        Condition condition = expression != null ? SegmentParser.parse(expression, catalog::activeType)
                : SegmentJson.parse(definition, catalog::activeType);
        return new Compiled(condition, SqlCompiler.compile(condition, catalog::activeType));
    }

    long count(Compiled compiled) {
        return repository.count(compiled.sql());
    }

    @Transactional
    Segment save(String name, String description, Compiled compiled) {
        Segment segment = new Segment(UUID.randomUUID(), name, description,
                json.writeValueAsString(SegmentJson.render(compiled.condition())), compiled.condition().text(),
                actor(), null);
        repository.insert(segment);
        return repository.find(segment.id()).orElseThrow();
    }

    java.util.List<Segment> all() {
        return repository.all();
    }

    Segment find(UUID id) {
        return repository.find(id).orElseThrow(() -> BanyanException.notFound("Segment", id));
    }

    /** A saved segment recompiled against today's catalog (a tag may have been retired since). */
    Compiled compiled(Segment segment) {
        return compile(segment.expression(), null);
    }

    void streamMembers(Segment segment, Consumer<String> member) {
        repository.streamMembers(compiled(segment).sql(), member);
    }

    @Transactional
    SegmentRepository.Snapshot snapshot(Segment segment, String campaignId) {
        return repository.snapshot(segment, compiled(segment).sql(), campaignId, actor());
    }

    SegmentRepository.Snapshot findSnapshot(UUID segmentId, UUID snapshotId) {
        return repository.findSnapshot(segmentId, snapshotId)
                .orElseThrow(() -> BanyanException.notFound("Snapshot", snapshotId));
    }

    void streamSnapshot(UUID snapshotId, Consumer<String> member) {
        repository.streamSnapshot(snapshotId, member);
    }

    /** An erased customer leaves every frozen snapshot, in the erasure's transaction. */
    @EventListener
    void onErased(CustomerErased erased) {
        repository.forget(erased.customerId());
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    record Compiled(Condition condition, SqlCompiler.Sql sql) {
    }
}
