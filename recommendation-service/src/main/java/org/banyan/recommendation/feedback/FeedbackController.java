package org.banyan.recommendation.feedback;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.banyan.common.security.CustomerAccess;
import org.banyan.recommendation.contact.ContactEvent;
import org.banyan.recommendation.contact.ContactLog;
import org.banyan.recommendation.serving.ServedRecommendation;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;
import java.util.UUID;

/**
 * {@code POST /api/v1/feedback}: an impression, click, conversion or dismissal of a served offer
 * (201 the first time, 200 for a repeat); {@code GET} lists a customer's recent contacts for analysts.
 */
@RestController
@RequestMapping("/api/v1/feedback")
class FeedbackController {

    private final FeedbackService feedback;
    private final CustomerAccess access;
    private final ContactLog contacts;

    FeedbackController(FeedbackService feedback, CustomerAccess access, ContactLog contacts) {
        this.feedback = feedback;
        this.access = access;
        this.contacts = contacts;
    }

    @PostMapping
    ResponseEntity<FeedbackView> submit(@Valid @RequestBody FeedbackRequest request) {
        ServedRecommendation offer = feedback.recommendation(request.recommendationId());
        access.requireAccessTo(offer.customerId());
        FeedbackService.Recorded recorded = feedback.submit(offer, request);
        return ResponseEntity.status(recorded.duplicate() ? HttpStatus.OK : HttpStatus.CREATED)
                .body(new FeedbackView(recorded.feedbackId(), request.recommendationId(), request.action().name(),
                        offer.productId(), recorded.duplicate()));
    }

    @GetMapping
    List<ContactEvent> recent(@RequestParam @NotBlank String customerId,
            @RequestParam(defaultValue = "50") @Min(1) @Max(500) int limit) {
        return contacts.recent(customerId, limit);
    }

    record FeedbackView(UUID feedbackId, UUID recommendationId, String action, String productId, boolean duplicate) {
    }
}
