package org.factdesk.report;

import java.util.Objects;

/**
 * The project a report comes from, as the report's {@code project} object states it.
 *
 * @param name the project's name as the user sees it
 * @param file the project file's name (or path) the report was made from
 * @param organisation the organisation publishing the checks, or {@code null}
 * @param organisationUrl the organisation's web address, or {@code null}
 */
public record ProjectInfo(String name, String file, String organisation, String organisationUrl) {

    public ProjectInfo {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(file, "file");
    }

    /** A project whose organisation has no web address (or none). */
    public ProjectInfo(String name, String file, String organisation) {
        this(name, file, organisation, null);
    }
}
