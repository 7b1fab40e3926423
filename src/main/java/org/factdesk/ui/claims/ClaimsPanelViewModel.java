package org.factdesk.ui.claims;

import java.text.Normalizer;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import javafx.beans.Observable;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.ObservableSet;
import javafx.collections.transformation.FilteredList;
import javafx.collections.transformation.SortedList;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;
import org.factdesk.model.TranslationRisk;
import org.factdesk.model.Verdict;
import org.factdesk.service.SpeakerSummary;
import org.factdesk.ui.ProjectViewModel;

/**
 * The claims panel without its nodes: the current document's claims in document order, filtered by text, kinds,
 * verdicts and tag, with live counts, next/previous navigation (F8 / Shift+F8) and deletion of the selected claim.
 */
public final class ClaimsPanelViewModel {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    private final ProjectViewModel project;
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ObservableSet<ClaimKind> kinds = FXCollections.observableSet();
    private final ObservableSet<Verdict> verdicts = FXCollections.observableSet();
    private final ObjectProperty<String> tag = new SimpleObjectProperty<>(this, "tag");
    private final ObjectProperty<SpeakerSummary> speaker = new SimpleObjectProperty<>(this, "speaker");
    private final FilteredList<Claim> filtered;
    private final SortedList<Claim> visible;
    private final ReadOnlyIntegerWrapper visibleCount = new ReadOnlyIntegerWrapper(this, "visibleCount");
    private final ReadOnlyIntegerWrapper totalCount = new ReadOnlyIntegerWrapper(this, "totalCount");
    private final ReadOnlyBooleanWrapper filterActive = new ReadOnlyBooleanWrapper(this, "filterActive");
    private final Map<ClaimKind, ReadOnlyIntegerWrapper> kindCounts = new EnumMap<>(ClaimKind.class);

    public ClaimsPanelViewModel(ProjectViewModel project) {
        this.project = project;
        for (ClaimKind kind : ClaimKind.values()) {
            kindCounts.put(kind, new ReadOnlyIntegerWrapper(this, kind.id() + "Count"));
        }
        filtered = new FilteredList<>(project.claims());
        visible = new SortedList<>(filtered, ProjectViewModel.DOCUMENT_ORDER);
        filterText.addListener((Observable o) -> refilter());
        kinds.addListener((Observable o) -> refilter());
        verdicts.addListener((Observable o) -> refilter());
        tag.addListener((Observable o) -> refilter());
        speaker.addListener((Observable o) -> refilter());
        visible.addListener((Observable o) -> recount());
        project.claims().addListener((Observable o) -> recount());
        refilter();
    }

    public ProjectViewModel project() {
        return project;
    }

    /** The claims that pass the filter, in document order. */
    public ObservableList<Claim> visibleClaims() {
        return visible;
    }

    /** Matches the quote, note, tags and speaker, ignoring case and accents; blank matches everything. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** The kinds shown; empty shows every kind. */
    public ObservableSet<ClaimKind> kindFilter() {
        return kinds;
    }

    /** The verdicts shown; empty shows every verdict. */
    public ObservableSet<Verdict> verdictFilter() {
        return verdicts;
    }

    /** The tag a claim must carry; {@code null} shows every claim. */
    public ObjectProperty<String> tagFilterProperty() {
        return tag;
    }

