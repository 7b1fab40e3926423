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
import java.util.Set;
import java.util.TreeSet;
import java.util.function.BiConsumer;
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
import org.factdesk.model.ReviewIssue;
import org.factdesk.model.Suggestion;
import org.factdesk.model.TranslationRisk;
import org.factdesk.service.DocumentInfo;
import org.factdesk.service.ExportFormat;
import org.factdesk.service.ExportOptions;
import org.factdesk.service.ExportResult;
import org.factdesk.service.ReportService.ArticlePublication;
import org.factdesk.service.ReportService.Publisher;
import org.factdesk.ui.export.ExportChoice;
import org.factdesk.service.HistoryState;
import org.factdesk.service.MergePlan;
import org.factdesk.service.Monitor;
import org.factdesk.service.ServiceException;
import org.factdesk.service.Session;
import org.factdesk.service.SpeakerSummary;
import org.factdesk.service.VersionImport;
import org.factdesk.service.Workspace;
import org.factdesk.ui.dialog.DialogService;
import org.factdesk.ui.task.Progress;
import org.factdesk.ui.task.ProgressMonitor;
import org.factdesk.ui.task.TaskRunner;

/**
 * The open project as the window sees it (JabRef's StateManager): its documents, the current document and its
 * claims in document order, the selected claim, the pending suggestions, and the commands that change them. Every
 * command runs through the {@link TaskRunner}, so disk work never happens on the FX thread; results come back on it.
 * No Node, Stage or Platform here: tests drive it with a synchronous runner.
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
    private final ReadOnlyObjectWrapper<List<ReviewIssue>> reviewIssues = new ReadOnlyObjectWrapper<>(List.of());
    private final BooleanBinding editable;
    private final Map<String, Claim> claimsById = new HashMap<>();
    // One read-only view of each list, kept: such a view listens weakly to its list, so a view made per call could
    // be collected, and the listeners a part of the window added to it would silently stop.
    private final ObservableList<DocumentInfo> documentsView = FXCollections.unmodifiableObservableList(documents);
    private final ObservableList<Claim> claimsView = FXCollections.unmodifiableObservableList(claims);
    private final ObservableList<String> knownTagsView = FXCollections.unmodifiableObservableList(knownTags);
    private final ObservableList<String> knownSpeakersView = FXCollections.unmodifiableObservableList(knownSpeakers);
    private final ObservableList<Suggestion> suggestions = FXCollections.observableArrayList();
    private final ObservableList<Suggestion> suggestionsView = FXCollections.unmodifiableObservableList(suggestions);
    private final ObjectProperty<Suggestion> selectedSuggestion = new SimpleObjectProperty<>();
    private final ObservableList<SpeakerSummary> speakers = FXCollections.observableArrayList();
    private final ObservableList<SpeakerSummary> speakersView = FXCollections.unmodifiableObservableList(speakers);
    private boolean autoAnalyze = true;

    public ProjectViewModel(TaskRunner runner, DialogService dialogs, I18n i18n, Session session) {
        this.runner = runner;
        this.dialogs = dialogs;
        this.i18n = i18n;
        this.session = session;
        this.editable = Bindings.createBooleanBinding(
                () -> workspace.get() != null && !readOnly.get() && currentDocument.get() != null,
                workspace, readOnly, currentDocument);
        currentDocument.addListener((obs, old, shown) -> loadReviewIssues(shown));
        claims.addListener((ListChangeListener<Claim>) change -> {
            while (change.next()) {
                change.getRemoved().forEach(claim -> claimsById.remove(claim.id()));
                change.getAddedSubList().forEach(claim -> claimsById.put(claim.id(), claim));
            }
        });
        // One thing is selected at a time: a claim or a suggestion.
        selectedClaim.addListener((obs, old, now) -> {
            if (now != null) {
                selectedSuggestion.set(null);
            }
        });
        selectedSuggestion.addListener((obs, old, now) -> {
            if (now != null) {
                selectedClaim.set(null);
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

    /** The current document's suggestions still waiting for a decision, in document order. */
    public ObservableList<Suggestion> suggestions() {
        return suggestionsView;
    }

    /** The suggestion the panel and the article show as selected; selecting one clears the selected claim. */
    public ObjectProperty<Suggestion> selectedSuggestionProperty() {
        return selectedSuggestion;
    }

    /** The people and organisations quoted in the current document, variants grouped, most quoted first. */
    public ObservableList<SpeakerSummary> speakers() {
        return speakersView;
    }

    /** Whether a document never analysed is analysed in the background when it is shown (on by default). */
    public void setAutoAnalyze(boolean on) {
        autoAnalyze = on;
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
        selectedSuggestion.set(null);
        if (load == null) {
            currentDocument.set(null);
            claims.clear();
            suggestions.clear();
            speakers.clear();
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
        suggestions.setAll(load.suggestions().pending());
        speakers.setAll(load.suggestions().speakers());
        if (!load.suggestions().analysed() && autoAnalyze && !readOnly.get()) {
            analyze(false);
        }
    }

    /** What showing a document needs, read in one go off the FX thread. */
    private record DocumentLoad(Document document, List<Claim> claims, List<String> tags, HistoryState history,
            SuggestionsLoad suggestions) {
        static DocumentLoad of(Workspace workspace, String documentId) throws ServiceException {
            Document document = workspace.documents().get(documentId);
            List<Claim> claims = new ArrayList<>(workspace.claims().list(document.id()));
            claims.sort(DOCUMENT_ORDER);
            return new DocumentLoad(document, claims, workspace.claims().distinctTags(),
                    workspace.history().state(), SuggestionsLoad.of(workspace, document.id()));
        }
    }

    /** A document's pending suggestions and speakers, read off the FX thread. */
    private record SuggestionsLoad(List<Suggestion> pending, List<SpeakerSummary> speakers, boolean analysed) {
        static SuggestionsLoad of(Workspace workspace, String documentId) {
            return new SuggestionsLoad(workspace.suggestions().pending(documentId),
                    workspace.suggestions().speakers(documentId), workspace.suggestions().analysed(documentId));
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
            // undoing a new version's import removes the document shown: show the one its claims went back to
            List<DocumentInfo> all = open.documents().list();
            boolean stillThere = document != null && all.stream().anyMatch(d -> d.id().equals(document.id()));
            String shown = stillThere ? document.id() : touched;
            return new Stepped(all, shown == null ? null : DocumentLoad.of(open, shown));
        }, stepped -> {
            pendingWrites.set(pendingWrites.get() - 1);
            DocumentLoad load = stepped.load();
            if (!documents.equals(stepped.documents())) {
                documents.setAll(stepped.documents());
            }
            if (load != null) {
                currentDocument.set(load.document());
                claims.setAll(load.claims());
                knownTags.setAll(load.tags());
                refreshSpeakers();
                history.set(load.history());
                selectedClaim.set(selected == null ? null : claim(selected).orElse(null));
                suggestions.setAll(load.suggestions().pending());
                speakers.setAll(load.suggestions().speakers());
            }
        }, error -> {
            pendingWrites.set(pendingWrites.get() - 1);
            fail(error);
        });
    }

    private record Stepped(List<DocumentInfo> documents, DocumentLoad load) {
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

    // ---- suggestions ----

    /** Analyses the current document in the background (cancellable); the new suggestions appear when it is done. */
    public void analyze() {
        analyze(true);
    }

    private void analyze(boolean onDemand) {
        Document document = currentDocument.get();
        Workspace open = workspace.get();
        if (document == null || open == null || readOnly.get()) {
            return;
        }
        runner.submit(i18n.get("task.analyze", document.title()), progress -> {
            int added = open.suggestions().analyze(document.id(), monitor(progress));
            return new Analysed(added, SuggestionsLoad.of(open, document.id()));
        }, analysed -> {
            if (currentDocument.get() != null && currentDocument.get().id().equals(document.id())) {
                suggestions.setAll(analysed.load().pending());
                speakers.setAll(analysed.load().speakers());
            }
            if (onDemand) {
                dialogs.notify(analysed.added() == 0 ? i18n.get("notify.analysed.none")
                        : i18n.get("notify.analysed", analysed.added()));
            }
        }, this::fail);
    }

    private record Analysed(int added, SuggestionsLoad load) {
    }

    /** Accepts a suggestion: it becomes a claim with origin "suggested" (undoable). */
    public void accept(String suggestionId) {
        Workspace open = workspace.get();
        Document document = currentDocument.get();
        if (open == null || document == null || readOnly.get()) {
            return;
        }
        write(i18n.get("task.accept"), () -> new Decided(List.of(open.suggestions().accept(suggestionId)),
                open.suggestions().speakers(document.id())), decided -> {
                    dropSuggestions(Set.of(suggestionId));
                    decided.claims().forEach(this::insertSorted);
                    speakers.setAll(decided.speakers());
                });
    }

    /** Rejects a suggestion: it disappears and its span is never proposed again (undoable). */
    public void reject(String suggestionId) {
        Workspace open = workspace.get();
        Document document = currentDocument.get();
        if (open == null || document == null || readOnly.get()) {
            return;
        }
        write(i18n.get("task.reject"), () -> {
            open.suggestions().reject(suggestionId);
            return new Decided(List.of(), open.suggestions().speakers(document.id()));
        }, decided -> {
            dropSuggestions(Set.of(suggestionId));
            speakers.setAll(decided.speakers());
        });
    }

    /** Accepts every pending suggestion of a kind on the current document, as one undoable action. */
    public void acceptAll(ClaimKind kind) {
        Workspace open = workspace.get();
        Document document = currentDocument.get();
        if (open == null || document == null || readOnly.get()
                || suggestions.stream().noneMatch(s -> s.kind() == kind)) {
            return;
        }
        write(i18n.get("task.acceptAll"), () -> new Decided(open.suggestions().acceptAll(document.id(), kind),
                open.suggestions().speakers(document.id())), decided -> {
                    Set<String> done = new java.util.HashSet<>();
                    suggestions.stream().filter(s -> s.kind() == kind).forEach(s -> done.add(s.id()));
                    dropSuggestions(done);
                    if (decided.claims().size() > 50) {
                        List<Claim> all = new ArrayList<>(claims);
                        all.addAll(decided.claims());
                        all.sort(DOCUMENT_ORDER);
                        claims.setAll(all);
                        refreshSpeakers();
                    } else {
                        decided.claims().forEach(this::insertSorted);
                    }
                    speakers.setAll(decided.speakers());
                });
    }

    private record Decided(List<Claim> claims, List<SpeakerSummary> speakers) {
    }

    private void dropSuggestions(Set<String> ids) {
        Suggestion selected = selectedSuggestion.get();
        if (selected != null && ids.contains(selected.id())) {
            selectedSuggestion.set(null);
        }
        suggestions.removeIf(s -> ids.contains(s.id()));
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

    // ---- versions and merges ----

    /**
     * Imports a file as a new version of the current document (its claims re-anchored onto it), shows the new
     * version, then hands over what became of the claims.
     */
    public void importVersion(Path file, Consumer<VersionImport> then) {
        Workspace open = workspace.get();
        Document previous = currentDocument.get();
        if (open == null || previous == null || readOnly.get()) {
            return;
        }
        runner.submit(i18n.get("task.importVersion"), progress -> {
            VersionImport result = open.versions().importAsNewVersion(file, previous.id(), monitor(progress));
            return new VersionImported(result, open.documents().list(),
                    DocumentLoad.of(open, result.document().id()));
        }, done -> {
            documents.setAll(done.all());
            show(done.shown());
            then.accept(done.result());
        }, this::fail);
    }

    private record VersionImported(VersionImport result, List<DocumentInfo> all, DocumentLoad shown) {
    }

    /** Reads the project again after a change made elsewhere (the versions window, a merge), keeping the document. */
    public void refresh() {
        Workspace open = workspace.get();
        Document document = currentDocument.get();
        if (open == null) {
            return;
        }
        runner.submit(i18n.get("task.load"), progress -> new Loaded(open, open.documents().list(),
                document == null ? null : DocumentLoad.of(open, document.id())), loaded -> {
                    documents.setAll(loaded.documents());
                    if (loaded.document() != null) {
                        show(loaded.document());
                    }
                }, this::fail);
    }

    /** Works out what merging a colleague's report would do, changing nothing, and hands the plan over. */
    public void planMerge(Path report, Consumer<MergePlan> then) {
        Workspace open = workspace.get();
        if (open == null || readOnly.get()) {
            return;
        }
        runner.submit(i18n.get("task.planMerge"), progress -> open.reports().planMerge(report), then, this::fail);
    }

    /** Applies a merge plan, a side chosen per conflict, as one undoable step. */
    public void applyMerge(MergePlan plan, Map<String, MergePlan.Side> choices) {
        Workspace open = workspace.get();
        if (open == null || readOnly.get()) {
            return;
        }
        runner.submit(i18n.get("task.merge"), progress -> open.reports().applyMerge(plan, choices), result -> {
            dialogs.notify(i18n.get("notify.merged", result.claimsAdded(), result.claimsUpdated(),
                    result.claimsKept()));
            refresh();
        }, this::fail);
    }

    /**
     * Reads the project's fact-checking organisation and where the article shown was published off the FX thread,
     * then hands them to {@code ask}.
     */
    public void prepareExport(BiConsumer<Publisher, ArticlePublication> ask) {
        Workspace open = workspace.get();
        if (open == null) {
            return;
        }
        Document shown = currentDocument.get();
        runner.submit(i18n.get("task.export"), progress -> new ExportStart(open.reports().publisher(),
                shown == null ? null : open.reports().articlePublication(shown.id())),
                start -> ask.accept(start.publisher(), start.article()), this::fail);
    }

    private record ExportStart(Publisher publisher, ArticlePublication article) {
    }

    /**
     * Exports the project as the user chose in the Export dialog, first saving the organisation in the project when
     * it changed (and the project is writable); the notice says what was written and what was left out.
     */
    public void export(ExportChoice choice, Publisher before, ArticlePublication articleBefore,
            Consumer<Path> showFile) {
        Workspace open = workspace.get();
        if (open == null) {
            return;
        }
        Publisher chosen = new Publisher(choice.organisation(), choice.organisationUrl());
        boolean save = choice.format() == ExportFormat.CLAIMREVIEW && !chosen.equals(before) && !readOnly.get();
        ArticlePublication article = new ArticlePublication(choice.articleUrl(), choice.articleDate());
        Document shown = currentDocument.get();
        boolean saveArticle = choice.format() == ExportFormat.CLAIMREVIEW && shown != null && articleBefore != null
                && !article.equals(articleBefore) && !readOnly.get();
        ExportOptions options = new ExportOptions(choice.bom(), choice.language(), blankToNull(choice.organisation()),
                blankToNull(choice.organisationUrl()));
        runner.submit(i18n.get("task.export"), progress -> {
            if (save) {
                open.reports().setPublisher(chosen);
            }
            if (saveArticle) {
                open.reports().setPublication(shown.id(), article.url(), article.date());
            }
            return open.reports().export(choice.format(), choice.file(), options, monitor(progress));
        }, (ExportResult result) -> dialogs.notify(exportNotice(result), i18n.get("action.showFile"),
                () -> showFile.accept(result.file())), this::fail);
    }

    private String exportNotice(ExportResult result) {
        StringBuilder notice = new StringBuilder(i18n.get("export.done", result.file().getFileName(),
                result.claims()));
        if (result.unverifiedLeftOut() > 0) {
            notice.append(' ').append(i18n.get("export.leftOutUnverified", result.unverifiedLeftOut()));
        }
        if (result.notReviewableLeftOut() > 0) {
            notice.append(' ').append(i18n.get("export.leftOutIssues", result.notReviewableLeftOut()));
        }
        return notice.toString();
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    /** The service's view of a task's progress and cancel button. */
    private static Monitor monitor(Progress progress) {
        return ProgressMonitor.of(progress);
    }

    // ---- translation review ----

    /** The open issues of the current document's last translation review, sorted by start. */
    public ReadOnlyObjectProperty<List<ReviewIssue>> reviewIssuesProperty() {
        return reviewIssues.getReadOnlyProperty();
    }

    /** Called when a review of the current document finished or an issue was dismissed. */
    public void setReviewIssues(String documentId, List<ReviewIssue> issues) {
        if (currentDocument.get() != null && currentDocument.get().id().equals(documentId)) {
            reviewIssues.set(List.copyOf(issues));
        }
    }

    /** The translation risks on a claim of the current document: review issues on its span or its speaker. */
    public List<TranslationRisk> translationRisks(Claim claim) {
        return TranslationRisk.on(claim, reviewIssues.get());
    }

    /** Turns a review issue of the current document into a translation-issue claim (undoable), and selects it. */
    public void markIssue(ReviewIssue issue) {
        Document document = currentDocument.get();
        Workspace open = workspace.get();
        if (document == null || open == null || readOnly.get()) {
            return;
        }
        write(i18n.get("task.mark"), () -> open.review().toClaim(document.id(), issue), claim -> {
            insertSorted(claim);
            selectedClaim.set(claim);
        });
    }

    /** Replaces the list of the project's documents, after work elsewhere (an imported source) added one. */
    public void setDocuments(List<DocumentInfo> all) {
        documents.setAll(all);
    }

    private void loadReviewIssues(Document document) {
        reviewIssues.set(List.of());
        Workspace open = workspace.get();
        if (document == null || open == null) {
            return;
        }
        runner.submit(i18n.get("task.load"), progress -> open.review().openIssues(document.id()),
                issues -> setReviewIssues(document.id(), issues), this::fail);
    }

    /** Tells the user that background work failed: one clear message, never a stack trace. */
    public void showFailure(Throwable error) {
        fail(error);
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
