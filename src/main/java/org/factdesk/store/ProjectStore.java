package org.factdesk.store;

import java.io.IOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.Optional;
import org.factdesk.store.ProjectOpenException.Reason;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An open Factdesk project: one SQLite file, one connection, and the repositories over it. Opening checks the file
 * before anything can write to it (see {@link #open(Path, boolean)}); every change is durable when its method
 * returns, and {@link #inTransaction(TransactionWork)} makes a whole user action one transaction.
 *
 * <p>Calls from several threads are serialised on the one connection, but a transaction belongs to the thread that
 * opened it; the application runs all store work on one worker thread.
 */
public final class ProjectStore implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectStore.class);

    private final Path file;
    private final Database database;
    private final ProjectLock lock;
    private final int schemaVersion;
    private final DocumentStore documents;
    private final ClaimStore claims;
    private final SuggestionStore suggestions;
    private final AuditLog audit;
    private final UndoHistory history;
    private final ProjectMeta meta;
    private final Publications publications;
    private final ReviewStore review;

    private ProjectStore(Path file, Database database, ProjectLock lock, int schemaVersion) {
        this.file = file;
        this.database = database;
        this.lock = lock;
        this.schemaVersion = schemaVersion;
        this.documents = new DocumentStore(database);
        this.claims = new ClaimStore(database);
        this.suggestions = new SuggestionStore(database);
        this.audit = new AuditLog(database);
        this.history = new UndoHistory(database);
        this.meta = new ProjectMeta(database);
        this.publications = new Publications(database);
        this.review = new ReviewStore(database);
    }

    /**
     * Creates a new project file with the current schema, in one transaction, and opens it. The project's name is
     * the file name without its extension.
     *
     * @throws ProjectOpenException {@code ALREADY_EXISTS} if the file exists (it is never overwritten),
     *     {@code NOT_FOUND} if its folder does not exist, {@code CANNOT_CREATE} if it cannot be written
     */
    public static ProjectStore create(Path file) throws ProjectOpenException {
        Path path = file.toAbsolutePath().normalize();
        Path folder = path.getParent();
        if (Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new ProjectOpenException(Reason.ALREADY_EXISTS, path, "Cannot create " + path
                    + ": a file with that name already exists. Choose another name, or open it.");
        }
        if (folder == null || !Files.isDirectory(folder)) {
            throw new ProjectOpenException(Reason.NOT_FOUND, path, "Cannot create " + path + ": the folder "
                    + folder + " does not exist. Choose an existing folder.");
        }
        try {
            Files.createFile(path);
        } catch (FileAlreadyExistsException e) {
            throw new ProjectOpenException(Reason.ALREADY_EXISTS, path, "Cannot create " + path
                    + ": a file with that name already exists. Choose another name, or open it.", e);
        } catch (IOException e) {
            throw new ProjectOpenException(Reason.CANNOT_CREATE, path, "Cannot create " + path + ": the folder "
                    + "cannot be written (" + e.getMessage() + "). Choose another folder.", e);
        }
        ProjectLock lock = null;
        Connection connection = null;
        try {
            lock = ProjectLock.acquire(path.toRealPath(), path);
            connection = Connections.create(path);
            try (Statement statement = connection.createStatement()) {
                // Only possible before the first table (and before WAL): larger pages, a quarter of the pages to
                // write, checksum and check; a 100,000-claim commit and the open-time quick check cost less.
                statement.execute("PRAGMA page_size = " + Connections.PAGE_SIZE);
            }
            Connections.configure(connection, false);
            try (Statement statement = connection.createStatement()) {
                statement.execute("BEGIN IMMEDIATE");
                statement.execute("PRAGMA application_id = " + Connections.APPLICATION_ID);
                Migrations.migrate(connection, 0);
                ProjectMeta.put(connection, ProjectMeta.NAME, nameOf(path));
                ProjectMeta.put(connection, ProjectMeta.CREATED_AT, Instant.now().toString());
                statement.execute("COMMIT");
            }
            return new ProjectStore(path, new Database(connection, path, null), lock, currentSchemaVersion());
        } catch (SQLException | IOException | RuntimeException | ProjectOpenException e) {
            closeQuietly(connection);
            if (lock != null) {
                lock.close();
            }
            deleteHalfMadeProject(path);
            if (e instanceof ProjectOpenException) {
                throw (ProjectOpenException) e;
            }
            String why = e instanceof SQLException ? SqliteErrors.explain(e) : String.valueOf(e.getMessage());
            throw new ProjectOpenException(Reason.CANNOT_CREATE, path, "Cannot create " + path + ": " + why
                    + ". Nothing was left behind; choose another folder or free some space.", e);
        }
    }

    /** Opens a project for reading and writing when it can be written; see {@link #open(Path, boolean)}. */
    public static ProjectStore open(Path file) throws ProjectOpenException {
        return open(file, false);
    }

    /**
     * Opens a project. Nothing writes to the file until it has passed these checks, in order: it exists; it is an
     * SQLite file (its header, read directly); it is a Factdesk project (application id); it is whole (quick
     * check); no other Factdesk or program holds it (only when opening to write: readers need no lock). A project
     * from a newer Factdesk, a file or folder that cannot
     * be written, or {@code readOnlyRequested} open it read-only with {@link #readOnlyReason()}; a project from an
     * older Factdesk is copied to {@code <file>.bak-v<old>} and then upgraded in one transaction.
     *
     * @throws ProjectOpenException with the reason and a one-line message for the user; the file is unchanged
     */
    public static ProjectStore open(Path file, boolean readOnlyRequested) throws ProjectOpenException {
        Path path = file.toAbsolutePath().normalize();
        ProjectFileCheck.Inspection inspection = ProjectFileCheck.inspect(path);
        Path real;
        try {
            real = path.toRealPath();
        } catch (IOException e) {
            throw new ProjectOpenException(Reason.UNREADABLE, path, "Cannot open " + path + ": " + e.getMessage()
                    + ". Check the file and its folder.", e);
        }
        ProjectLock lock = readOnlyRequested ? ProjectLock.none(real) : ProjectLock.acquire(real, path);
        Connection connection = null;
        try {
            int version = inspection.schemaVersion();
            String readOnlyReason = readOnlyReason(path, version, readOnlyRequested);
            boolean readOnly = readOnlyReason != null;
            if (readOnly && version < currentSchemaVersion()) {
                throw new ProjectOpenException(Reason.UNREADABLE, path, "Cannot open " + path
                        + ": it was made by an older Factdesk (schema " + version + ") and must be upgraded to schema "
                        + currentSchemaVersion() + ", but it cannot be changed (" + readOnlyReason
                        + "). Open a writable copy.");
            }
            connection = Connections.open(path, readOnly, inspection.folderNeedsImmutable());
            Connections.configure(connection, readOnly);
            if (!readOnly) {
                checkNobodyWrites(path, connection);
                if (version < currentSchemaVersion()) {
                    upgrade(path, connection, version);
                    version = currentSchemaVersion();
                }
            }
            return new ProjectStore(path, new Database(connection, path, readOnlyReason), lock, version);
        } catch (SQLException e) {
            closeQuietly(connection);
            lock.close();
            throw ProjectFileCheck.openFailure(path, e);
        } catch (ProjectOpenException | RuntimeException e) {
            closeQuietly(connection);
            lock.close();
            throw e;
        }
    }

    private static String readOnlyReason(Path file, int version, boolean requested) {
        if (version > currentSchemaVersion()) {
            return "This project was made by a newer Factdesk (schema " + version + "; this version knows "
                    + currentSchemaVersion() + "). It is open read-only.";
        }
        if (!Files.isWritable(file)) {
            return "The file is read-only on disk.";
        }
        Path folder = file.getParent();
        if (folder != null && !Files.isWritable(folder)) {
            return "The folder holding the file is read-only on disk.";
        }
        if (requested) {
            return "Opened read-only as requested.";
        }
        return null;
    }

    /** Fails with LOCKED when another program (e.g. the sqlite3 tool) holds a write lock on the file. */
    private static void checkNobodyWrites(Path file, Connection connection) throws SQLException,
            ProjectOpenException {
        try (Statement statement = connection.createStatement()) {
            statement.execute("PRAGMA busy_timeout = 250");
            try {
                statement.execute("BEGIN IMMEDIATE");
            } catch (SQLException e) {
                if (SqliteErrors.is(e, org.sqlite.SQLiteErrorCode.SQLITE_BUSY)
                        || SqliteErrors.is(e, org.sqlite.SQLiteErrorCode.SQLITE_LOCKED)) {
                    throw ProjectFileCheck.foreignLock(file, e);
                }
                throw e;
            }
            statement.execute("ROLLBACK");
            statement.execute("PRAGMA busy_timeout = " + Connections.BUSY_TIMEOUT_MILLIS);
        }
    }

    /** Copies the file aside (consistently, with VACUUM INTO), then migrates it in one transaction. */
    private static void upgrade(Path file, Connection connection, int fromVersion) throws ProjectOpenException {
        Path backup = backupPath(file, fromVersion);
        try (Statement statement = connection.createStatement()) {
            statement.execute("VACUUM INTO '" + backup.toString().replace("'", "''") + "'");
        } catch (SQLException e) {
            throw new ProjectOpenException(Reason.UNREADABLE, file, "Cannot upgrade " + file + ": its backup copy "
                    + backup.getFileName() + " could not be written (" + SqliteErrors.explain(e)
                    + "). The project was not changed.", e);
        }
        try (Statement statement = connection.createStatement()) {
            statement.execute("BEGIN IMMEDIATE");
            try {
                Migrations.migrate(connection, fromVersion);
                statement.execute("COMMIT");
            } catch (SQLException | RuntimeException e) {
                statement.execute("ROLLBACK");
                throw e;
            }
            LOG.info("Upgraded {} from schema {} to {}; the old file is kept as {}", file, fromVersion,
                    currentSchemaVersion(), backup);
        } catch (SQLException e) {
            throw new ProjectOpenException(Reason.UNREADABLE, file, "Cannot upgrade " + file + " from schema "
                    + fromVersion + " to " + currentSchemaVersion() + ": " + SqliteErrors.explain(e)
                    + ". The project was not changed; a copy is in " + backup.getFileName() + ".", e);
        }
    }

    private static Path backupPath(Path file, int fromVersion) {
        Path backup = file.resolveSibling(file.getFileName() + ".bak-v" + fromVersion);
        for (int n = 2; Files.exists(backup, LinkOption.NOFOLLOW_LINKS); n++) {
            backup = file.resolveSibling(file.getFileName() + ".bak-v" + fromVersion + "-" + n);
        }
        return backup;
    }

    private static String nameOf(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }

    private static void deleteHalfMadeProject(Path file) {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(file.resolveSibling(file.getFileName() + suffix));
            } catch (IOException e) {
                LOG.warn("Could not remove the unfinished project file {}{}", file, suffix, e);
            }
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException e) {
                LOG.debug("Closing a connection that failed to open also failed", e);
            }
        }
    }

    /** The schema version this Factdesk writes and knows how to read. */
    public static int currentSchemaVersion() {
        return Migrations.currentVersion();
    }

    /** The project file, as an absolute path. */
    public Path file() {
        return file;
    }

    /** The schema version of the file: the current one, or a newer one when the project is open read-only. */
    public int schemaVersion() {
        return schemaVersion;
    }

    /** Whether changes are refused (with {@link ReadOnlyProjectException}). */
    public boolean isReadOnly() {
        return database.isReadOnly();
    }

    /** Why the project is read-only, as a sentence for the user; empty when it can be changed. */
    public Optional<String> readOnlyReason() {
        return Optional.ofNullable(database.readOnlyReason());
    }

    /** The documents of the project. */
    public DocumentStore documents() {
        return documents;
    }

    /** The claims on the project's documents. */
    public ClaimStore claims() {
        return claims;
    }

    /** The analyser's suggestions, including the rejected ones. */
    public SuggestionStore suggestions() {
        return suggestions;
    }

    /** Translation review: sources of translations, last review issues, dismissed issues. */
    public ReviewStore review() {
        return review;
    }

    /** The record of every change. */
    public AuditLog audit() {
        return audit;
    }

    /** The undo and redo stacks, kept in the file. */
    public UndoHistory history() {
        return history;
    }

    /** The project's own settings (name, organisation...). */
    public Publications publications() {
        return publications;
    }

    public ProjectMeta meta() {
        return meta;
    }

    /**
     * Runs the work as one transaction: all its changes are saved together when it returns, or none when it throws
     * (the exception is rethrown as it was; SQLite failures arrive as {@link StoreException}). A call inside
     * another one joins the outer transaction, as a savepoint: if it throws, only its own changes are undone.
     * On a read-only project the work may read, and any change throws {@link ReadOnlyProjectException}.
     */
    public <T> T inTransaction(TransactionWork<T> work) {
        return database.transaction(work);
    }

    /** {@link #inTransaction(TransactionWork)} for work without a result. */
    public void inTransaction(Runnable work) {
        database.transaction(() -> {
            work.run();
            return null;
        });
    }

    /** The database, for tests in this package. */
    Database database() {
        return database;
    }

    /** Closes the connection (SQLite then folds the WAL into the file) and releases the project for others. */
    @Override
    public void close() {
        try {
            database.close();
        } finally {
            lock.close();
        }
    }
}
