package org.banyan.credit.policy;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.banyan.credit.web.JsonBinder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.util.List;

/**
 * {@code /api/v1/credit/rules}: the policy rules, read by ADMIN and ANALYST, replaced as a whole by
 * ADMIN (a new version each time, with optimistic concurrency on the version it was based on), and the
 * internal block list.
 */
@RestController
@Validated
@RequestMapping("/api/v1/credit/rules")
class RuleController {

    private final PolicyRules policy;
    private final JsonBinder binder;

    RuleController(PolicyRules policy, JsonBinder binder) {
        this.policy = policy;
        this.binder = binder;
    }

    @GetMapping
    RuleSet current() {
        return policy.currentSet();
    }

    @GetMapping("/versions")
    List<RuleSet> versions() {
        return policy.versions();
    }

    @GetMapping("/versions/{version}")
    RuleSet version(@PathVariable int version) {
        return policy.version(version);
    }

    @PutMapping
    RuleSet replace(@RequestBody JsonNode body, Authentication caller) {
        JsonBinder.Bound<RuleSetRequest> bound = binder.bindLenient(body, RuleSetRequest.class);
        List<org.banyan.common.error.FieldError> errors = new java.util.ArrayList<>(bound.errors());
        errors.addAll(policy.problems(bound.value().rules()));
        new JsonBinder.Bound<>(bound.value(), errors).throwIfInvalid();
        RuleSetRequest request = bound.value();
        return policy.replace(request.basedOnVersion(), request.rules(), request.comment(), caller.getName());
    }

    @PutMapping("/blocked-customers/{customerId}")
    ResponseEntity<Void> block(@PathVariable @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String customerId,
            @RequestBody JsonNode body, Authentication caller) {
        policy.block(customerId, binder.bind(body, BlockRequest.class).reason(), caller.getName());
        return ResponseEntity.noContent().build();
    }

    @DeleteMapping("/blocked-customers/{customerId}")
    ResponseEntity<Void> unblock(@PathVariable @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String customerId) {
        policy.unblock(customerId);
        return ResponseEntity.noContent().build();
    }

    record RuleSetRequest(@NotNull Integer basedOnVersion, @Size(max = 500) String comment,
            @NotNull @Size(max = 100) List<@Valid @NotNull Rule> rules) {
    }

    record BlockRequest(@NotBlank @Size(max = 200) String reason) {
    }
}
