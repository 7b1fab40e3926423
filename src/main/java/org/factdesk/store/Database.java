package org.factdesk.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.locks.ReentrantLock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The one JDBC connection of an open project, with its transactions and error translation. Every repository goes
 * through {@link #read} or {@link #write}, which hold a reentrant lock, so the connection is never used by two
 * threads at once and a transaction opened by one thread is never joined by another.
 *
 * <p>The outermost unit of work is a transaction ({@code BEGIN IMMEDIATE} for writes, so a busy file fails at the
 * start and not half-way); nested units are savepoints inside it, so a failed inner unit leaves nothing behind even
 * when its caller catches the exception.
 */
final class Database implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Database.class);

    private final Connection connection;
    private final Path file;
    private final String readOnlyReason;
    private final ReentrantLock lock = new ReentrantLock();
    private int depth;
    private int savepoints;
    private Throwable abortedBy;
    private boolean closed;

    Database(Connection connection, Path file, String readOnlyReason) {
        this.connection = connection;
        this.file = file;
        this.readOnlyReason = readOnlyReason;
    }

    Path file() {
        return file;
    }

    boolean isReadOnly() {
        return readOnlyReason != null;
    }

    String readOnlyReason() {
        return readOnlyReason;
    }

    /** Runs reads; several statements share one snapshot (a read transaction, or the caller's transaction). */
    <T> T read(String what, SqlWork<T> work) {
        return unit(what, false, work);
    }

    /** Runs a change as one transaction, or as a savepoint inside the caller's transaction. */
    <T> T write(String what, SqlWork<T> work) {
        requireWritable(what);
        return unit(what, true, work);
    }

    /** Runs the caller's work as one transaction (joined by nested calls); see {@link ProjectStore#inTransaction}. */
    <T> T transaction(TransactionWork<T> work) {
        return unit("save the changes", !isReadOnly(), connection -> work.run());
    }

    void requireWritable(String what) {
        if (readOnlyReason != null) {
            throw new ReadOnlyProjectException(
                    "Cannot " + what + ": " + file + " is open read-only. " + readOnlyReason);
        }
    }

    private <T> T unit(String what, boolean write, SqlWork<T> work) {
        lock.lock();
        try {
            if (closed) {
                throw new StoreException("Cannot " + what + ": the project " + file + " is closed.");
            }
            return depth == 0 ? outermost(what, write, work) : nested(what, work);
        } finally {
            lock.unlock();
        }
    }

    private <T> T outermost(String what, boolean write, SqlWork<T> work) {
        try {
            execute(write ? "BEGIN IMMEDIATE" : "BEGIN");
        } catch (SQLException e) {
            throw failure(what, e, write);
        }
        depth++;
        abortedBy = null;
        try {
            T result = work.run(connection);
            if (abortedBy != null) {
                // An inner unit failed in a way that ended the whole transaction and its caller swallowed that.
                throw abortedBy;
            }
            execute("COMMIT");
            return result;
        } catch (Throwable e) {
            rollback(e);
            throw failure(what, e, write);
        } finally {
            depth--;
            abortedBy = null;
        }
    }

    private <T> T nested(String what, SqlWork<T> work) {
        String savepoint = "unit" + (++savepoints);
        try {
            execute("SAVEPOINT " + savepoint);
        } catch (SQLException e) {
            throw failure(what, e, false);
        }
        depth++;
        try {
            T result = work.run(connection);
            execute("RELEASE " + savepoint);
            return result;
        } catch (Throwable e) {
            try {
                execute("ROLLBACK TO " + savepoint);
                execute("RELEASE " + savepoint);
            } catch (SQLException rollbackFailure) {
                // SQLite rolled the whole transaction back by itself (it may on a full disk or an I/O error).
                e.addSuppressed(rollbackFailure);
                abortedBy = e;
            }
            throw failure(what, e, false);
        } finally {
            depth--;
        }
    }

    private void rollback(Throwable cause) {
        try {
            execute("ROLLBACK");
        } catch (SQLException e) {
            // Nothing to roll back when SQLite already did it; the original failure is what matters.
            LOG.debug("Rollback in {} after {} failed", file, cause.toString(), e);
        }
    }

    /** A StoreException for the failure; runtime exceptions and errors of the caller's own work pass unchanged. */
    private RuntimeException failure(String what, Throwable e, boolean nothingSaved) {
        if (e instanceof StoreException) {
            return (StoreException) e;
        }
        if (e instanceof RuntimeException) {
            return (RuntimeException) e;
        }
        if (e instanceof Error) {
            throw (Error) e;
        }
        String message = "Unable to " + what + " in " + file + ": " + SqliteErrors.explain(e) + "."
                + (nothingSaved ? " Nothing was saved." : "");
        return new StoreException(message, e);
    }

    private void execute(String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** The connection, for the store's own setup and for tests in this package. */
    Connection connection() {
        return connection;
    }

    @Override
    public void close() {
        lock.lock();
        try {
            if (closed) {
                return;
            }
            closed = true;
            connection.close();
        } catch (SQLException e) {
            LOG.warn("Closing {} failed", file, e);
        } finally {
            lock.unlock();
        }
    }
}
