package org.banyan.simulator.output;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * A file written under a temporary name (".name.tmp" beside it) and renamed into place only when
 * complete, so a reader never sees a half-written file under its real name. Abandoned files are deleted.
 */
public final class AtomicFile implements AutoCloseable {

    private final Path target;
    private final Path temp;
    private final OutputStream out;
    private long bytes;
    private boolean done;

    public AtomicFile(Path target) throws IOException {
        this.target = target;
        this.temp = target.resolveSibling("." + target.getFileName() + ".tmp");
        Files.createDirectories(target.getParent());
        this.out = new BufferedOutputStream(Files.newOutputStream(temp), 1 << 20);
    }

    public void write(byte[] data, int offset, int length) throws IOException {
        out.write(data, offset, length);
        bytes += length;
    }

    public void write(CsvBuffer buffer) throws IOException {
        write(buffer.array(), 0, buffer.length());
    }

    public long bytes() {
        return bytes;
    }

    public Path target() {
        return target;
    }

    /** Flushes, closes and renames into place. */
    public void commit() throws IOException {
        out.close();
        try {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        done = true;
    }

    /** Deletes the temporary file unless committed. */
    @Override
    public void close() throws IOException {
        if (!done) {
            try {
                out.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }

    public static void writeString(Path target, String content) throws IOException {
        try (AtomicFile file = new AtomicFile(target)) {
            byte[] data = content.getBytes(StandardCharsets.UTF_8);
            file.write(data, 0, data.length);
            file.commit();
        }
    }
}
