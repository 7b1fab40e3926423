package org.factdesk.text;

import java.util.Objects;

/**
 * Why an article could not be imported, as a one-line message for the user that names the file, the problem and what
 * to do. {@link #reason()} tells callers and tests the cases apart without parsing the message.
 */
public class ImportException extends Exception {

    private static final long serialVersionUID = 1L;

    /** The kinds of bad input an import refuses. */
    public enum Reason {
        /** The file or pasted text has no text, or only whitespace, or no article text after extraction. */
        EMPTY,
        /** The bytes are not text: NUL bytes, control bytes or the signature of an image, archive, PDF… */
        BINARY,
        /** The file is larger than {@link ArticleImporter#MAX_BYTES}. */
        TOO_LARGE,
        /** The bytes are neither UTF-8 nor any encoding the detector proposed. */
        UNDECODABLE,
        /** The file's type is not one Factdesk imports. */
        UNSUPPORTED_TYPE,
        /** The file is missing, a folder, or cannot be read. */
        UNREADABLE
    }

    private final Reason reason;
    private final String fileName;

    public ImportException(Reason reason, String fileName, String message) {
        this(reason, fileName, message, null);
    }

    public ImportException(Reason reason, String fileName, String message, Throwable cause) {
        super(message, cause);
        this.reason = Objects.requireNonNull(reason, "reason");
        this.fileName = fileName;
    }

    public Reason reason() {
        return reason;
    }

    /** The name of the file (not its path) the import was about, or the label of pasted text. */
    public String fileName() {
        return fileName;
    }
}
