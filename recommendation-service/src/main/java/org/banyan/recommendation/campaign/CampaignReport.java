package org.banyan.recommendation.campaign;

import org.banyan.recommendation.experiment.ProportionComparison;
import tools.jackson.databind.JsonNode;

import java.time.Instant;
import java.util.List;

/**
 * How a campaign did: messages sent, recipients who converted on a campaign product within the
 * attribution window, and the same for the comparable hold-out (members the engine would have picked,
 * kept out at random); uplift compares the two (hold-out as control).
 */
record CampaignReport(String campaignId, String name, Campaign.Status status, Targeting targeting,
        List<String> productIds, String channel, int budget, Instant runAt, Instant attributionUntil,
        JsonNode run, Group messaged, Group holdout, ProportionComparison uplift) {

    record Group(long customers, long converted, double conversionRate) {

        static Group of(long customers, long converted) {
            return new Group(customers, converted, customers == 0 ? 0 : (double) converted / customers);
        }
    }
}
