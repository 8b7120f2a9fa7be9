package org.banyan.recommendation.candidates;

import org.banyan.recommendation.propensity.FeatureSpec;
import org.banyan.recommendation.propensity.PropensityTrainer;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Engagement models learn who goes on to take a product, from profile tags and past interactions. */
class EngagementTrainerTest {

    static final LocalDate TODAY = LocalDate.of(2026, 11, 22);

    @Test
    void customersWhoseProfileAndHistoryFitTheProductScoreHigher() {
        List<EngagementTrainer.Example> examples = new ArrayList<>();
        Random random = new Random(3);
        for (int i = 0; i < 3_000; i++) {
            boolean traveller = random.nextBoolean();
            boolean viewed = random.nextDouble() < 0.3;
            double p = 0.02 + (traveller ? 0.25 : 0) + (viewed ? 0.3 : 0);
            examples.add(new EngagementTrainer.Example(Map.of("travels", traveller, "age", 20 + random.nextInt(50)),
                    viewed ? Map.of("INS-TRAVEL", 1f) : Map.of("DEP-SAVINGS", 5f),
                    random.nextDouble() < p ? Set.of("INS-TRAVEL") : Set.of(), Set.of()));
        }
        FeatureSpec spec = new FeatureSpec(List.of("age", "travels"));

        EngagementTrainer.Trained trained = new EngagementTrainer(30, PropensityTrainer.Params.defaults())
                .train(examples, spec, TODAY);

        EngagementModel model = trained.model();
        assertThat(model.covers("INS-TRAVEL")).isTrue();
        assertThat((Double) trained.metrics().get("INS-TRAVEL").get("auc")).isGreaterThan(0.7);
        double likely = model.score(Map.of("travels", true, "age", 35), Map.of("INS-TRAVEL", 1f), List.of("INS-TRAVEL"), TODAY)
                .get("INS-TRAVEL");
        double unlikely = model.score(Map.of("travels", false, "age", 35), Map.of("DEP-SAVINGS", 5f),
                List.of("INS-TRAVEL"), TODAY).get("INS-TRAVEL");
        assertThat(likely).isGreaterThan(unlikely * 3);
    }

    @Test
    void aProductWithTooFewEngagementsGetsNoModel() {
        List<EngagementTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            examples.add(new EngagementTrainer.Example(Map.of("age", 30), Map.of(), i < 5 ? Set.of("RARE") : Set.of(),
                    Set.of()));
        }

        EngagementTrainer.Trained trained = new EngagementTrainer(30, PropensityTrainer.Params.defaults())
                .train(examples, new FeatureSpec(List.of("age")), TODAY);

        assertThat(trained.model().isEmpty()).isTrue();
    }

    @Test
    void customersWhoAlreadyHeldTheProductAreNoExamplesOfIt() {
        List<EngagementTrainer.Example> examples = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            boolean holder = i < 60;
            examples.add(new EngagementTrainer.Example(Map.of("age", 30 + i % 7), Map.of(),
                    holder ? Set.of("CARD") : Set.of(), holder ? Set.of("CARD") : Set.of()));
        }

        EngagementTrainer.Trained trained = new EngagementTrainer(30, PropensityTrainer.Params.defaults())
                .train(examples, new FeatureSpec(List.of("age")), TODAY);

        // the 60 who engaged all held it already, so the remaining examples have no positive to learn from
        assertThat(trained.model().covers("CARD")).isFalse();
    }
}
