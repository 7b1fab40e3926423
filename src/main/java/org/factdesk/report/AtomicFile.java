package org.factdesk.report;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Writes a file so that it appears complete or not at all: into a temporary file in the same folder, synced to
 * disk, then moved into place atomically (Cryptomator's {@code SettingsProvider.save}).
 */
public final class AtomicFile {

    private static final Logger LOG = LoggerFactory.getLogger(AtomicFile.class);
    /** Bytes per write to the file: a generator's own 8 kB buffer made one system call per 8 kB. */
    private static final int OUTPUT_BUFFER = 64 * 1024;

    private AtomicFile() {
    }

    /** What is written into the file; the stream is buffered and must not be closed. */
    @FunctionalInterface
    public interface Body<T> {
        T write(OutputStream out) throws IOException;
    }

    /**
     * Writes {@code out} through {@code body}. If anything fails (also an unchecked exception, such as a
     * cancellation), the temporary file is deleted and a file already at {@code out} is left as it was.
     *
     * @return what {@code body} returned
     * @throws IOException if the file cannot be written
     */
    public static <T> T write(Path out, Body<T> body) throws IOException {
        Path target = out.toAbsolutePath();
        Path folder = target.getParent();
        Path temp = folder.resolve("." + target.getFileName() + "." + UUID.randomUUID() + ".tmp");
        boolean moved = false;
        try {
            T result;
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);
                    OutputStream stream = new BufferedOutputStream(Channels.newOutputStream(channel), OUTPUT_BUFFER)) {
                result = body.write(stream);
                stream.flush();
                channel.force(true);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE);
            } catch (AtomicMoveNotSupportedException e) {
                LOG.debug("Atomic move not supported in {}, replacing {} instead", folder, target);
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
            moved = true;
            return result;
        } finally {
            if (!moved) {
                deleteQuietly(temp);
            }
        }
    }

    private static void deleteQuietly(Path temp) {
        try {
            Files.deleteIfExists(temp);
        } catch (IOException e) {
            LOG.warn("Unable to delete the temporary file {}", temp, e);
        }
    }
}
