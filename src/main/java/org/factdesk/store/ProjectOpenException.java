package org.factdesk.store;

import java.nio.file.Path;
import java.util.Objects;

/**
 * A project file could not be opened or created. The file is left exactly as it was; {@link #getMessage()} is one
 * line for the user naming the file, the problem and what to do.
 */
public class ProjectOpenException extends Exception {

    /** Why the file could not be opened. */
    public enum Reason {
        /** The file (or the folder it should be in) does not exist. */
        NOT_FOUND,
        /** The file is not an SQLite database at all (a text file, an image, an empty file). */
        NOT_SQLITE,
        /** The file is an SQLite database but not a Factdesk project (another application id). */
        NOT_A_PROJECT,
        /** The file is a damaged or truncated project. */
        CORRUPT,
        /** Another Factdesk, or another program, holds the project. */
        LOCKED,
        /** The file cannot be read (permissions, I/O error), or an old project cannot be upgraded in place. */
        UNREADABLE,
        /** {@link ProjectStore#create} was asked for a file that already exists. */
        ALREADY_EXISTS,
        /** {@link ProjectStore#create} could not write the new file (read-only folder, full disk). */
        CANNOT_CREATE
    }

    private final Reason reason;
    private final transient Path file;

    public ProjectOpenException(Reason reason, Path file, String message) {
        this(reason, file, message, null);
    }

    public ProjectOpenException(Reason reason, Path file, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.file = file;
    }

    /** Why the file could not be opened. */
    public Reason reason() {
        return reason;
    }

    /** The file that was to be opened or created. */
    public Path file() {
        return file;
    }
}
