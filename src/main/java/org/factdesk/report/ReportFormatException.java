package org.factdesk.report;

import java.io.IOException;

/**
 * Why a report (or a report file) cannot be read: the first problem found, with the JSON path where it is
 * ({@code $.documents[0].claims[3].target.exact}); the message is one line meant for the user, naming the file when
 * there is one. Problems that concern the whole file (unreadable, empty, not JSON at all) have the path {@code $}.
 */
public class ReportFormatException extends IOException {

    private static final long serialVersionUID = 1L;

    private final String file;
    private final String path;
    private final String detail;

    public ReportFormatException(String file, String path, String detail, Throwable cause) {
        super((file == null ? "" : file + ": ") + path + ": " + detail, cause);
        this.file = file;
        this.path = path;
        this.detail = detail;
    }

    public ReportFormatException(String path, String detail) {
        this(null, path, detail, null);
    }

    /** The JSON path of the problem, {@code $} for the whole report. */
    public String path() {
        return path;
    }

    /** What is wrong, without the file and path. */
    public String detail() {
        return detail;
    }

    /** The name of the file read, or {@code null} when the report came from a stream. */
    public String file() {
        return file;
    }

    /** The same problem, said of {@code fileName}. */
    ReportFormatException inFile(String fileName) {
        ReportFormatException named = new ReportFormatException(fileName, path, detail, getCause());
        named.setStackTrace(getStackTrace());
        return named;
    }
}
