package org.banyan.credit.scorecard;

import org.banyan.credit.scorecard.ScorecardProperties.Action;
import org.banyan.credit.scorecard.ScorecardProperties.GradeBand;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Points, grades and prices from a probability of default. */
class ScorecardTest {

    static ScorecardProperties settings(double base, double odds, double pdo) {
        return new ScorecardProperties(base, odds, pdo, List.of(
                new GradeBand("A", 600, Action.APPROVE, new BigDecimal("5.90")),
                new GradeBand("D", 530, Action.APPROVE, new BigDecimal("14.90")),
                new GradeBand("E", 510, Action.REFER, new BigDecimal("19.90")),
                new GradeBand("F", -100_000, Action.DECLINE, new BigDecimal("24.90"))),
                new BigDecimal("0.45"), new BigDecimal("500"), new BigDecimal("100"));
    }

    private final Scorecard scorecard = new Scorecard(settings(600, 50, 20));

    @Test
    void baseOddsEarnTheBaseScore() {
        assertThat(scorecard.points(1.0 / 51)).isEqualTo(600);
    }

    @Test
    void doublingTheOddsAddsThePointsToDoubleOdds() {
        assertThat(scorecard.points(1.0 / 101)).isEqualTo(620);
        assertThat(scorecard.points(1.0 / 26)).isEqualTo(580);
    }

    @Test
    void evenOddsScoreBaseMinusPdoTimesLog2OfBaseOdds() {
        assertThat(scorecard.points(0.5)).isEqualTo((int) Math.round(600 - 20 * Math.log(50) / Math.log(2)));
    }

    @Test
    void pointsAndProbabilityAreInverse() {
        assertThat(scorecard.pd(600)).isCloseTo(1.0 / 51, within(1e-9));
        assertThat(scorecard.pd(scorecard.points(0.2))).isCloseTo(0.2, within(0.005));
    }

    @Test
    void otherScalingsAreHonoured() {
        Scorecard custom = new Scorecard(settings(700, 20, 40));

        assertThat(custom.points(1.0 / 21)).isEqualTo(700);
        assertThat(custom.points(1.0 / 41)).isEqualTo(740);
    }

    @Test
    void extremeProbabilitiesStayFinite() {
        assertThat(scorecard.points(0.0)).isGreaterThan(850);
        assertThat(scorecard.points(1.0)).isLessThan(300);
    }

    @Test
    void gradeIsTheHighestBandWhoseMinimumIsReached() {
        assertThat(scorecard.grade(600).grade()).isEqualTo("A");
        assertThat(scorecard.grade(599).grade()).isEqualTo("D");
        assertThat(scorecard.grade(529).grade()).isEqualTo("E");
        assertThat(scorecard.grade(509).grade()).isEqualTo("F");
        assertThat(scorecard.grade(-5).action()).isEqualTo(Action.DECLINE);
    }
}
