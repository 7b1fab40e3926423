package org.factdesk.ui;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ListChangeListener;
import javafx.collections.ObservableList;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;
import org.factdesk.service.DocumentInfo;
import org.factdesk.service.ExportResult;
import org.factdesk.service.HistoryState;
import org.factdesk.service.Monitor;
import org.factdesk.service.ServiceException;
import org.factdesk.service.Session;
import org.factdesk.service.Workspace;
import org.factdesk.ui.dialog.DialogService;
import org.factdesk.ui.task.Progress;
import org.factdesk.ui.task.TaskRunner;

/**
 * The open project as the window sees it (JabRef's StateManager): its documents, the current document and its
 * claims in document order, the selected claim, and the commands that change them. Every command runs through the
 * {@link TaskRunner}, so disk work never happens on the FX thread; results come back on it. No Node, Stage or
 * Platform here: tests drive it with a synchronous runner.
 */
public final class ProjectViewModel {

    /** Document order of claims: start, then end, then id. */
    public static final Comparator<Claim> DOCUMENT_ORDER = Comparator.<Claim>comparingInt(c -> c.target().start())
            .thenComparingInt(c -> c.target().end()).thenComparing(Claim::id);

    private final TaskRunner runner;
    private final DialogService dialogs;
    private final I18n i18n;
    private final Session session;

    private final ReadOnlyObjectWrapper<Workspace> workspace = new ReadOnlyObjectWrapper<>();
    private final ObservableList<DocumentInfo> documents = FXCollections.observableArrayList();
    private final ReadOnlyObjectWrapper<Document> currentDocument = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Claim> claims = FXCollections.observableArrayList();
    private final ObjectProperty<Claim> selectedClaim = new SimpleObjectProperty<>();
    private final ReadOnlyObjectWrapper<Claim> justMarked = new ReadOnlyObjectWrapper<>();
    private final ReadOnlyBooleanWrapper readOnly = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(false);
    private final ReadOnlyStringWrapper readOnlyReason = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<HistoryState> history = new ReadOnlyObjectWrapper<>(HistoryState.EMPTY);
    private final ReadOnlyIntegerWrapper pendingWrites = new ReadOnlyIntegerWrapper(0);
    private final ObservableList<String> knownTags = FXCollections.observableArrayList();
    private final ObservableList<String> knownSpeakers = FXCollections.observableArrayList();
    private final BooleanBinding editable;
    private final Map<String, Claim> claimsById = new HashMap<>();
    // One read-only view of each list, kept: such a view listens weakly to its list, so a view made per call could
    // be collected, and the listeners a part of the window added to it would silently stop.
    private final ObservableList<DocumentInfo> documentsView = FXCollections.unmodifiableObservableList(documents);
    private final ObservableList<Claim> claimsView = FXCollections.unmodifiableObservableList(claims);
    private final ObservableList<String> knownTagsView = FXCollections.unmodifiableObservableList(knownTags);
    private final ObservableList<String> knownSpeakersView = FXCollections.unmodifiableObservableList(knownSpeakers);

