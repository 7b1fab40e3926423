package org.factdesk.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Keeps a project open in one Factdesk at a time: an exclusive OS lock on the sidecar file {@code <project>.lock},
 * which says who holds it (process, user, host, since), plus a set of the files open in this JVM, because OS file
 * locks belong to a process and would not stop a second open in the same one.
 *
 * <p>POSIX locks are dropped when the process closes <em>any</em> descriptor of the file, so while the lock is held
 * the sidecar is only ever touched through the one channel that holds it.
 */
final class ProjectLock implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectLock.class);
    private static final Map<Path, Holder> OPEN_IN_THIS_JVM = new HashMap<>();
    private static final int ATTEMPTS = 3;

    private final Path project;
    private final Path sidecar;
    private final FileChannel channel;
    private final FileLock fileLock;
    private boolean released;

    private ProjectLock(Path project, Path sidecar, FileChannel channel, FileLock fileLock) {
        this.project = project;
        this.sidecar = sidecar;
        this.channel = channel;
        this.fileLock = fileLock;
    }

    /**
     * No lock, for a project opened only to read: SQLite lets readers in beside the one writer, so the command line
     * can list or export a project while the window has it open.
     */
    static ProjectLock none(Path project) {
        ProjectLock none = new ProjectLock(project, null, null, null);
        none.released = true;
        return none;
    }

    /** Who holds a project. */
    record Holder(long pid, String user, String host, Instant since, String token) {

        static Holder current() {
            return new Holder(ProcessHandle.current().pid(), System.getProperty("user.name", "?"), hostName(),
                    Instant.now(), UUID.randomUUID().toString());
        }

        String toFileText() {
            return "pid=" + pid + "\nuser=" + user + "\nhost=" + host + "\nsince=" + since + "\ntoken=" + token + "\n";
        }

        static Holder parse(String text) {
            Map<String, String> values = new HashMap<>();
            for (String line : text.split("\n")) {
                int equals = line.indexOf('=');
                if (equals > 0) {
                    values.put(line.substring(0, equals).trim(), line.substring(equals + 1).trim());
                }
            }
            try {
                return new Holder(Long.parseLong(values.get("pid")), values.getOrDefault("user", "?"),
                        values.getOrDefault("host", "?"), Instant.parse(values.get("since")),
                        values.getOrDefault("token", ""));
            } catch (RuntimeException e) {
                return null;
            }
        }

        /** "process 4242 of ana on desk-3 since 10:14". */
        String describe() {
            ZonedDateTime local = since.atZone(ZoneId.systemDefault());
            String when = local.toLocalDate().equals(LocalDate.now())
                    ? local.format(DateTimeFormatter.ofPattern("HH:mm"))
                    : local.format(DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm"));
            return "process " + pid + " of " + user + " on " + host + " since " + when;
        }
    }

    /**
     * Takes the lock for a project (its real path), or explains who holds it.
     *
     * @throws ProjectOpenException {@code LOCKED} naming the holder when another Factdesk has the project open
     */
    static ProjectLock acquire(Path project, Path shownAs) throws ProjectOpenException {
        Holder me = Holder.current();
        synchronized (OPEN_IN_THIS_JVM) {
            Holder holder = OPEN_IN_THIS_JVM.get(project);
            if (holder != null) {
                throw new ProjectOpenException(ProjectOpenException.Reason.LOCKED, shownAs, "Cannot open " + shownAs
                        + ": it is already open in this Factdesk (" + holder.describe()
                        + "). Close it there, or open a copy.");
            }
            OPEN_IN_THIS_JVM.put(project, me);
        }
        try {
            return lockSidecar(project, shownAs, me);
        } catch (ProjectOpenException | RuntimeException e) {
            forget(project);
            throw e;
        }
    }

    private static ProjectLock lockSidecar(Path project, Path shownAs, Holder me) throws ProjectOpenException {
        Path sidecar = sidecarOf(project);
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            FileChannel channel;
            try {
                channel = FileChannel.open(sidecar, StandardOpenOption.CREATE, StandardOpenOption.READ,
                        StandardOpenOption.WRITE);
            } catch (IOException e) {
                // A read-only folder: no other Factdesk can write there either, and we open read-only.
                LOG.info("No lock file for {} ({}); opening without one", project, e.toString());
                return new ProjectLock(project, sidecar, null, null);
            }
            try {
                FileLock fileLock = tryLock(channel);
                if (fileLock == null) {
                    String holder = readHolder(channel);
                    channel.close();
                    throw new ProjectOpenException(ProjectOpenException.Reason.LOCKED, shownAs, "Cannot open "
                            + shownAs + ": it is open in another Factdesk (" + holder
                            + "). Close it there, or open a copy.");
                }
                byte[] text = me.toFileText().getBytes(StandardCharsets.UTF_8);
                channel.truncate(0);
                channel.write(ByteBuffer.wrap(text), 0);
                channel.force(true);
                // The previous holder deletes the sidecar before releasing it; if we locked that deleted file, the
                // path no longer shows what we wrote, and another process may lock a new file there: try again.
                if (Files.exists(sidecar) && Files.size(sidecar) == text.length) {
                    return new ProjectLock(project, sidecar, channel, fileLock);
                }
                fileLock.release();
                channel.close();
            } catch (IOException e) {
                closeQuietly(channel);
                throw new ProjectOpenException(ProjectOpenException.Reason.UNREADABLE, shownAs, "Cannot open "
                        + shownAs + ": its lock file " + sidecar.getFileName() + " cannot be used (" + e.getMessage()
                        + "). Check the folder's permissions.", e);
            }
        }
        throw new ProjectOpenException(ProjectOpenException.Reason.LOCKED, shownAs, "Cannot open " + shownAs
                + ": another Factdesk is opening and closing it right now. Try again in a moment.");
    }

    private static FileLock tryLock(FileChannel channel) throws IOException {
        try {
            return channel.tryLock();
        } catch (OverlappingFileLockException e) {
            return null;
        }
    }

    /** The holder written in the sidecar, read through our own (unlocked) channel. */
    private static String readHolder(FileChannel channel) throws IOException {
        for (int attempt = 0; attempt < 5; attempt++) {
            ByteBuffer buffer = ByteBuffer.allocate(4096);
            channel.read(buffer, 0);
            Holder holder = Holder.parse(new String(buffer.array(), 0, buffer.position(), StandardCharsets.UTF_8));
            if (holder != null) {
                return holder.describe();
            }
            try {
                Thread.sleep(20); // the holder may be writing its details this very moment
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                break;
            }
        }
        return "holder unknown";
    }

    static Path sidecarOf(Path project) {
        return project.resolveSibling(project.getFileName() + ".lock");
    }

    private static void forget(Path project) {
        synchronized (OPEN_IN_THIS_JVM) {
            OPEN_IN_THIS_JVM.remove(project);
        }
    }

    private static void closeQuietly(FileChannel channel) {
        try {
            channel.close();
        } catch (IOException e) {
            LOG.debug("Closing a lock file failed", e);
        }
    }

    private static String hostName() {
        String host = System.getenv("HOSTNAME");
        if (host == null || host.isBlank()) {
            host = System.getenv("COMPUTERNAME");
        }
        // Not InetAddress.getLocalHost(): it resolves the name through the name service, which may ask a DNS
        // server (Factdesk never uses the network) and can stall for seconds. The kernel's name is enough here.
        for (String file : List.of("/proc/sys/kernel/hostname", "/etc/hostname")) {
            if (host == null || host.isBlank()) {
                try {
                    host = Files.readString(Path.of(file), StandardCharsets.UTF_8).strip();
                } catch (IOException | RuntimeException unavailable) {
                    host = null;
                }
            }
        }
        return host == null || host.isBlank() ? "this computer" : host;
    }

    /** Deletes the sidecar, then releases the OS lock (in that order, see {@link #lockSidecar}). */
    @Override
    public void close() {
        if (released) {
            return;
        }
        released = true;
        try {
            if (channel != null) {
                try {
                    Files.deleteIfExists(sidecar);
                } catch (IOException e) {
                    LOG.warn("Could not delete the lock file {}", sidecar, e);
                }
                try {
                    fileLock.release();
                } catch (IOException e) {
                    LOG.debug("Releasing the lock on {} failed", sidecar, e);
                }
                closeQuietly(channel);
            }
        } finally {
            forget(project);
        }
    }
}
