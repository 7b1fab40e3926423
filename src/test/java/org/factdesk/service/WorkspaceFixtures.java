package org.factdesk.service;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

/** Real project files with the sample article, and sessions whose clocks tests control. */
final class WorkspaceFixtures {

    static final Path SAMPLE = Path.of("assets", "kim-putin-summit-es.txt");

    private WorkspaceFixtures() {
    }

    static Session at(String author, String instant) {
        return new Session(author, Clock.fixed(Instant.parse(instant), ZoneOffset.UTC));
    }

    static Workspace sample(Path file, Session session) throws ServiceException {
        Workspace workspace = Workspace.create(file, session);
        workspace.documents().importFiles(List.of(SAMPLE), null);
        return workspace;
    }
}
