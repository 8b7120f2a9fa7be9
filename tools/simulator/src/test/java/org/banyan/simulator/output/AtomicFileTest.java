package org.banyan.simulator.output;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

class AtomicFileTest {

    @TempDir
    Path temp;

    @Test
    void aFileAppearsUnderItsNameOnlyOnceCommitted() throws IOException {
        // given a file being written
        Path target = temp.resolve("day/transactions.csv");
        try (AtomicFile file = new AtomicFile(target)) {
            file.write("a,b\n".getBytes(), 0, 4);

            // then while it is written nothing carries its name
            assertThat(target).doesNotExist();

            // when it is committed
            file.commit();
        }

        // then it is there, complete, and no temporary file is left
        assertThat(target).hasContent("a,b");
        assertThat(Files.list(target.getParent())).containsExactly(target);
    }

    @Test
    void anAbandonedFileLeavesNothingBehind() throws IOException {
        // given a file that is written but never committed (the run failed)
        Path target = temp.resolve("training.csv");
        try (AtomicFile file = new AtomicFile(target)) {
            file.write("partial".getBytes(), 0, 7);
        }

        // then neither it nor its temporary file exist
        assertThat(Files.list(temp)).isEmpty();
    }
}
