package org.banyan.profile.catalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;

@Repository
class CustomTagRepository {

    private static final String SELECT = """
            SELECT t.code, t.seq, t.name_en, t.name_zh, t.dimension, t.value_type, t.owner, t.status,
                   t.current_version, v.expression, v.description, t.updated_at
            FROM custom_tag t JOIN custom_tag_version v ON v.code = t.code AND v.version = t.current_version""";

    private final JdbcClient jdbc;

    CustomTagRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<StoredTag> all() {
        return jdbc.sql(SELECT + " ORDER BY t.seq").query(StoredTag.class).list();
    }

    Optional<StoredTag> find(String code) {
        return jdbc.sql(SELECT + " WHERE t.code = :code").param("code", code).query(StoredTag.class).optional();
    }

    /** Locks the tag so concurrent versions of it are numbered in turn. */
    Optional<StoredTag> findForUpdate(String code) {
        return jdbc.sql(SELECT + " WHERE t.code = :code FOR UPDATE OF t").param("code", code)
                .query(StoredTag.class).optional();
    }

    List<Version> versions(String code) {
        return jdbc.sql("""
                        SELECT version, expression, description, created_by, created_at FROM custom_tag_version
                        WHERE code = :code ORDER BY version""")
                .param("code", code).query(Version.class).list();
    }

    /** Inserts a new tag; false when the code is taken (by a concurrent request too). */
    boolean insert(TagDefinition tag, String expression, String actor) {
        int inserted = jdbc.sql("""
                        INSERT INTO custom_tag (code, name_en, name_zh, dimension, value_type, owner, description,
                                                status, current_version)
                        VALUES (:code, :nameEn, :nameZh, :dimension, :valueType, :owner, :description, 'ACTIVE', 1)
                        ON CONFLICT (code) DO NOTHING""")
                .param("code", tag.code()).param("nameEn", tag.nameEn()).param("nameZh", tag.nameZh())
                .param("dimension", tag.dimension().name()).param("valueType", tag.valueType().name())
                .param("owner", tag.owner()).param("description", tag.description())
                .update();
        if (inserted == 1) {
            insertVersion(tag.code(), 1, expression, tag.description(), actor);
        }
        return inserted == 1;
    }

    void addVersion(String code, int version, String expression, String description, String actor) {
        insertVersion(code, version, expression, description, actor);
        jdbc.sql("UPDATE custom_tag SET current_version = :version, description = :description, updated_at = now() "
                        + "WHERE code = :code")
                .param("code", code).param("version", version).param("description", description).update();
    }

    void retire(String code) {
        jdbc.sql("UPDATE custom_tag SET status = 'RETIRED', updated_at = now() WHERE code = :code")
                .param("code", code).update();
    }

    /** Changes whenever any custom tag does, so instances notice each other's changes cheaply. */
    String fingerprint() {
        return jdbc.sql("SELECT count(*) || ':' || coalesce(max(updated_at)::text, '') FROM custom_tag")
                .query(String.class).single();
    }

    private void insertVersion(String code, int version, String expression, String description, String actor) {
        jdbc.sql("""
                        INSERT INTO custom_tag_version (code, version, expression, description, created_by)
                        VALUES (:code, :version, :expression, :description, :actor)""")
                .param("code", code).param("version", version).param("expression", expression)
                .param("description", description).param("actor", actor).update();
    }

    record StoredTag(String code, long seq, String nameEn, String nameZh, Dimension dimension, ValueType valueType,
            String owner, TagStatus status, int currentVersion, String expression, String description,
            OffsetDateTime updatedAt) {
    }

    record Version(int version, String expression, String description, String createdBy, OffsetDateTime createdAt) {
    }
}
