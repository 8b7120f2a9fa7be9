package org.banyan.recommendation.campaign;

import jakarta.validation.Valid;
import org.banyan.recommendation.experiment.ProportionComparison;
import org.banyan.recommendation.interactions.Interactions;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

/** Campaigns API (ADMIN/ANALYST): define a campaign, read it and its report. Runs are batch jobs. */
@RestController
@RequestMapping("/api/v1/campaigns")
class CampaignController {

    private final Campaigns campaigns;
    private final CampaignRepository repository;
    private final Interactions interactions;

    CampaignController(Campaigns campaigns, CampaignRepository repository, Interactions interactions) {
        this.campaigns = campaigns;
        this.repository = repository;
        this.interactions = interactions;
    }

    @PostMapping
    ResponseEntity<Campaign> create(@Valid @RequestBody CampaignRequest request,
            @RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey) {
        Campaigns.Created created = campaigns.create(request, idempotencyKey);
        return ResponseEntity.status(created.created() ? HttpStatus.CREATED : HttpStatus.OK)
                .location(URI.create("/api/v1/campaigns/" + created.campaign().campaignId()))
                .body(created.campaign());
    }

    @GetMapping
    List<Campaign> list() {
        return campaigns.list();
    }

    @GetMapping("/{id}")
    Campaign get(@PathVariable String id) {
        return campaigns.get(id);
    }

    @GetMapping("/{id}/report")
    CampaignReport report(@PathVariable String id) {
        Campaign campaign = campaigns.get(id);
        if (campaign.status() != Campaign.Status.COMPLETED) {
            return new CampaignReport(id, campaign.name(), campaign.status(), campaign.targeting(),
                    campaign.productIds(), campaign.channel().name(), campaign.budget(), null, null, null,
                    CampaignReport.Group.of(0, 0), CampaignReport.Group.of(0, 0), null);
        }
        Instant from = campaign.runStartedAt();
        Instant until = from.plus(Duration.ofDays(campaign.attributionDays()));
        Set<String> converted = interactions.convertedCustomers(campaign.productIds(), from, until);
        List<String> messaged = repository.group(id, true);
        List<String> holdout = repository.group(id, false);
        CampaignReport.Group treated = CampaignReport.Group.of(messaged.size(),
                messaged.stream().filter(converted::contains).count());
        CampaignReport.Group control = CampaignReport.Group.of(holdout.size(),
                holdout.stream().filter(converted::contains).count());
        ProportionComparison uplift = treated.customers() > 0 && control.customers() > 0
                ? ProportionComparison.of(control.converted(), control.customers(), treated.converted(),
                        treated.customers(), 0.95)
                : null;
        return new CampaignReport(id, campaign.name(), campaign.status(), campaign.targeting(), campaign.productIds(),
                campaign.channel().name(), campaign.budget(), from, until, campaign.outcome(), treated, control, uplift);
    }
}
