package org.banyan.recommendation.campaign;

import org.banyan.recommendation.jobs.BatchJob;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

import java.time.Clock;
import java.util.List;

/**
 * {@code campaign-run}: runs one campaign ({@code {"campaignId": ...}}, whatever its schedule) or every
 * scheduled campaign that is due. Idempotent: a campaign runs once; triggering it again reports it.
 */
@Component
class CampaignRunJob implements BatchJob {

    private final CampaignRunner runner;
    private final CampaignRepository campaigns;
    private final Campaigns definitions;
    private final Clock clock;

    CampaignRunJob(CampaignRunner runner, CampaignRepository campaigns, Campaigns definitions, Clock clock) {
        this.runner = runner;
        this.campaigns = campaigns;
        this.definitions = definitions;
        this.clock = clock;
    }

    @Override
    public String name() {
        return "campaign-run";
    }

    @Override
    public void validate(JsonNode params) {
        if (params.hasNonNull("campaignId")) {
            definitions.get(params.get("campaignId").asString());
        }
    }

    @Override
    public Object run(JsonNode params) {
        List<String> ids = params.hasNonNull("campaignId") ? List.of(params.get("campaignId").asString())
                : campaigns.due(clock.instant());
        return ids.stream().map(runner::run).toList();
    }
}
