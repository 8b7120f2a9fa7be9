package org.banyan.simulator.output;

import org.banyan.simulator.core.SimulationConfig;
import org.banyan.simulator.support.Runs;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class DeterminismTest {

    @TempDir
    Path temp;

    @Test
    void theSameSeedAndPresetWriteTheSameBytes() {
        // given the tiny preset
        SimulationConfig tiny = Runs.tiny();

        // when it is generated twice
        Runs.generate(tiny, temp.resolve("first"));
        Runs.generate(tiny, temp.resolve("second"));

        // then every file is byte-identical
        assertThat(Runs.sha256(temp.resolve("second"))).isEqualTo(Runs.sha256(temp.resolve("first")));
    }

    @Test
    void aDifferentSeedWritesDifferentBytes() {
        // given the tiny preset and the same preset with another seed
        SimulationConfig tiny = Runs.tiny().withDays(10);

        // when both are generated
        Runs.generate(tiny, temp.resolve("seed42"));
        Runs.generate(tiny.withSeed(7), temp.resolve("seed7"));

        // then the outputs differ
        assertThat(Runs.sha256(temp.resolve("seed7"))).isNotEqualTo(Runs.sha256(temp.resolve("seed42")));
    }

    @Test
    void theNumberOfThreadsNeverChangesTheOutput() {
        // given the same population simulated on one thread and on three
        SimulationConfig config = Runs.tiny().withDays(15);

        // when both are generated
        Runs.generate(config.withThreads(1), temp.resolve("one"));
        Runs.generate(config.withThreads(3), temp.resolve("three"));

        // then the bytes are the same
        assertThat(Runs.sha256(temp.resolve("three"))).isEqualTo(Runs.sha256(temp.resolve("one")));
    }
}
