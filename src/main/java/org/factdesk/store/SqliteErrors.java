package org.factdesk.store;

import java.sql.SQLException;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/** Turns SQLite's result codes into words a user can act on. */
final class SqliteErrors {

    private SqliteErrors() {
    }

    /** The extended SQLite result code of the exception (or of the first SQLException in its causes), or -1. */
    static int extendedCode(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof SQLiteException) {
                return ((SQLiteException) t).getResultCode().code;
            }
            if (t instanceof SQLException && ((SQLException) t).getErrorCode() != 0) {
                return ((SQLException) t).getErrorCode();
            }
        }
        return -1;
    }

    /** The primary SQLite result code (SQLITE_FULL, SQLITE_BUSY...), or -1. */
    static int primaryCode(Throwable error) {
        int code = extendedCode(error);
        return code < 0 ? code : code & 0xFF;
    }

    static boolean is(Throwable error, SQLiteErrorCode primary) {
        return primaryCode(error) == primary.code;
    }

    /** Why the operation failed, as the end of a sentence ("the disk is full"). */
    static String explain(Throwable error) {
        int extended = extendedCode(error);
        int primary = extended < 0 ? -1 : extended & 0xFF;
        if (primary == SQLiteErrorCode.SQLITE_FULL.code) {
            return "the disk is full; free some space and try again";
        }
        if (primary == SQLiteErrorCode.SQLITE_IOERR.code) {
            return "the disk reported a read/write error (" + sqliteMessage(error) + ")";
        }
        if (primary == SQLiteErrorCode.SQLITE_BUSY.code || primary == SQLiteErrorCode.SQLITE_LOCKED.code) {
            return "another program is using the project; close it or try again in a moment";
        }
        if (primary == SQLiteErrorCode.SQLITE_READONLY.code || primary == SQLiteErrorCode.SQLITE_PERM.code) {
            return "the file cannot be written (it is read-only on disk)";
        }
        if (primary == SQLiteErrorCode.SQLITE_CORRUPT.code || primary == SQLiteErrorCode.SQLITE_NOTADB.code) {
            return "the file is damaged (" + sqliteMessage(error) + ")";
        }
        if (primary == SQLiteErrorCode.SQLITE_CANTOPEN.code) {
            return "the file cannot be opened (" + sqliteMessage(error) + ")";
        }
        if (extended == SQLiteErrorCode.SQLITE_CONSTRAINT_PRIMARYKEY.code
                || extended == SQLiteErrorCode.SQLITE_CONSTRAINT_UNIQUE.code) {
            return "an entry with the same id already exists";
        }
        if (extended == SQLiteErrorCode.SQLITE_CONSTRAINT_FOREIGNKEY.code) {
            return "it refers to a document or claim that is not in the project";
        }
        return sqliteMessage(error);
    }

    /** SQLite's own message without the driver's "[SQLITE_XXX] ..." decoration. */
    static String sqliteMessage(Throwable error) {
        String message = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
        int open = message.lastIndexOf('(');
        if (message.startsWith("[") && open > 0 && message.endsWith(")")) {
            return message.substring(open + 1, message.length() - 1);
        }
        return message;
    }
}
