package org.banyan.credit.scorecard;

import org.springframework.stereotype.Component;

import java.util.Comparator;
import java.util.List;

/**
 * Scorecard points from a probability of default, the industry's log-odds scaling: with odds =
 * (1 - pd) / pd, points = offset + factor * ln(odds), factor = PDO / ln 2 and offset = base score -
 * factor * ln(base odds). So 600 points means odds of 50:1, and every 20 points doubles the odds.
 */
@Component
public class Scorecard {

    private static final double MIN_PD = 1e-6;

    private final double factor;
    private final double offset;
    private final List<ScorecardProperties.GradeBand> bands;

    public Scorecard(ScorecardProperties properties) {
        this.factor = properties.pointsToDoubleOdds() / Math.log(2);
        this.offset = properties.baseScore() - factor * Math.log(properties.baseOdds());
        this.bands = properties.grades().stream()
                .sorted(Comparator.comparingInt(ScorecardProperties.GradeBand::minScore).reversed()).toList();
    }

    public int points(double pd) {
        double clamped = Math.min(1 - MIN_PD, Math.max(MIN_PD, pd));
        return (int) Math.round(offset + factor * Math.log((1 - clamped) / clamped));
    }

    /** The probability of default a score stands for (the inverse of {@link #points}, before rounding). */
    public double pd(double points) {
        double odds = Math.exp((points - offset) / factor);
        return 1 / (1 + odds);
    }

    /** The band the points fall in; below every minimum, the lowest band. */
    public ScorecardProperties.GradeBand grade(int points) {
        return bands.stream().filter(b -> points >= b.minScore()).findFirst().orElse(bands.getLast());
    }

    public List<ScorecardProperties.GradeBand> bands() {
        return bands;
    }
}
