package org.factdesk.ui.prefs;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Preferences in a properties file in the user's config folder. Read once when the program starts (before the
 * window), written in the background after each change, to a temporary file then moved into place.
 */
public final class FilePreferences implements Preferences {

    private static final Logger LOG = LoggerFactory.getLogger(FilePreferences.class);

    private final Path file;
    private final Properties values = new Properties();
    private final ExecutorService writer = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "factdesk-preferences");
        thread.setDaemon(true);
        return thread;
    });

    public FilePreferences(Path file) {
        this.file = file;
        if (Files.isRegularFile(file)) {
            try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
                values.load(in);
            } catch (IOException | IllegalArgumentException e) {
                LOG.warn("Could not read the preferences {}; using the defaults", file, e);
            }
        }
    }

    @Override
    public synchronized <T> T get(Preference<T> preference) {
        return preference.read(values.getProperty(preference.key()));
    }

    @Override
    public synchronized <T> void put(Preference<T> preference, T value) {
        values.setProperty(preference.key(), preference.format().apply(value));
        Properties snapshot = new Properties();
        snapshot.putAll(values);
        writer.execute(() -> save(snapshot));
    }

    /** Waits (a little) until every change so far is on disk: the writer is a daemon and dies with the program. */
    public void flush() {
        try {
            writer.submit(() -> { }).get(5, java.util.concurrent.TimeUnit.SECONDS);
        } catch (java.util.concurrent.ExecutionException | java.util.concurrent.TimeoutException e) {
            LOG.warn("Could not finish saving the preferences to {}", file, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void save(Properties snapshot) {
        try {
            Files.createDirectories(file.getParent());
            Path temp = Files.createTempFile(file.getParent(), ".preferences", ".tmp");
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8)) {
                snapshot.store(out, "Factdesk preferences");
            }
            try {
                Files.move(temp, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            LOG.warn("Could not save the preferences to {}", file, e);
        }
    }
}
