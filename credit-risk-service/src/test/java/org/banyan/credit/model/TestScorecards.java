package org.banyan.credit.model;

import org.banyan.credit.scorecard.ScorecardProperties;
import org.banyan.credit.scorecard.ScorecardProperties.Action;
import org.banyan.credit.scorecard.ScorecardProperties.GradeBand;

import java.math.BigDecimal;
import java.util.List;

/** The scorecard settings of application.yml, for tests that run without Spring. */
final class TestScorecards {

    private TestScorecards() {
    }

    static ScorecardProperties defaults() {
        return new ScorecardProperties(600, 50, 20, List.of(
                new GradeBand("A", 600, Action.APPROVE, new BigDecimal("5.90")),
                new GradeBand("B", 570, Action.APPROVE, new BigDecimal("7.90")),
                new GradeBand("C", 550, Action.APPROVE, new BigDecimal("10.90")),
                new GradeBand("D", 530, Action.APPROVE, new BigDecimal("14.90")),
                new GradeBand("E", 510, Action.REFER, new BigDecimal("19.90")),
                new GradeBand("F", Integer.MIN_VALUE, Action.DECLINE, new BigDecimal("24.90"))),
                new BigDecimal("0.45"), new BigDecimal("500"), new BigDecimal("100"));
    }
}
