package org.banyan.recommendation.campaign;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Picking recipients within the budget, and the hold-out members comparable to them. */
class CampaignSelectionTest {

    @Test
    void keepsTheBestScoredTargetCustomersWithinTheBudget() {
        CampaignSelection selection = new CampaignSelection(2);
        selection.offer("C1", false, "P", 0.2);
        selection.offer("C2", false, "P", 0.9);
        selection.offer("C3", false, "P", 0.5);
        selection.offer("C4", false, "P", 0.1);

        assertThat(selection.recipients()).extracting(CampaignSelection.Pick::customerId).containsExactly("C2", "C3");
        assertThat(selection.recipients()).allMatch(p -> p.messageId() != null);
        assertThat(selection.eligibleTarget()).isEqualTo(4);
    }

    @Test
    void holdOutMembersAtOrAboveTheCutOffAreTheComparisonGroup() {
        CampaignSelection selection = new CampaignSelection(2);
        selection.offer("T1", false, "P", 0.9);
        selection.offer("T2", false, "P", 0.5);
        selection.offer("T3", false, "P", 0.1);
        selection.offer("H1", true, "P", 0.7);
        selection.offer("H2", true, "P", 0.5);
        selection.offer("H3", true, "P", 0.2);

        assertThat(selection.comparableHoldout()).extracting(CampaignSelection.Pick::customerId)
                .containsExactly("H1", "H2");
        assertThat(selection.recipients()).extracting(CampaignSelection.Pick::customerId).doesNotContain("H1");
    }

    @Test
    void whenTheBudgetExceedsTheEligibleEveryEligibleHoldOutMemberIsComparable() {
        CampaignSelection selection = new CampaignSelection(10);
        selection.offer("T1", false, "P", 0.9);
        selection.offer("H1", true, "P", 0.01);

        assertThat(selection.recipients()).hasSize(1);
        assertThat(selection.comparableHoldout()).extracting(CampaignSelection.Pick::customerId).containsExactly("H1");
    }
}
