package org.factdesk.service;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.factdesk.model.Ids;
import org.factdesk.store.ProjectOpenException;
import org.factdesk.store.ProjectStore;
import org.factdesk.store.StoreException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One open project and the use cases on it. Every change goes through {@link #write}, which makes it one
 * transaction with its audit entries, so a change is durable, and recorded, when the call returns.
 */
public final class Workspace implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(Workspace.class);

    private final ProjectStore store;
    private final Session session;
    private final DocumentService documents;
    private final ClaimService claims;
    private final ReportService reports;
    private final JsonOutput json;
    private final HistoryService history;
    private final SuggestionService suggestions;
    private final VersionService versions;
    private final ReviewService review;

    private Workspace(ProjectStore store, Session session) {
        this.store = store;
        this.session = session;
        this.documents = new DocumentService(this);
        this.claims = new ClaimService(this);
        this.reports = new ReportService(this);
        this.json = new JsonOutput(this);
        this.history = new HistoryService(this);
        this.suggestions = new SuggestionService(this);
        this.versions = new VersionService(this);
        this.review = new ReviewService(this);
    }

    /** Creates a new, empty project file; refuses a file that exists already. */
    public static Workspace create(Path file, Session session) throws ServiceException {
        if (Files.exists(file)) {
            throw new ServiceException(file.getFileName() + " exists already. Choose another name, or open it.");
        }
        try {
            return new Workspace(ProjectStore.create(file), session);
        } catch (ProjectOpenException | StoreException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /** Opens a project file; it opens read-only when it must (newer Factdesk, read-only file) or when asked. */
    public static Workspace open(Path file, boolean readOnly, Session session) throws ServiceException {
        try {
            ProjectStore store = ProjectStore.open(file, readOnly);
            store.readOnlyReason().ifPresent(reason -> LOG.info("{}: {}", file, reason));
            return new Workspace(store, session);
        } catch (ProjectOpenException | StoreException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /** Opens the project, or creates it when the file does not exist yet. */
    public static Workspace openOrCreate(Path file, Session session) throws ServiceException {
        return Files.exists(file) ? open(file, false, session) : create(file, session);
    }

    public Path file() {
        return store.file();
    }

    public boolean isReadOnly() {
        return store.isReadOnly();
    }

    public Optional<String> readOnlyReason() {
        return store.readOnlyReason();
    }

    public DocumentService documents() {
        return documents;
    }

    public ClaimService claims() {
        return claims;
    }

    public ReportService reports() {
        return reports;
    }

    /** The analyser's suggestions: analyse, accept, reject. */
    public SuggestionService suggestions() {
        return suggestions;
    }

    /** Undo and redo. */
    public HistoryService history() {
        return history;
    }

    /** New versions of articles: importing them, comparing them, re-attaching orphans. */
    public VersionService versions() {
        return versions;
    }

    /** Translation review of the project's documents. */
    public ReviewService review() {
        return review;
    }

    public JsonOutput json() {
        return json;
    }

    Session session() {
        return session;
    }

    ProjectStore store() {
        return store;
    }

    /** A change to the project: it may read and write the store and must record what it changes. */
    @FunctionalInterface
    interface Change<T> {
        T apply(AuditRecorder audit) throws ServiceException;
    }

    /**
     * Runs one user action as one transaction, with its audit entries. If the change throws, nothing of it is
     * written.
     *
     * @param undoLabel the label under which the action can be undone, or {@code null} if it cannot be
     */
    <T> T write(String undoLabel, Change<T> change) throws ServiceException {
        if (store.isReadOnly()) {
            throw new ServiceException(file().getFileName() + " is open read-only ("
                    + store.readOnlyReason().orElse("read-only") + "). Nothing was changed.");
        }
        AuditRecorder audit = new AuditRecorder(store.audit(), Ids.newId(), session);
        try {
            return store.inTransaction(() -> {
                try {
                    T result = change.apply(audit);
                    audit.flush();
                    if (undoLabel != null) {
                        store.history().record(audit.actionId(), undoLabel);
                    }
                    return result;
                } catch (ServiceException e) {
                    throw new AbortedChange(e);
                }
            });
        } catch (AbortedChange e) {
            throw e.reason;
        } catch (StoreException e) {
            throw new ServiceException(e.getMessage(), e);
        }
    }

    /** Carries a refused change out of the store's transaction, which then rolls back. */
    private static final class AbortedChange extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ServiceException reason;

        AbortedChange(ServiceException reason) {
            super(reason.getMessage(), null, false, false);
            this.reason = reason;
        }
    }

    @Override
    public void close() {
        store.close();
    }
}
