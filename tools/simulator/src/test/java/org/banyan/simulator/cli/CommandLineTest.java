package org.banyan.simulator.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class CommandLineTest {

    @TempDir
    Path temp;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        return SimulatorMain.run(args, new PrintWriter(out, true), new PrintWriter(err, true));
    }

    @Test
    void anUnknownPresetIsAUsageError() {
        // when a preset that does not exist is asked for
        int exit = run("--preset", "huge", "--out", temp.toString());

        // then the run is refused with exit code 2 and the valid choices on stderr
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("--preset").contains("tiny").contains("Usage:");
        assertThat(temp).isEmptyDirectory();
    }

    @Test
    void aNonPositivePopulationIsAUsageError() {
        // when zero customers are asked for
        int exit = run("--customers", "0", "--out", temp.resolve("out").toString());

        // then the message says what is wrong
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("customers must be between 1 and");
    }

    @Test
    void aMalformedStartDateIsAUsageError() {
        // when the start date is not ISO
        int exit = run("--start-date", "01/08/2026", "--out", temp.resolve("out").toString());

        // then it is refused
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("start date must be YYYY-MM-DD");
    }

    @Test
    void aMacroFactorOutOfRangeIsAUsageError() {
        assertThat(run("--macro", "-1", "--out", temp.resolve("out").toString())).isEqualTo(2);
        assertThat(err.toString()).contains("macro factor must be between");
    }

    @Test
    void aFolderHoldingSomeoneElsesFilesIsNotOverwritten() throws IOException {
        // given a folder with an unrelated file
        Files.writeString(temp.resolve("notes.txt"), "keep me");

        // when it is given as output
        int exit = run("--customers", "10", "--days", "1", "--out", temp.toString());

        // then the run is refused and the file untouched
        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("not empty");
        assertThat(temp.resolve("notes.txt")).hasContent("keep me");
    }

    @Test
    void helpPrintsTheUsageAndSucceeds() {
        assertThat(run("--help")).isZero();
        assertThat(out.toString()).contains("--preset").contains("--kafka").contains("respond");
    }

    @Test
    void aRunWritesCompleteFilesOnlyAndMarksSuccessLast() throws IOException {
        // when a small population is generated
        Path dir = temp.resolve("small");
        int exit = run("--customers", "200", "--days", "3", "--seed", "5", "--out", dir.toString(), "--quiet");

        // then it succeeds, reports its rows, and leaves no temporary file behind
        assertThat(exit).isZero();
        assertThat(out.toString()).contains("transactions").contains("rows/s");
        assertThat(dir.resolve("_SUCCESS")).exists();
        assertThat(dir.resolve("manifest.json")).content().contains("\"customers\" : 200");
        try (Stream<Path> files = Files.walk(dir)) {
            assertThat(files.map(p -> p.getFileName().toString())).noneMatch(n -> n.endsWith(".tmp"));
        }
    }

    @Test
    void aSecondRunIntoTheSameFolderReplacesTheFirstOne() {
        // given a folder written by a 3-day run
        Path dir = temp.resolve("again");
        assertThat(run("--customers", "100", "--days", "3", "--out", dir.toString(), "-q")).isZero();

        // when a 1-day run writes there
        assertThat(run("--customers", "100", "--days", "1", "--out", dir.toString(), "-q")).isZero();

        // then only the new run's day is left
        assertThat(dir.resolve("extracts/2026-08-01")).exists();
        assertThat(dir.resolve("extracts/2026-08-02")).doesNotExist();
    }

    @Test
    void respondingWithoutGroundTruthIsAUsageError() {
        int exit = run("respond", "--kafka", "localhost:1", "--ground-truth", temp.resolve("missing").toString());

        assertThat(exit).isEqualTo(2);
        assertThat(err.toString()).contains("no such ground truth");
    }
}
