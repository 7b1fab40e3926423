package org.factdesk.ui.claims;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.Observable;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;
import org.factdesk.model.Suggestion;
import org.factdesk.ui.ProjectViewModel;

/**
 * The suggestions section: the current document's pending suggestions grouped by kind (figures, attributions,
 * statements, each in document order under a header with its count), and the decisions on them. Accepting or
 * rejecting moves the selection to the next suggestion at once, so Enter, Enter, Backspace walks the list.
 */
public final class SuggestionsViewModel {

    /** The order of the groups: the quickest to check first. */
    static final List<ClaimKind> GROUPS = List.of(ClaimKind.FIGURE, ClaimKind.ATTRIBUTION, ClaimKind.STATEMENT);

    private final ProjectViewModel project;
    /** Held: the project's list is a read-only view that listens weakly to the real one. */
    private final ObservableList<Suggestion> suggestions;
    private final ObservableList<SuggestionRow> rows = FXCollections.observableArrayList();
    private final ObservableList<SuggestionRow> rowsView = FXCollections.unmodifiableObservableList(rows);
    private final Map<ClaimKind, ReadOnlyIntegerWrapper> counts = new EnumMap<>(ClaimKind.class);
    private final ReadOnlyIntegerWrapper total = new ReadOnlyIntegerWrapper(this, "total");

    public SuggestionsViewModel(ProjectViewModel project) {
        this.project = project;
        this.suggestions = project.suggestions();
        for (ClaimKind kind : ClaimKind.values()) {
            counts.put(kind, new ReadOnlyIntegerWrapper(this, kind.id() + "Count"));
        }
        suggestions.addListener((Observable o) -> regroup());
        regroup();
    }

    public ProjectViewModel project() {
        return project;
    }

    /** Headers and suggestions, group by group; a group without suggestions has no header. */
    public ObservableList<SuggestionRow> rows() {
        return rowsView;
    }

    /** How many suggestions of a kind are pending. */
    public ReadOnlyIntegerProperty countProperty(ClaimKind kind) {
        return counts.get(kind).getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalProperty() {
        return total.getReadOnlyProperty();
    }

    private void regroup() {
        Map<ClaimKind, List<Suggestion>> groups = new EnumMap<>(ClaimKind.class);
        for (Suggestion suggestion : suggestions) {
            groups.computeIfAbsent(suggestion.kind(), k -> new ArrayList<>()).add(suggestion);
        }
        List<SuggestionRow> now = new ArrayList<>(suggestions.size() + GROUPS.size());
        for (ClaimKind kind : ClaimKind.values()) {
            counts.get(kind).set(groups.getOrDefault(kind, List.of()).size());
        }
        List<ClaimKind> order = new ArrayList<>(GROUPS);
        groups.keySet().stream().filter(k -> !order.contains(k)).forEach(order::add);
        for (ClaimKind kind : order) {
            List<Suggestion> group = groups.get(kind);
            if (group != null) {
                now.add(SuggestionRow.header(kind, group.size()));
                group.forEach(s -> now.add(SuggestionRow.of(s)));
            }
        }
        total.set(suggestions.size());
        rows.setAll(now);
    }

    /** The row index of a suggestion, or -1. */
    public int indexOf(Suggestion suggestion) {
        if (suggestion == null) {
            return -1;
        }
        for (int i = 0; i < rows.size(); i++) {
            Suggestion here = rows.get(i).suggestion();
            if (here != null && here.id().equals(suggestion.id())) {
                return i;
            }
        }
        return -1;
    }

    /** Selects the first suggestion of the list, if none is selected. */
    public void selectFirstIfNone() {
        if (project.selectedSuggestionProperty().get() == null) {
            rows.stream().filter(r -> !r.isHeader()).findFirst()
                    .ifPresent(r -> project.selectedSuggestionProperty().set(r.suggestion()));
        }
    }

    /** Accepts the selected suggestion and selects the next one (Enter). */
    public void acceptSelected() {
        Suggestion selected = project.selectedSuggestionProperty().get();
        if (selected != null && project.editableBinding().get()) {
            moveOnFrom(selected);
            project.accept(selected.id());
        }
    }

    /** Rejects the selected suggestion and selects the next one (Backspace, Delete). */
    public void rejectSelected() {
        Suggestion selected = project.selectedSuggestionProperty().get();
        if (selected != null && project.editableBinding().get()) {
            moveOnFrom(selected);
            project.reject(selected.id());
        }
    }

    /** Accepts every pending suggestion of a kind (one undo step). */
    public void acceptAll(ClaimKind kind) {
        if (project.editableBinding().get()) {
            Suggestion selected = project.selectedSuggestionProperty().get();
            if (selected != null && selected.kind() == kind) {
                project.selectedSuggestionProperty().set(null);
            }
            project.acceptAll(kind);
        }
    }

    /** Accepts every pending suggestion of the selected suggestion's kind (Shift+Enter). */
    public void acceptAllOfSelectedKind() {
        Suggestion selected = project.selectedSuggestionProperty().get();
        if (selected != null) {
            acceptAll(selected.kind());
        }
    }

    /** Selects the suggestion after this one in the list, or the one before when it is the last. */
    private void moveOnFrom(Suggestion leaving) {
        int index = indexOf(leaving);
        Suggestion next = null;
        for (int i = index + 1; i < rows.size() && next == null; i++) {
            next = rows.get(i).suggestion();
        }
        for (int i = index - 1; i >= 0 && next == null; i--) {
            next = rows.get(i).suggestion();
        }
        project.selectedSuggestionProperty().set(next);
    }

    /** The 1-based number of the paragraph where a suggestion starts, or 0 when no document is shown. */
    public int paragraphNumber(Suggestion suggestion) {
        Document document = project.currentDocumentProperty().get();
        return document == null ? 0 : document.paragraphIndexAt(suggestion.target().start()) + 1;
    }
}
