package org.banyan.profile.catalog;

import jakarta.validation.Valid;
import org.banyan.common.error.BanyanException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/** The tag catalog: list and read every tag; create, version and retire custom tags (ADMIN, ANALYST). */
@RestController
@RequestMapping("/api/v1/tags")
class CatalogController {

    private final TagCatalog catalog;
    private final CustomTags customTags;

    CatalogController(TagCatalog catalog, CustomTags customTags) {
        this.catalog = catalog;
        this.customTags = customTags;
    }

    @GetMapping
    List<TagDefinition> list(@RequestParam(required = false) Dimension dimension,
            @RequestParam(required = false) TagStatus status,
            @RequestParam(required = false) Boolean builtIn) {
        return catalog.all().stream()
                .filter(t -> dimension == null || t.dimension() == dimension)
                .filter(t -> status == null || t.status() == status)
                .filter(t -> builtIn == null || t.builtIn() == builtIn)
                .toList();
    }

    @GetMapping("/{code}")
    TagDefinition get(@PathVariable String code) {
        return catalog.find(code).orElseThrow(() -> BanyanException.notFound("Tag", code));
    }

    @GetMapping("/{code}/versions")
    List<CustomTagRepository.Version> versions(@PathVariable String code) {
        get(code);
        return customTags.versions(code);
    }

    @PostMapping
    @ResponseStatus(HttpStatus.CREATED)
    TagDefinition create(@Valid @RequestBody CustomTags.NewCustomTag request) {
        return customTags.create(request);
    }

    @PostMapping("/{code}/versions")
    @ResponseStatus(HttpStatus.CREATED)
    TagDefinition newVersion(@PathVariable String code, @Valid @RequestBody CustomTags.NewVersion request) {
        return customTags.newVersion(code, request);
    }

    @PostMapping("/{code}/retire")
    TagDefinition retire(@PathVariable String code) {
        return customTags.retire(code);
    }
}
