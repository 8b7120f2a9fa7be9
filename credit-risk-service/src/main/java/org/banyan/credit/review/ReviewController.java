package org.banyan.credit.review;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.Pattern;
import org.banyan.credit.web.JsonBinder;
import org.springframework.security.core.Authentication;
import org.springframework.validation.annotation.Validated;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;

import java.util.UUID;

/** {@code /api/v1/credit/reviews}: the manual-review queue, for ANALYST and ADMIN (role matrix). */
@RestController
@Validated
@RequestMapping("/api/v1/credit/reviews")
class ReviewController {

    private final ReviewQueue queue;
    private final JsonBinder binder;

    ReviewController(ReviewQueue queue, JsonBinder binder) {
        this.queue = queue;
        this.binder = binder;
    }

    @GetMapping
    ReviewQueue.Page list(@RequestParam(defaultValue = "OPEN") @Pattern(regexp = "OPEN|DECIDED") String status,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit,
            @RequestParam(defaultValue = "0") @Min(0) int offset) {
        return queue.list(status, limit, offset);
    }

    @GetMapping("/{applicationId}")
    ReviewCase get(@PathVariable UUID applicationId) {
        return queue.get(applicationId);
    }

    @PostMapping("/{applicationId}/decision")
    ReviewCase decide(@PathVariable UUID applicationId, @RequestBody JsonNode body, Authentication caller) {
        return queue.decide(applicationId, binder.bind(body, ReviewDecisionRequest.class), caller.getName());
    }
}
