package org.banyan.recommendation.experiment;

import org.junit.jupiter.api.Test;

import java.util.stream.IntStream;

import static org.assertj.core.api.Assertions.assertThat;

/** Traffic splitting by hashing: deterministic, uniform, and independent between experiments. */
class BucketHashTest {

    @Test
    void sameCustomerAlwaysLandsInTheSameBucket() {
        assertThat(BucketHash.bucket("exp-1", "C0000123")).isEqualTo(BucketHash.bucket("exp-1", "C0000123"));
    }

    @Test
    void bucketsAreSpreadEvenly() {
        long lowerHalf = IntStream.range(0, 20_000)
                .filter(i -> BucketHash.bucket("exp-1", "C" + i) < BucketHash.BUCKETS / 2).count();

        // 10,000 expected; 4 standard deviations (~283) either way
        assertThat(lowerHalf).isBetween(9_717L, 10_283L);
    }

    @Test
    void differentExperimentsSplitCustomersIndependently() {
        long sameHalf = IntStream.range(0, 20_000)
                .filter(i -> (BucketHash.bucket("exp-1", "C" + i) < 5_000) == (BucketHash.bucket("exp-2", "C" + i) < 5_000))
                .count();

        assertThat(sameHalf).isBetween(9_717L, 10_283L);
    }
}
