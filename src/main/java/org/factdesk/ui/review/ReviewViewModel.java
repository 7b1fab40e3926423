package org.factdesk.ui.review;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.factdesk.model.AlignedSegment;
import org.factdesk.model.Document;
import org.factdesk.model.ReviewIssue;
import org.factdesk.service.DocumentInfo;
import org.factdesk.service.GrammarService;
import org.factdesk.service.ReviewResult;
import org.factdesk.service.Workspace;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;
import org.factdesk.ui.task.ProgressMonitor;
import org.factdesk.ui.task.TaskHandle;
import org.factdesk.ui.task.TaskRunner;

/**
 * The "Review translation" mode: reviews the current document, beside the source the user picked or imported, and
 * lets the user walk, dismiss or keep (as claims) the issues found. Runs every review in the background.
 */
public final class ReviewViewModel {

    private final ProjectViewModel project;
    private final TaskRunner runner;
    private final I18n i18n;
    private final ReadOnlyObjectWrapper<ReviewResult> result = new ReadOnlyObjectWrapper<>();
    private final ObservableList<ReviewIssue> issues = FXCollections.observableArrayList();
    private final ObservableList<ReviewIssue> issuesView = FXCollections.unmodifiableObservableList(issues);
    private final ObjectProperty<ReviewIssue> selectedIssue = new SimpleObjectProperty<>();
    private final boolean languageToolInstalled;
    private final BooleanProperty languageTool;
    private final ReadOnlyBooleanWrapper running = new ReadOnlyBooleanWrapper(false);
    private TaskHandle current;

    public ReviewViewModel(ProjectViewModel project, TaskRunner runner) {
        this(project, runner, GrammarService.shared().installed());
    }

    /** With LanguageTool's presence given: the installers ship it as an optional package. */
    public ReviewViewModel(ProjectViewModel project, TaskRunner runner, boolean languageToolInstalled) {
        this.project = project;
        this.runner = runner;
        this.i18n = project.i18n();
        this.languageToolInstalled = languageToolInstalled;
        this.languageTool = new SimpleBooleanProperty(languageToolInstalled);
    }

    /** Whether LanguageTool is there at all; when not, reviews run our own checks only. */
    public boolean languageToolInstalled() {
        return languageToolInstalled;
    }

    private boolean grammar() {
        return languageToolInstalled && languageTool.get();
    }

    /** The last review: translation, source, issues, alignment; {@code null} before the first one ends. */
    public ReadOnlyObjectProperty<ReviewResult> resultProperty() {
        return result.getReadOnlyProperty();
    }

    /** The issues not dismissed, in document order. */
    public ObservableList<ReviewIssue> issues() {
        return issuesView;
    }

    public ObjectProperty<ReviewIssue> selectedIssueProperty() {
        return selectedIssue;
    }

    /** Whether reviews also run LanguageTool's grammar rules (on by default, as on the command line). */
    public BooleanProperty languageToolProperty() {
        return languageTool;
    }

    /** True while a review runs. */
    public ReadOnlyBooleanProperty runningProperty() {
        return running.getReadOnlyProperty();
    }

    /** The documents that can be the source: every other document of the project. */
    public List<DocumentInfo> sourceChoices() {
        Document translation = project.currentDocumentProperty().get();
        return project.documents().stream()
                .filter(d -> translation == null || !d.id().equals(translation.id())).toList();
    }

    /** Reviews the current document (against its source, if it has one). */
    public void start() {
        Document translation = project.currentDocumentProperty().get();
        Workspace open = project.workspaceProperty().get();
        if (translation == null || open == null) {
            return;
        }
        boolean grammar = grammar();
        run(i18n.get("review.task", translation.title()), open, translation.id(), null, grammar);
    }

    /** Makes another document the current one's source ({@code null}: none) and reviews again. */
    public void chooseSource(String sourceDocumentId) {
        Document translation = project.currentDocumentProperty().get();
        Workspace open = project.workspaceProperty().get();
        if (translation == null || open == null) {
            return;
        }
        Optional<String> currentSource = result.get() == null || result.get().source() == null ? Optional.empty()
                : Optional.of(result.get().source().id());
        if (currentSource.equals(Optional.ofNullable(sourceDocumentId))) {
            return;
        }
        run(i18n.get("review.task", translation.title()), open, translation.id(),
                new SourceChange(null, sourceDocumentId), grammar());
    }

    /** Imports a file into the project as the current document's source, and reviews again. */
    public void importSource(Path file) {
        Document translation = project.currentDocumentProperty().get();
        Workspace open = project.workspaceProperty().get();
        if (translation == null || open == null || project.readOnlyProperty().get()) {
            return;
        }
        run(i18n.get("review.task", translation.title()), open, translation.id(), new SourceChange(file, null),
                grammar());
    }

    /** A source to set before reviewing: an existing document, or a file to import first. */
    private record SourceChange(Path file, String documentId) {
    }

    private record Outcome(ReviewResult result, List<DocumentInfo> documents) {
    }

