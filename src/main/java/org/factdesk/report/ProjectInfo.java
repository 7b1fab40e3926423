package org.factdesk.report;

import java.util.Objects;

/**
 * The project a report comes from, as the report's {@code project} object states it.
 *
 * @param name the project's name as the user sees it
 * @param file the project file's name (or path) the report was made from
 * @param organisation the organisation publishing the checks, or {@code null}
 */
public record ProjectInfo(String name, String file, String organisation) {

    public ProjectInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
    }
}
