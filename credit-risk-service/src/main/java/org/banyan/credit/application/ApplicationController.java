package org.banyan.credit.application;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.banyan.common.security.CustomerAccess;
import org.banyan.common.security.Role;
import org.banyan.credit.review.ManualDecision;
import org.banyan.credit.review.ReviewCase;
import org.banyan.credit.review.ReviewQueue;
import org.banyan.credit.web.JsonBinder;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code /api/v1/credit/applications}: submit a loan application and get the decision at once
 * (APP, FRONTLINE, ADMIN; an APP token only for its own customer), and read decisions back.
 */
@RestController
@Validated
@RequestMapping(ApplicationController.PATH)
class ApplicationController {

    static final String PATH = "/api/v1/credit/applications";

    private final CreditDecisions decisions;
    private final ReviewQueue reviews;
    private final CustomerAccess access;
    private final JsonBinder binder;

    ApplicationController(CreditDecisions decisions, ReviewQueue reviews, CustomerAccess access, JsonBinder binder) {
        this.decisions = decisions;
        this.reviews = reviews;
        this.access = access;
        this.binder = binder;
    }

    @PostMapping
    ResponseEntity<DecisionResponse> apply(@RequestBody JsonNode body,
            @RequestHeader(value = "Idempotency-Key", required = false)
            @Pattern(regexp = "[\\x21-\\x7E]{1,200}", message = "must be 1 to 200 visible ASCII characters") String idempotencyKey,
            Authentication caller) {
        ApplicationRequest request = binder.bind(body, ApplicationRequest.class);
        access.requireAccessTo(request.customerId());
        CreditDecisions.Result result = decisions.decide(request, caller.getName(), idempotencyKey);
        DecisionResponse response = result.response();
        return ResponseEntity.created(URI.create(PATH + "/" + response.applicationId()))
                .header("Idempotent-Replayed", String.valueOf(result.replayed()))
                .body(response);
    }

    @GetMapping("/{applicationId}")
    ApplicationView get(@PathVariable UUID applicationId, Authentication caller) {
        ApplicationRepository.ApplicationRecord record = decisions.get(applicationId);
        access.requireAccessTo(record.customerId());
        ReviewCase review = reviews.find(applicationId).orElse(null);
        if (isAppOnly(caller)) {
            return new ApplicationView(record.decision(), review == null ? null : review.status(),
                    review == null ? null : review.manualDecision(), null, null);
        }
        return new ApplicationView(record.decision(), review == null ? null : review.status(),
                review == null ? null : review.manualDecision(), record.features(), record.explanation());
    }

    @GetMapping
    List<DecisionResponse> forCustomer(@RequestParam @Pattern(regexp = "[A-Za-z0-9_-]{1,64}") String customerId,
            @RequestParam(defaultValue = "20") @Min(1) @Max(200) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        access.requireAccessTo(customerId);
        return decisions.forCustomer(customerId, limit, offset);
    }

    private static boolean isAppOnly(Authentication caller) {
        var authorities = caller.getAuthorities().stream().map(a -> a.getAuthority()).toList();
        return authorities.contains(Role.APP.authority()) && authorities.stream()
                .filter(a -> a.startsWith("ROLE_")).allMatch(a -> a.equals(Role.APP.authority()));
    }

    /**
     * An application as stored: the automatic decision, the review status and manual decision when it
     * was referred, and (not for APP callers) the features and the model's explanation.
     */
    record ApplicationView(DecisionResponse automaticDecision, String reviewStatus, ManualDecision manualDecision,
            Map<String, Object> features, Map<String, Object> explanation) {
    }
}
