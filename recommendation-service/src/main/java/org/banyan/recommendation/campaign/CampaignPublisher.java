package org.banyan.recommendation.campaign;

import org.banyan.common.event.EventContracts;
import org.banyan.common.event.EventEnvelope;
import org.banyan.common.event.Topics;
import org.banyan.common.event.payload.CampaignMessage;
import org.banyan.common.outbox.Outbox;
import org.banyan.recommendation.contact.ContactAction;
import org.banyan.recommendation.contact.ContactEvent;
import org.banyan.recommendation.contact.ContactLog;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Sends a campaign's messages: in one transaction, every message into the outbox (published on
 * {@code marketing.campaign-messages.v1}), a SENT contact per recipient (so caps see it), the selection
 * on the members, and the campaign marked completed. All of it happens, or none of it does.
 */
@Component
class CampaignPublisher {

    static final String PRODUCER = "recommendation-service";

    private final Outbox outbox;
    private final ContactLog contacts;
    private final CampaignRepository campaigns;

    CampaignPublisher(Outbox outbox, ContactLog contacts, CampaignRepository campaigns) {
        this.outbox = outbox;
        this.contacts = contacts;
        this.campaigns = campaigns;
    }

    @Transactional
    void publish(Campaign campaign, List<CampaignSelection.Pick> recipients, List<CampaignSelection.Pick> comparable,
            Object outcome, Instant now) {
        List<ContactEvent> sent = new ArrayList<>(recipients.size());
        for (CampaignSelection.Pick pick : recipients) {
            CampaignMessage message = new CampaignMessage(campaign.campaignId(), pick.messageId().toString(),
                    pick.productId(), campaign.channel().name(), pick.score());
            outbox.publish(Topics.CAMPAIGN_MESSAGES, EventEnvelope.of(EventContracts.CAMPAIGN_MESSAGES, PRODUCER,
                    pick.customerId(), message));
            sent.add(new ContactEvent(pick.messageId(), pick.customerId(), pick.productId(), campaign.channel().name(),
                    ContactAction.SENT, null, campaign.campaignId(), null, null, now));
        }
        contacts.recordAll(sent);
        campaigns.markSelection(campaign.campaignId(), recipients, comparable);
        campaigns.complete(campaign.campaignId(), outcome, now);
    }
}