    public ReadOnlyIntegerProperty visibleCountProperty() {
        return visibleCount.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty totalCountProperty() {
        return totalCount.getReadOnlyProperty();
    }

    /** Only the attributions of this speaker (any of its spellings), or every claim for {@code null}. */
    public ObjectProperty<SpeakerSummary> speakerFilterProperty() {
        return speaker;
    }

    /** How many claims of a kind pass the filter. */
    public ReadOnlyIntegerProperty countProperty(ClaimKind kind) {
        return kindCounts.get(kind).getReadOnlyProperty();
    }

    /** True when some filter narrows the list. */
    public ReadOnlyBooleanProperty filterActiveProperty() {
        return filterActive.getReadOnlyProperty();
    }

    /** Shows every claim again. */
    public void clearFilters() {
        filterText.set("");
        kinds.clear();
        verdicts.clear();
        tag.set(null);
        speaker.set(null);
    }

    /** Selects the next claim of the filtered list after the selected one, wrapping around at the end (F8). */
    public void selectNext() {
        step(true);
    }

    /** Selects the claim of the filtered list before the selected one, wrapping around at the start (Shift+F8). */
    public void selectPrevious() {
        step(false);
    }

    private void step(boolean forward) {
        if (visible.isEmpty()) {
            return;
        }
        Claim selected = project.selectedClaimProperty().get();
        int size = visible.size();
        int next;
        int index = selected == null ? -1 : indexOf(selected.id());
        if (index >= 0) {
            next = forward ? (index + 1) % size : (index - 1 + size) % size;
        } else if (selected == null) {
            next = forward ? 0 : size - 1;
        } else {
            // The selection is filtered out: go to the nearest visible claim on the asked side of it.
            next = forward ? 0 : size - 1;
            for (int i = 0; i < size; i++) {
                int at = forward ? i : size - 1 - i;
                int order = ProjectViewModel.DOCUMENT_ORDER.compare(visible.get(at), selected);
                if (forward ? order > 0 : order < 0) {
                    next = at;
                    break;
                }
            }
        }
        project.selectedClaimProperty().set(visible.get(next));
    }

    /** Deletes the selected claim without asking (undo brings it back). */
    public void deleteSelected() {
        Claim selected = project.selectedClaimProperty().get();
        if (selected != null && project.editableBinding().get()) {
            project.delete(selected.id());
        }
    }

    /** The 1-based number of the paragraph where a claim starts, or 0 when no document is shown. */
    public int paragraphNumber(Claim claim) {
        Document document = project.currentDocumentProperty().get();
        return document == null ? 0 : document.paragraphIndexAt(claim.target().start()) + 1;
    }

    /**
     * The translation risks on a claim: issues of the document's last translation review that touch its span or its
     * speaker. The panel flags such a claim with an icon and a label.
     */
    public List<TranslationRisk> translationRisks(Claim claim) {
        return project.translationRisks(claim);
    }

    /** The label of a claim's risk flag, naming the checks ("Translation risk: repeated-word"); empty without. */
    public String riskLabel(Claim claim) {
        List<TranslationRisk> risks = translationRisks(claim);
        if (risks.isEmpty()) {
            return "";
        }
        return project.i18n().get("claims.translationRisk", risks.stream().map(TranslationRisk::check).distinct()
                .collect(java.util.stream.Collectors.joining(", ")));
    }

    /** The position of a claim in the filtered list, or -1. */
    public int indexOf(String claimId) {
        for (int i = 0; i < visible.size(); i++) {
            if (visible.get(i).id().equals(claimId)) {
                return i;
            }
        }
        return -1;
    }

    private void refilter() {
        String needle = fold(filterText.get()).strip();
        Set<ClaimKind> wantedKinds = Set.copyOf(kinds);
        Set<Verdict> wantedVerdicts = Set.copyOf(verdicts);
        String wantedTag = tag.get();
        SpeakerSummary wantedSpeaker = speaker.get();
        Predicate<Claim> predicate = claim -> (wantedKinds.isEmpty() || wantedKinds.contains(claim.kind()))
                && (wantedVerdicts.isEmpty() || wantedVerdicts.contains(claim.verdict()))
                && (wantedTag == null || claim.tags().contains(wantedTag))
                && (needle.isEmpty() || matches(claim, needle))
                && (wantedSpeaker == null || claim.attribution() != null
                        && wantedSpeaker.names(claim.attribution().speaker()));
        filterActive.set(!needle.isEmpty() || !wantedKinds.isEmpty() || !wantedVerdicts.isEmpty() || wantedTag != null
                || wantedSpeaker != null);
        filtered.setPredicate(predicate);
        recount();
    }

    private static boolean matches(Claim claim, String needle) {
        if (fold(claim.target().exact()).contains(needle) || fold(claim.note()).contains(needle)) {
            return true;
        }
        for (String t : claim.tags()) {
            if (fold(t).contains(needle)) {
                return true;
            }
        }
        Attribution attribution = claim.attribution();
        return attribution != null && attribution.speaker() != null && fold(attribution.speaker()).contains(needle);
    }

    /** Lower case without accents, so "Pyongyang" finds "pyongyáng" and "corea" finds "Corea". */
    static String fold(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
        return MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    }

    private void recount() {
        Map<ClaimKind, Integer> counts = new EnumMap<>(ClaimKind.class);
        List<Claim> shown = List.copyOf(visible);
        for (Claim claim : shown) {
            counts.merge(claim.kind(), 1, Integer::sum);
        }
        kindCounts.forEach((kind, count) -> count.set(counts.getOrDefault(kind, 0)));
        visibleCount.set(shown.size());
        totalCount.set(project.claims().size());
    }
}