    private void run(String title, Workspace open, String translationId, SourceChange change, boolean grammar) {
        cancel();
        running.set(true);
        current = runner.submit(title, progress -> {
            List<DocumentInfo> documents = null;
            if (change != null) {
                String sourceId = change.documentId();
                if (change.file() != null) {
                    sourceId = open.documents().importFiles(List.of(change.file()), null).get(0).id();
                    documents = open.documents().list();
                }
                if (!open.isReadOnly()) {
                    open.review().setSource(translationId, sourceId);
                }
            }
            ReviewResult review = open.review().review(translationId, grammar, i18n.locale(),
                    ProgressMonitor.of(progress));
            return new Outcome(review, documents);
        }, outcome -> {
            running.set(false);
            if (outcome.documents() != null) {
                project.setDocuments(outcome.documents());
            }
            show(outcome.result());
        }, error -> {
            running.set(false);
            project.showFailure(error);
        });
    }

    private void show(ReviewResult review) {
        result.set(review);
        ReviewIssue selected = selectedIssue.get();
        issues.setAll(review.issues());
        selectedIssue.set(selected != null && review.issues().contains(selected) ? selected
                : review.issues().isEmpty() ? null : review.issues().get(0));
        project.setReviewIssues(review.translation().id(), review.issues());
    }

    /** Stops a running review; the last one stays shown. */
    public void cancel() {
        if (current != null && !current.isDone()) {
            current.cancel();
        }
        running.set(false);
    }

    /** Dismisses an issue for good; the next one is selected. */
    public void dismiss(ReviewIssue issue) {
        ReviewResult shown = result.get();
        Workspace open = project.workspaceProperty().get();
        if (issue == null || shown == null || open == null || project.readOnlyProperty().get()) {
            return;
        }
        String documentId = shown.translation().id();
        int index = issues.indexOf(issue);
        runner.submit(i18n.get("review.task.dismiss"), progress -> {
            open.review().dismiss(documentId, issue);
            return null;
        }, done -> {
            issues.remove(issue);
            selectedIssue.set(issues.isEmpty() ? null : issues.get(Math.min(Math.max(index, 0), issues.size() - 1)));
            project.setReviewIssues(documentId, issues);
        }, project::showFailure);
    }

    /** Keeps an issue as a claim of kind translation-issue (undoable with Ctrl+Z). */
    public void makeClaim(ReviewIssue issue) {
        if (issue != null && result.get() != null) {
            project.markIssue(issue);
        }
    }

    /**
     * The issues grouped by check: groups with errors first, then warnings, then hints, each kind in order of its
     * first issue; issues in document order.
     */
    public Map<String, List<ReviewIssue>> groupedByCheck() {
        Map<String, List<ReviewIssue>> groups = new LinkedHashMap<>();
        for (ReviewIssue issue : issues) {
            groups.computeIfAbsent(issue.check(), k -> new ArrayList<>()).add(issue);
        }
        List<Map.Entry<String, List<ReviewIssue>>> sorted = new ArrayList<>(groups.entrySet());
        sorted.sort(Comparator.comparing((Map.Entry<String, List<ReviewIssue>> group) -> group.getValue().stream()
                .map(ReviewIssue::severity).max(Enum::compareTo).orElseThrow()).reversed());
        Map<String, List<ReviewIssue>> ordered = new LinkedHashMap<>();
        sorted.forEach(group -> ordered.put(group.getKey(), group.getValue()));
        return ordered;
    }

    /** The aligned segment holding a translation offset, if there is a source. */
    public Optional<AlignedSegment> segmentAtTarget(int offset) {
        return segmentAt(offset, true);
    }

    /** The aligned segment holding a source offset, if there is a source. */
    public Optional<AlignedSegment> segmentAtSource(int offset) {
        return segmentAt(offset, false);
    }

    private Optional<AlignedSegment> segmentAt(int offset, boolean target) {
        ReviewResult shown = result.get();
        if (shown == null || shown.alignment().isEmpty()) {
            return Optional.empty();
        }
        List<AlignedSegment> segments = shown.alignment();
        int low = 0;
        int high = segments.size() - 1;
        AlignedSegment best = segments.get(0);
        while (low <= high) {
            int mid = (low + high) >>> 1;
            AlignedSegment segment = segments.get(mid);
            int start = target ? segment.targetStart() : segment.sourceStart();
            if (start <= offset) {
                best = segment;
                low = mid + 1;
            } else {
                high = mid - 1;
            }
        }
        return Optional.of(best);
    }

    /** Severity, text and message of an issue on one line, for screen readers. */
    public String describe(ReviewIssue issue) {
        return heading(issue) + " — " + message(issue);
    }

    /** The severity in words and the quoted text of an issue ("Error · “una Una”"). */
    public String heading(ReviewIssue issue) {
        ReviewResult shown = result.get();
        String text = shown == null || issue.end() > shown.translation().text().length() ? ""
                : shown.translation().text().substring(issue.start(), issue.end()).replaceAll("\\s+", " ");
        if (text.length() > 60) {
            text = text.substring(0, 59) + "…";
        }
        String severity = switch (issue.severity()) {
            case ERROR -> i18n.get("review.severity.error");
            case WARNING -> i18n.get("review.severity.warning");
            case INFO -> i18n.get("review.severity.info");
        };
        return severity + " · “" + text + "”";
    }

    /** The message of an issue with its suggested fix, if any. */
    public String message(ReviewIssue issue) {
        return issue.suggestion() == null ? issue.message()
                : i18n.get("review.withSuggestion", issue.message(), issue.suggestion());
    }
}
