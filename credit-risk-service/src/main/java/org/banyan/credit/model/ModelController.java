package org.banyan.credit.model;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.banyan.credit.web.JsonBinder;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * {@code /api/v1/credit/models}: the registry. ANALYST and ADMIN read it; only ADMIN promotes, rolls
 * back and switches shadow scoring (role matrix). Changes apply to the next decision, no restart.
 */
@RestController
@RequestMapping("/api/v1/credit/models")
class ModelController {

    private final ModelRegistry registry;
    private final ShadowComparisons comparisons;
    private final JsonBinder binder;

    ModelController(ModelRegistry registry, ShadowComparisons comparisons, JsonBinder binder) {
        this.registry = registry;
        this.comparisons = comparisons;
        this.binder = binder;
    }

    @GetMapping
    List<ModelSummary> list() {
        return registry.list().stream().map(ModelSummary::of).toList();
    }

    @GetMapping("/{version}")
    ModelVersion version(@PathVariable String version) {
        return registry.get(version);
    }

    @GetMapping("/promotions")
    List<ModelRepository.Promotion> promotions() {
        return registry.promotions();
    }

    @PostMapping("/{version}/promote")
    ModelSummary promote(@PathVariable String version, @RequestBody(required = false) JsonNode body,
            Authentication caller) {
        return ModelSummary.of(registry.promote(version, caller.getName(), reason(body)));
    }

    @PostMapping("/rollback")
    ModelSummary rollback(@RequestBody(required = false) JsonNode body, Authentication caller) {
        return ModelSummary.of(registry.rollback(caller.getName(), reason(body)));
    }

    @PutMapping("/{version}/shadow")
    ModelSummary shadow(@PathVariable String version, @RequestBody JsonNode body) {
        return ModelSummary.of(registry.setShadow(version, binder.bind(body, ShadowRequest.class).enabled()));
    }

    @GetMapping("/{version}/shadow-comparison")
    ShadowComparisons.Comparison comparison(@PathVariable String version) {
        registry.get(version);
        return comparisons.compare(version);
    }

    private String reason(JsonNode body) {
        return binder.bind(body == null ? JsonNodeFactory.instance.objectNode() : body, ChangeRequest.class).reason();
    }

    record ChangeRequest(@Size(max = 500) String reason) {
    }

    record ShadowRequest(@NotNull Boolean enabled) {
    }

    record ModelSummary(String version, String name, ModelStatus status, boolean shadow, Double auc, Double ks,
            Double gini, String method, int trees, String dataset, OffsetDateTime createdAt,
            OffsetDateTime statusChangedAt) {

        static ModelSummary of(ModelVersion v) {
            return new ModelSummary(v.version(), v.name(), v.status(), v.shadow(), v.metrics().auc(), v.metrics().ks(),
                    v.metrics().gini(), v.metrics().method(), v.trees(), v.dataset(), v.createdAt(), v.statusChangedAt());
        }
    }
}
