package org.banyan.recommendation.candidates;

import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Item-item collaborative filtering and segment popularity on data small enough to check by hand. */
class ItemItemTrainerTest {

    @Test
    void productsTakenByTheSameCustomersAreSimilar() {
        ItemItemTrainer trainer = new ItemItemTrainer(10, 0, 1);
        for (int i = 0; i < 10; i++) {
            trainer.add("s", Map.of("CARD", 1f, "LOAN", 1f));
            trainer.add("s", Map.of("FUND", 1f, "BOND", 1f));
        }

        ItemSimilarity similarity = trainer.similarity();

        assertThat(similarity.neighbours().get("CARD")).extracting(Neighbour::productId).containsExactly("LOAN");
        assertThat(similarity.neighbours().get("CARD").getFirst().similarity()).isCloseTo(1f, within(1e-6f));
        assertThat(similarity.score(Map.of("CARD", 1f))).containsOnlyKeys("LOAN");
    }

    @Test
    void theScoreNamesTheCustomersProductThatContributedMost() {
        ItemItemTrainer trainer = new ItemItemTrainer(10, 0, 1);
        trainer.add("s", Map.of("A", 1f, "C", 1f));
        trainer.add("s", Map.of("B", 1f, "C", 1f, "D", 1f));
        trainer.add("s", Map.of("B", 1f, "C", 1f));

        CfScore score = trainer.similarity().score(Map.of("A", 1f, "B", 5f)).get("C");

        assertThat(score.because()).isEqualTo("B");
        assertThat(score.score()).isPositive();
    }

    @Test
    void shrinkageTrustsPairsSeenOftenMoreThanPairsSeenOnce() {
        ItemItemTrainer trainer = new ItemItemTrainer(10, 10, 1);
        trainer.add("s", Map.of("RARE", 1f, "X", 1f));
        for (int i = 0; i < 50; i++) {
            trainer.add("s", Map.of("COMMON", 1f, "Y", 1f));
        }

        ItemSimilarity similarity = trainer.similarity();

        float rare = similarity.neighbours().get("RARE").getFirst().similarity();
        float common = similarity.neighbours().get("COMMON").getFirst().similarity();
        assertThat(rare).isCloseTo(1f / 11, within(1e-6f));
        assertThat(common).isCloseTo(50f / 60, within(1e-6f));
    }

    @Test
    void aSegmentTooSmallFallsBackToEveryonesPopularity() {
        ItemItemTrainer trainer = new ItemItemTrainer(10, 0, 3);
        trainer.add("young", Map.of("CARD", 1f));
        trainer.add("young", Map.of("CARD", 1f));
        trainer.add("young", Map.of("CARD", 1f));
        trainer.add("old", Map.of("FUND", 1f));
        trainer.add("old", Map.of("FUND", 1f));
        trainer.add("old", Map.of("FUND", 1f));
        trainer.add("old", Map.of("FUND", 1f));
        trainer.add("rich", Map.of("BOND", 1f));

        Popularity popularity = trainer.popularity();

        assertThat(popularity.effectiveSegment("young")).isEqualTo("young");
        assertThat(popularity.ranked("young")).containsExactly("CARD");
        assertThat(popularity.effectiveSegment("rich")).isEqualTo(Popularity.ALL);
        assertThat(popularity.ranked(Popularity.ALL)).containsExactly("FUND", "CARD", "BOND");
        assertThat(popularity.score(Popularity.ALL, "CARD")).isCloseTo(0.75, within(1e-9));
    }
}
