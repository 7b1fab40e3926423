package org.factdesk.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.factdesk.service.ServiceException;
import org.factdesk.service.Session;
import org.factdesk.service.Workspace;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Spec;

/** A command that works on one project file and prints a result as JSON or as a table. */
abstract class ProjectCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(ProjectCommand.class);

    /** Output formats of results. */
    enum OutputFormat { json, table }

    @Spec
    CommandSpec spec;

    Session session;

    @Option(names = {"-p", "--project"}, required = true, paramLabel = "FILE",
            description = "The project file (.factdesk).")
    Path project;

    @Option(names = "--author", paramLabel = "NAME",
            description = "Who makes the changes (default: the system user).")
    String author;

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    Session session() {
        return author == null ? session : new Session(author, session.clock());
    }

    Workspace openProject() throws ServiceException {
        return Workspace.open(project, false, session());
    }

    /** Work on an open project. */
    @FunctionalInterface
    interface ProjectWork {
        void run(Workspace workspace) throws ServiceException;
    }

    /**
     * Runs work on the project, creating the project file if it does not exist. A project file this run created is
     * removed again when the work fails, so a failed first import leaves nothing behind.
     */
    void withProjectCreatedIfMissing(ProjectWork work) throws ServiceException {
        boolean existed = Files.exists(project);
        try (Workspace workspace = Workspace.openOrCreate(project, session())) {
            work.run(workspace);
        } catch (ServiceException | RuntimeException e) {
            if (!existed) {
                deleteNewProject();
            }
            throw e;
        }
    }

    private void deleteNewProject() {
        for (String suffix : new String[] {"", "-wal", "-shm", "-journal"}) {
            try {
                Files.deleteIfExists(Path.of(project + suffix));
            } catch (IOException e) {
                LOG.warn("Could not remove the unfinished project file {}{}", project, suffix, e);
            }
        }
    }

    @Override
    public final Integer call() throws Exception {
        run();
        out().flush();
        return 0;
    }

    abstract void run() throws ServiceException;
}