    public ProjectViewModel(TaskRunner runner, DialogService dialogs, I18n i18n, Session session) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.session = session;
        this.editable = Bindings.createBooleanBinding(
                () -> workspace.get() != null && !readOnly.get() && currentDocument.get() != null,
                workspace, readOnly, currentDocument);
        claims.addListener((ListChangeListener<Claim>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(claim -> claimsById.remove(claim.id()));
                change.getAddedSubList().forEach(claim -> claimsById.put(claim.id(), claim));
            }
        });
    }

    // ---- state ----

    public ReadOnlyObjectProperty<Workspace> workspaceProperty() {
        return workspace.getReadOnlyProperty();
    }

    public ObservableList<DocumentInfo> documents() {
        return documentsView;
    }

    public ReadOnlyObjectProperty<Document> currentDocumentProperty() {
        return currentDocument.getReadOnlyProperty();
    }

    /** The current document's claims in {@link #DOCUMENT_ORDER}; an edited claim is replaced in place. */
    public ObservableList<Claim> claims() {
        return claimsView;
    }

    /** The claim the panel and the article show as selected; either may set it. */
    public ObjectProperty<Claim> selectedClaimProperty() {
        return selectedClaim;
    }

    /** The claim the user marked last, set once it is saved: the window then moves to its editor. */
    public ReadOnlyObjectProperty<Claim> justMarkedProperty() {
        return justMarked.getReadOnlyProperty();
    }

    /** Says that a project is about to be opened, so that the window shows "Opening…" rather than "no project". */
    public void expectProject() {
        loading.set(true);
    }

    /** True while a project is being opened or created. */
    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty readOnlyProperty() {
        return readOnly.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty readOnlyReasonProperty() {
        return readOnlyReason.getReadOnlyProperty();
    }

    /** True when a document is open and the project may be changed. */
    public BooleanBinding editableBinding() {
        return editable;
    }

    public ReadOnlyObjectProperty<HistoryState> historyProperty() {
        return history.getReadOnlyProperty();
    }

    /** Changes sent to the project and not yet confirmed written; 0 means "All changes saved". */
    public ReadOnlyIntegerProperty pendingWritesProperty() {
        return pendingWrites.getReadOnlyProperty();
    }

    /** Tags used anywhere in the project, sorted, for completion. */
    public ObservableList<String> knownTags() {
        return knownTagsView;
    }

    /** Speakers named in the current document's attributions, sorted, for completion. */
    public ObservableList<String> knownSpeakers() {
        return knownSpeakersView;
    }

    public I18n i18n() {
        return i18n;
    }

    /** The current document's claim with this id, found without walking the list. */
    public Optional<Claim> claim(String id) {
        return Optional.ofNullable(claimsById.get(id));
    }

    // ---- project ----

    /**
     * Opens a project file (read-only when it must). The project that was open is closed once the new one has
     * opened; if the new one cannot be opened, the old one stays open and the user is told why.
     */
    public void open(Path file) {
        load(i18n.get("task.open", file.getFileName()), file, () -> Workspace.open(file, false, session), null);
    }

    /** Creates a new, empty project file and opens it. */
    public void create(Path file) {
        load(i18n.get("task.create", file.getFileName()), file, () -> Workspace.create(file, session), null);
    }

    /** Opens a workspace made elsewhere (e.g. the sample project), then shows the given document, if any. */
    public void openWith(String title, WorkspaceSource source, String documentId) {
        load(title, null, source, documentId);
    }

    /** Makes or opens a workspace off the FX thread. */
    @FunctionalInterface
    public interface WorkspaceSource {
        Workspace get() throws ServiceException;
    }

    private void load(String title, Path file, WorkspaceSource source, String documentId) {
        Workspace previous = workspace.get();
        // Reopening the project that is open: it must be closed first, since a project has one writer.
        boolean reopening = previous != null && file != null
                && previous.file().equals(file.toAbsolutePath().normalize());
        loading.set(true);
        runner.submit(title, progress -> {
            if (reopening) {
                previous.close();
            }
            Workspace opened = source.get();
            if (previous != null && !reopening) {
                previous.close();
            }
            List<DocumentInfo> infos = opened.documents().list();
            String first = documentId != null ? documentId : infos.isEmpty() ? null : infos.get(0).id();
            return new Loaded(opened, infos, first == null ? null : DocumentLoad.of(opened, first));
        }, loaded -> {
            loading.set(false);
            workspace.set(loaded.workspace());
            readOnly.set(loaded.workspace().isReadOnly());
            readOnlyReason.set(loaded.workspace().readOnlyReason().orElse(""));
            documents.setAll(loaded.documents());
            show(loaded.document());
        }, error -> {
            loading.set(false);
            if (reopening || previous == null) {
                workspace.set(null);
                documents.clear();
                show(null);
            }
            fail(error);
        });
    }

    /** Closes the project (the window then shows no document). */
    public void close() {
        Workspace open = workspace.get();
        workspace.set(null);
        documents.clear();
        show(null);
        if (open != null) {
            runner.submit(i18n.get("task.close"), progress -> {
                open.close();
                return Boolean.TRUE;
            }, done -> { }, this::fail);
        }
    }

    /** Shows another document of the project. */
    public void selectDocument(String documentId) {
        Workspace open = workspace.get();
        if (open == null || currentDocument.get() != null && currentDocument.get().id().equals(documentId)) {
            return;
        }
        runner.submit(i18n.get("task.load"), progress -> DocumentLoad.of(open, documentId), this::show, this::fail);
    }

    private void show(DocumentLoad load) {
        selectedClaim.set(null);
        if (load == null) {
            currentDocument.set(null);
            claims.clear();
            knownTags.clear();
            knownSpeakers.clear();
            history.set(HistoryState.EMPTY);
            return;
        }
        currentDocument.set(load.document());
        claims.setAll(load.claims());
        knownTags.setAll(load.tags());
        refreshSpeakers();
        history.set(load.history());
    }

    /** What showing a document needs, read in one go off the FX thread. */
    private record DocumentLoad(Document document, List<Claim> claims, List<String> tags, HistoryState history) {
        static DocumentLoad of(Workspace workspace, String documentId) throws ServiceException {
            Document document = workspace.documents().get(documentId);
            List<Claim> claims = new ArrayList<>(workspace.claims().list(document.id()));
            claims.sort(DOCUMENT_ORDER);
            return new DocumentLoad(document, claims, workspace.claims().distinctTags(),
                    workspace.history().state());
        }
    }

    private record Loaded(Workspace workspace, List<DocumentInfo> documents, DocumentLoad document) {
    }

    // ---- claims ----

    /**
     * Marks a span of the current document (UTF-16 offsets of its text); the new claim is selected when saved.
     */
    public void mark(ClaimKind kind, int start, int end) {
        Document document = currentDocument.get();
        Workspace open = workspace.get();
        if (document == null || open == null || readOnly.get()) {
            return;
        }
        write(i18n.get("task.mark"), () -> open.claims().mark(document.id(), kind, start, end), claim -> {
            insertSorted(claim);
            selectedClaim.set(claim);
            justMarked.set(claim);
        });
    }

    /** Changes a claim of the current document; the panel and the highlights follow when it is saved. */
    public void update(String claimId, UnaryOperator<Claim> edit) {
        Workspace open = workspace.get();
        if (open == null || readOnly.get()) {
            return;
        }
        write(i18n.get("task.save"), () -> open.claims().update(claimId, edit), this::replace);
    }

    /** Deletes a claim without asking: the deletion can be undone. */
    public void delete(String claimId) {
        Workspace open = workspace.get();
        if (open == null || readOnly.get()) {
            return;
        }
        int index = indexOf(claimId);
        write(i18n.get("task.delete"), () -> open.claims().delete(claimId), deleted -> {
            claims.removeIf(c -> c.id().equals(deleted.id()));
            if (selectedClaim.get() != null && selectedClaim.get().id().equals(deleted.id())) {
                selectedClaim.set(claims.isEmpty() ? null : claims.get(Math.min(Math.max(index, 0), claims.size() - 1)));
            }
        });
    }

    public void undo() {
        historyStep(true);
    }

    public void redo() {
        historyStep(false);
    }

    private void historyStep(boolean undo) {
        Workspace open = workspace.get();
        Document document = currentDocument.get();
        if (open == null || readOnly.get()) {
            return;
        }
        String selected = selectedClaim.get() == null ? null : selectedClaim.get().id();
        pendingWrites.set(pendingWrites.get() + 1);
        runner.submit(i18n.get(undo ? "task.undo" : "task.redo"), progress -> {
            String touched = undo ? open.history().undo() : open.history().redo();
            String shown = document != null ? document.id() : touched;
            return shown == null ? null : DocumentLoad.of(open, shown);
        }, load -> {
            pendingWrites.set(pendingWrites.get() - 1);
            if (load != null) {
                currentDocument.set(load.document());
                claims.setAll(load.claims());
                knownTags.setAll(load.tags());
                refreshSpeakers();
                history.set(load.history());
                selectedClaim.set(selected == null ? null : claim(selected).orElse(null));
            }
        }, error -> {
            pendingWrites.set(pendingWrites.get() - 1);
            fail(error);
        });
    }

    /** A change to the project, run in the background. */
    @FunctionalInterface
    private interface Write<T> {
        T run() throws ServiceException;
    }

    private <T> void write(String title, Write<T> work, Consumer<T> onSaved) {
        Workspace open = workspace.get();
        pendingWrites.set(pendingWrites.get() + 1);
        runner.submit(title, progress -> new Saved<>(work.run(), open.history().state()), saved -> {
            pendingWrites.set(pendingWrites.get() - 1);
            history.set(saved.history());
            onSaved.accept(saved.value());
        }, error -> {
            pendingWrites.set(pendingWrites.get() - 1);
            fail(error);
        });
    }

    private record Saved<T>(T value, HistoryState history) {
    }

    private void insertSorted(Claim claim) {
        int found = Collections.binarySearch(claims, claim, DOCUMENT_ORDER);
        claims.add(found >= 0 ? found : -found - 1, claim);
        learnFrom(claim);
    }

    /** Adds a claim's tags and speaker to the completion lists, without walking every claim. */
    private void learnFrom(Claim claim) {
        claim.tags().stream().filter(tag -> !knownTags.contains(tag)).forEach(this::addTag);
        String speaker = claim.attribution() == null ? null : claim.attribution().speaker();
        if (speaker != null && !speaker.isBlank() && knownSpeakers.stream().noneMatch(speaker::equalsIgnoreCase)) {
            TreeSet<String> speakers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            speakers.addAll(knownSpeakers);
            speakers.add(speaker);
            knownSpeakers.setAll(speakers);
        }
    }

    private void replace(Claim claim) {
        int index = indexOf(claim.id());
        if (index >= 0) {
            claims.set(index, claim);
        }
        if (selectedClaim.get() != null && selectedClaim.get().id().equals(claim.id())) {
            selectedClaim.set(claim);
        }
        learnFrom(claim);
    }

    private void addTag(String tag) {
        TreeSet<String> sorted = new TreeSet<>(knownTags);
        sorted.add(tag);
        knownTags.setAll(sorted);
    }

    private void refreshSpeakers() {
        TreeSet<String> speakers = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        claims.stream().map(Claim::attribution).filter(Objects::nonNull).map(Attribution::speaker)
                .filter(s -> s != null && !s.isBlank()).forEach(speakers::add);
        if (!knownSpeakers.equals(new ArrayList<>(speakers))) {
            knownSpeakers.setAll(speakers);
        }
    }

    private int indexOf(String claimId) {
        for (int i = 0; i < claims.size(); i++) {
            if (claims.get(i).id().equals(claimId)) {
                return i;
            }
        }
        return -1;
    }

    // ---- import and export ----

    /** Imports article files into the project and shows the first one imported. */
    public void importFiles(List<Path> files) {
        Workspace open = workspace.get();
        if (open == null || files.isEmpty() || readOnly.get()) {
            return;
        }
        runner.submit(i18n.get("task.import"), progress -> {
            List<DocumentInfo> imported = open.documents().importFiles(files, null, monitor(progress));
            return new Imported(imported, open.documents().list(), DocumentLoad.of(open, imported.get(0).id()));
        }, result -> {
            documents.setAll(result.all());
            show(result.first());
            dialogs.notify(i18n.get("notify.imported", result.imported().size(), result.first().document().title()));
        }, this::fail);
    }

    /** Imports pasted text as a new article and shows it. */
    public void importText(String title, String text) {
        Workspace open = workspace.get();
        if (open == null || readOnly.get()) {
            return;
        }
        runner.submit(i18n.get("task.import"), progress -> {
            DocumentInfo imported = open.documents().importText(title, text, null);
            return new Imported(List.of(imported), open.documents().list(), DocumentLoad.of(open, imported.id()));
        }, result -> {
            documents.setAll(result.all());
            show(result.first());
            dialogs.notify(i18n.get("notify.imported", 1, result.first().document().title()));
        }, this::fail);
    }

    private record Imported(List<DocumentInfo> imported, List<DocumentInfo> all, DocumentLoad first) {
    }

    /** Writes the project as a JSON report; the notification offers to show the file. */
    public void exportJson(Path out, Consumer<Path> showFile) {
        Workspace open = workspace.get();
        if (open == null) {
            return;
        }
        runner.submit(i18n.get("task.export"), progress -> open.reports().exportJson(out, monitor(progress)),
                (ExportResult result) ->
                dialogs.notify(i18n.get("notify.exported", result.claims(), result.file().getFileName()),
                        i18n.get("action.showFile"), () -> showFile.accept(result.file())), this::fail);
    }

    /** The service's view of a task's progress and cancel button. */
    private static Monitor monitor(Progress progress) {
        return new Monitor() {
            @Override
            public void progress(double fraction) {
                progress.update(fraction, null);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }

    private void fail(Throwable error) {
        if (error instanceof ServiceException) {
            dialogs.showError(i18n.get("error.title"), error.getMessage());
        } else {
            dialogs.showError(i18n.get("error.unexpected.title"),
                    i18n.get("error.unexpected", error.getClass().getSimpleName(), String.valueOf(error.getMessage())));
            org.slf4j.LoggerFactory.getLogger(ProjectViewModel.class).error("Unexpected failure", error);
        }
    }
}
