package org.banyan.recommendation.experiment;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/**
 * The experiment statistics against reference values (computed independently from the textbook
 * formulas; R's prop.test(c(130, 100), c(1000, 1000), correct = FALSE) gives the same p-value).
 */
class ExperimentStatisticsTest {

    @Test
    void twoProportionTestGivesTheDifferenceItsConfidenceIntervalAndPValue() {
        ProportionComparison c = ProportionComparison.of(100, 1000, 130, 1000, 0.95);

        assertThat(c.controlRate()).isEqualTo(0.10);
        assertThat(c.treatmentRate()).isEqualTo(0.13);
        assertThat(c.difference()).isCloseTo(0.03, within(1e-12));
        assertThat(c.differenceLow()).isCloseTo(0.0020679344, within(1e-9));
        assertThat(c.differenceHigh()).isCloseTo(0.0579320656, within(1e-9));
        assertThat(c.z()).isCloseTo(2.1027406056, within(1e-9));
        assertThat(c.pValue()).isCloseTo(0.0354884505, within(1e-8));
    }

    @Test
    void relativeUpliftHasTheKatzLogIntervalOfTheRatio() {
        ProportionComparison c = ProportionComparison.of(100, 1000, 130, 1000, 0.95);

        assertThat(c.uplift()).isCloseTo(0.30, within(1e-12));
        assertThat(c.upliftLow()).isCloseTo(0.0169842710, within(1e-9));
        assertThat(c.upliftHigh()).isCloseTo(0.6617759470, within(1e-9));
    }

    @Test
    void equalRatesAreNotSignificant() {
        ProportionComparison c = ProportionComparison.of(50, 1000, 50, 1000, 0.95);

        assertThat(c.pValue()).isCloseTo(1.0, within(1e-12));
        assertThat(c.differenceLow()).isNegative();
        assertThat(c.differenceHigh()).isPositive();
    }

    @Test
    void upliftIsUndefinedWhenAnArmHasNoSuccesses() {
        ProportionComparison c = ProportionComparison.of(0, 500, 10, 500, 0.95);

        assertThat(c.uplift()).isNull();
        assertThat(c.pValue()).isLessThan(0.01);
    }

    @Test
    void noSuccessesAnywhereGivesPValueOne() {
        assertThat(ProportionComparison.of(0, 100, 0, 100, 0.95).pValue()).isEqualTo(1.0);
    }

    @Test
    void aSplitWithinChanceIsNoSampleRatioMismatch() {
        SampleRatioCheck check = SampleRatioCheck.of(new long[] {5000, 5200}, new double[] {0.5, 0.5});

        assertThat(check.chiSquare()).isCloseTo(3.9215686, within(1e-6));
        assertThat(check.pValue()).isCloseTo(0.0476703807, within(1e-8));
        assertThat(check.mismatch()).isFalse();
    }

    @Test
    void aSplitFarFromTheConfiguredOneIsASampleRatioMismatch() {
        SampleRatioCheck check = SampleRatioCheck.of(new long[] {5000, 5600}, new double[] {0.5, 0.5});

        assertThat(check.pValue()).isCloseTo(5.619e-9, within(1e-11));
        assertThat(check.mismatch()).isTrue();
    }

    @Test
    void unevenSplitsAreCheckedAgainstTheirOwnShares() {
        assertThat(SampleRatioCheck.of(new long[] {1980, 3010, 5010}, new double[] {0.2, 0.3, 0.5}).mismatch()).isFalse();
        assertThat(SampleRatioCheck.of(new long[] {3300, 3300, 3400}, new double[] {0.2, 0.3, 0.5}).mismatch()).isTrue();
    }

    @Test
    void nothingObservedIsNoEvidenceOfMismatch() {
        assertThat(SampleRatioCheck.of(new long[] {0, 0}, new double[] {0.5, 0.5})).isEqualTo(SampleRatioCheck.NO_DATA);
    }
}
