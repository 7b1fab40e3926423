package org.factdesk.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Origin;
import org.factdesk.model.Suggestion;
import org.factdesk.service.SpeakerSummary;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;
import org.factdesk.ui.RecordingDialogService;
import org.factdesk.ui.SampleProjects;
import org.factdesk.ui.task.DirectTaskRunner;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Suggestions as the window's state has them, on the sample project with a synchronous runner. */
class SuggestionsViewModelTest {

    @TempDir
    Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private ProjectViewModel project;
    private SuggestionsViewModel suggestions;

    @BeforeEach
    void openSample() throws Exception {
        project = SampleProjects.openViewModel(dir, dialogs);
        suggestions = new SuggestionsViewModel(project);
    }

    @AfterEach
    void close() {
        project.close();
    }

    private Suggestion select(ClaimKind kind) {
        Suggestion first = project.suggestions().stream().filter(s -> s.kind() == kind).findFirst().orElseThrow();
        project.selectedSuggestionProperty().set(first);
        return first;
    }

    private long pendingOf(ClaimKind kind) {
        return project.suggestions().stream().filter(s -> s.kind() == kind).count();
    }

    @Test
    void theSampleIsAnalysedWhenFirstShownAndGroupedByKind() {
        assertThat(project.suggestions()).isNotEmpty();
        assertThat(dialogs.errors).isEmpty();
        List<SuggestionRow> rows = suggestions.rows();
        assertThat(rows.get(0).isHeader()).isTrue();
        assertThat(rows.get(0).kind()).isEqualTo(ClaimKind.FIGURE);
        assertThat(rows.stream().filter(SuggestionRow::isHeader).map(SuggestionRow::kind))
                .containsExactly(ClaimKind.FIGURE, ClaimKind.ATTRIBUTION, ClaimKind.STATEMENT);
        assertThat(rows.stream().filter(r -> !r.isHeader())).hasSize(project.suggestions().size());
        for (ClaimKind kind : SuggestionsViewModel.GROUPS) {
            assertThat(suggestions.countProperty(kind).get()).isEqualTo((int) pendingOf(kind));
        }
        assertThat(project.speakers()).isNotEmpty();
    }

    @Test
    void aDocumentIsNotAnalysedTwiceAndAutoAnalysisCanBeTurnedOff() throws Exception {
        int before = project.suggestions().size();
        project.close();
        project.open(dir.resolve("sample.factdesk"));
        assertThat(project.suggestions()).hasSize(before);

        ProjectViewModel quiet = new ProjectViewModel(new DirectTaskRunner(), dialogs, new I18n(Locale.ENGLISH),
                SampleProjects.SESSION);
        quiet.setAutoAnalyze(false);
        quiet.open(SampleProjects.create(java.nio.file.Files.createDirectories(dir.resolve("other"))));
        assertThat(quiet.suggestions()).isEmpty();
        quiet.analyze();
        assertThat(quiet.suggestions()).hasSize(before);
        assertThat(dialogs.notices).contains(before + " new suggestions");
        quiet.close();
    }

    @Test
    void enterAcceptsAsASuggestedClaimMovesOnAndUndoRedoFollow() {
        Suggestion figure = select(ClaimKind.FIGURE);
        int pending = project.suggestions().size();

        suggestions.acceptSelected();
        assertThat(project.claims()).singleElement().satisfies(claim -> {
            assertThat(claim.origin()).isEqualTo(Origin.SUGGESTED);
            assertThat(claim.target()).isEqualTo(figure.target());
            assertThat(claim.figure()).isEqualTo(figure.figure());
        });
        assertThat(project.suggestions()).hasSize(pending - 1).doesNotContain(figure);
        assertThat(project.selectedSuggestionProperty().get()).isNotNull().isNotEqualTo(figure);
        assertThat(project.historyProperty().get().canUndo()).isTrue();

        project.undo();
        assertThat(project.claims()).isEmpty();
        assertThat(project.suggestions()).hasSize(pending).contains(figure);

        project.redo();
        assertThat(project.claims()).extracting(Claim::origin).containsExactly(Origin.SUGGESTED);
        assertThat(project.suggestions()).hasSize(pending - 1);
    }

    @Test
    void aRejectedSuggestionIsGoneAndReanalysisDoesNotBringItBack() {
        Suggestion statement = select(ClaimKind.STATEMENT);
        suggestions.rejectSelected();
        assertThat(project.suggestions()).doesNotContain(statement);
        assertThat(project.claims()).isEmpty();

        project.analyze();
        assertThat(project.suggestions()).extracting(Suggestion::id).doesNotContain(statement.id());
        assertThat(project.suggestions()).noneMatch(s -> s.target().equals(statement.target())
                && s.kind() == ClaimKind.STATEMENT);
        assertThat(dialogs.notices).contains("No new suggestions");
    }

    @Test
    void acceptAllOfAKindIsOneUndoStep() {
        long figures = pendingOf(ClaimKind.FIGURE);
        suggestions.acceptAll(ClaimKind.FIGURE);
        assertThat(pendingOf(ClaimKind.FIGURE)).isZero();
        assertThat(suggestions.countProperty(ClaimKind.FIGURE).get()).isZero();
        assertThat(project.claims()).hasSize((int) figures).allMatch(c -> c.kind() == ClaimKind.FIGURE
                && c.origin() == Origin.SUGGESTED);
        assertThat(project.claims()).isSortedAccordingTo(ProjectViewModel.DOCUMENT_ORDER);

        project.undo();
        assertThat(project.claims()).isEmpty();
        assertThat(pendingOf(ClaimKind.FIGURE)).isEqualTo(figures);
    }

    @Test
    void selectingAClaimClearsTheSelectedSuggestionAndBack() {
        Suggestion figure = select(ClaimKind.FIGURE);
        suggestions.acceptSelected();
        Claim claim = project.claims().get(0);
        project.selectedClaimProperty().set(claim);
        assertThat(project.selectedSuggestionProperty().get()).isNull();
        project.selectedSuggestionProperty().set(project.suggestions().get(0));
        assertThat(project.selectedClaimProperty().get()).isNull();
        assertThat(figure).isNotNull();
    }

    @Test
    void aSpeakerFilterListsOnlyThatSpeakersAttributions() {
        suggestions.acceptAll(ClaimKind.ATTRIBUTION);
        suggestions.acceptAll(ClaimKind.FIGURE);
        ClaimsPanelViewModel panel = new ClaimsPanelViewModel(project);
        SpeakerSummary top = project.speakers().get(0);
        assertThat(top.claims()).isPositive();
        assertThat(top.suggestions()).isZero();

        panel.speakerFilterProperty().set(top);
        assertThat(panel.visibleClaims()).hasSize(top.claims())
                .allMatch(c -> c.kind() == ClaimKind.ATTRIBUTION && top.names(c.attribution().speaker()));
        assertThat(panel.filterActiveProperty().get()).isTrue();
        panel.clearFilters();
        assertThat(panel.visibleClaims()).hasSize(project.claims().size());
    }
}
