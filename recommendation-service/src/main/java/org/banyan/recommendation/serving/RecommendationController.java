package org.banyan.recommendation.serving;

import com.fasterxml.jackson.annotation.JsonInclude;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import org.banyan.common.security.CustomerAccess;
import org.banyan.common.security.Role;
import org.banyan.recommendation.catalogue.Catalogue;
import org.banyan.recommendation.catalogue.Channel;
import org.banyan.recommendation.catalogue.Product;
import org.banyan.recommendation.eligibility.Exclusion;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import java.util.List;

/**
 * {@code GET /api/v1/recommendations}: ranked offers for one customer on one channel. An app token
 * only for its own customer; an unknown customer gets a cold-start answer, never an error. Staff may
 * ask {@code explain=true} to see what the hard filters ruled out and why.
 */
@RestController
@RequestMapping("/api/v1/recommendations")
class RecommendationController {

    private final RecommendationService service;
    private final CustomerAccess access;
    private final Catalogue catalogue;

    RecommendationController(RecommendationService service, CustomerAccess access, Catalogue catalogue) {
        this.service = service;
        this.access = access;
        this.catalogue = catalogue;
    }

    @GetMapping
    RecommendationsView recommend(@RequestParam @NotBlank String customerId, @RequestParam Channel channel,
            @RequestParam(defaultValue = "5") @Min(1) @Max(20) int limit,
            @RequestParam(defaultValue = "false") boolean explain) {
        access.requireAccessTo(customerId);
        RecommendationService.Served served = service.recommend(customerId, channel, limit);
        List<OfferView> offers = served.offers().stream().map(o -> {
            Product product = catalogue.require(o.productId());
            return new OfferView(o.recommendationId().toString(), o.rank(), o.productId(), product.name(),
                    product.type().name(), Math.round(o.score() * 10_000) / 10_000.0, o.reason());
        }).toList();
        return new RecommendationsView(customerId, channel, served.strategy().name(),
                served.assignment().map(a -> new ExperimentView(a.experimentId(), a.variant())).orElse(null),
                served.ranking().coldStart(), offers,
                explain && !isApp() ? served.ranking().exclusions() : null);
    }

    private static boolean isApp() {
        Authentication caller = SecurityContextHolder.getContext().getAuthentication();
        return caller != null && caller.getAuthorities().stream()
                .anyMatch(a -> Role.APP.authority().equals(a.getAuthority()));
    }

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record RecommendationsView(String customerId, Channel channel, String strategy, ExperimentView experiment,
            boolean coldStart, List<OfferView> recommendations, List<Exclusion> excluded) {
    }

    record OfferView(String recommendationId, int rank, String productId, String productName, String productType,
            double score, String reason) {
    }

    record ExperimentView(String experimentId, String variant) {
    }

}
