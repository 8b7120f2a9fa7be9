package org.banyan.recommendation.campaign;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import java.util.UUID;

/**
 * Picks the campaign's recipients as scored customers stream past: the {@code budget} best of the target
 * group (a bounded min-heap, so a million customers need memory for the budget only), and afterwards the
 * hold-out members scoring at or above the last recipient's score: those the engine would have picked
 * had they not been held out, the fair group to compare conversions against.
 */
final class CampaignSelection {

    private static final Comparator<Pick> WORST_FIRST = Comparator.comparingDouble(Pick::score)
            .thenComparing(Pick::customerId, Comparator.reverseOrder());

    private final int budget;
    private final PriorityQueue<Pick> best;
    private final List<Pick> holdout = new ArrayList<>();
    private long eligibleTarget;

    CampaignSelection(int budget) {
        this.budget = budget;
        this.best = new PriorityQueue<>(Math.min(budget, 1 << 16) + 1, WORST_FIRST);
    }

    void offer(String customerId, boolean heldOut, String productId, double score) {
        Pick pick = new Pick(customerId, productId, score, null);
        if (heldOut) {
            holdout.add(pick);
            return;
        }
        eligibleTarget++;
        best.add(pick);
        if (best.size() > budget) {
            best.poll();
        }
    }

    long eligibleTarget() {
        return eligibleTarget;
    }

    long eligibleHoldout() {
        return holdout.size();
    }

    /** The recipients, best first, each with a new message id. */
    List<Pick> recipients() {
        return best.stream().sorted(WORST_FIRST.reversed())
                .map(p -> new Pick(p.customerId(), p.productId(), p.score(), UUID.randomUUID())).toList();
    }

    /**
     * Hold-out members at or above the cut-off score. When the budget exceeds the eligible target group,
     * everyone eligible was messaged, so every eligible hold-out member is comparable.
     */
    List<Pick> comparableHoldout() {
        if (best.size() < budget || best.isEmpty()) {
            return List.copyOf(holdout);
        }
        double cutoff = best.peek().score();
        return holdout.stream().filter(p -> p.score() >= cutoff).toList();
    }

    /** One scored customer with the product picked for them. */
    record Pick(String customerId, String productId, double score, UUID messageId) {
    }
}
