package org.banyan.profile.catalog;

import org.banyan.common.error.BanyanException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.Map;

/** Creating, versioning and retiring custom tags; each change is announced so every profile catches up. */
@Service
class CustomTags {

    private final TagCatalog catalog;
    private final CustomTagRepository repository;
    private final ApplicationEventPublisher events;

    CustomTags(TagCatalog catalog, CustomTagRepository repository, ApplicationEventPublisher events) {
        this.catalog = catalog;
        this.repository = repository;
        this.events = events;
    }

    @Transactional
    TagDefinition create(NewCustomTag request) {
        if (catalog.isBuiltIn(request.code()) || repository.find(request.code()).isPresent()) {
            throw BanyanException.conflict("Tag '" + request.code() + "' already exists");
        }
        TagExpression expression = catalog.compileAgainst(request.expression(), catalog.customBefore(Long.MAX_VALUE));
        requireType(request.valueType(), expression);
        TagDefinition definition = new TagDefinition(request.code(), request.nameEn(), request.nameZh(),
                request.dimension(), request.valueType(), Computation.EXPRESSION, 1, TagStatus.ACTIVE, actor(),
                request.description(), request.expression(), null, null, false, false);
        if (!repository.insert(definition, request.expression(), actor())) {
            throw BanyanException.conflict("Tag '" + request.code() + "' already exists");
        }
        events.publishEvent(new CustomTagsChanged(request.code(), 1, TagStatus.ACTIVE));
        return definition;
    }

    @Transactional
    TagDefinition newVersion(String code, NewVersion request) {
        var stored = repository.findForUpdate(code).orElseThrow(() -> notCustom(code));
        if (stored.status() == TagStatus.RETIRED) {
            throw BanyanException.conflict("Tag '" + code + "' is retired; create a new tag instead");
        }
        Map<String, CustomTag> earlier = catalog.customBefore(stored.seq());
        TagExpression expression = catalog.compileAgainst(request.expression(), earlier);
        requireType(stored.valueType(), expression);
        int version = stored.currentVersion() + 1;
        String description = request.description() == null ? stored.description() : request.description();
        repository.addVersion(code, version, request.expression(), description, actor());
        events.publishEvent(new CustomTagsChanged(code, version, TagStatus.ACTIVE));
        return find(code);
    }

    @Transactional
    TagDefinition retire(String code) {
        var stored = repository.findForUpdate(code).orElseThrow(() -> notCustom(code));
        if (stored.status() != TagStatus.RETIRED) {
            repository.retire(code);
            events.publishEvent(new CustomTagsChanged(code, stored.currentVersion(), TagStatus.RETIRED));
        }
        return find(code);
    }

    TagDefinition find(String code) {
        catalog.refresh();
        return catalog.find(code).orElseThrow(() -> BanyanException.notFound("Tag", code));
    }

    java.util.List<CustomTagRepository.Version> versions(String code) {
        if (catalog.isBuiltIn(code)) {
            return java.util.List.of();
        }
        return repository.versions(code);
    }

    private static void requireType(ValueType declared, TagExpression expression) {
        if (expression.resultType() != declared) {
            throw new ExpressionError("expression", 0, "The expression gives " + expression.resultType()
                    + " but the tag is declared " + declared);
        }
    }

    private BanyanException notCustom(String code) {
        return catalog.isBuiltIn(code)
                ? BanyanException.conflict("Tag '" + code + "' is built in; it changes with a release, not the API")
                : BanyanException.notFound("Tag", code);
    }

    private static String actor() {
        var auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? "system" : auth.getName();
    }

    record NewCustomTag(
            @NotBlank @Pattern(regexp = TagDefinition.CODE_PATTERN,
                    message = "must be 2–63 characters of a–z, 0–9 and _, starting with a letter") String code,
            @NotBlank @Size(max = 200) String nameEn,
            @NotBlank @Size(max = 200) String nameZh,
            @NotNull Dimension dimension,
            @NotNull ValueType valueType,
            @NotBlank String expression,
            @NotBlank @Size(max = 2000) String description) {
    }

    record NewVersion(@NotBlank String expression, @Size(max = 2000) String description) {
    }
}
