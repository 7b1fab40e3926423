package org.factdesk.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Verdict;
import org.factdesk.service.Workspace;
import org.factdesk.ui.ProjectViewModel;
import org.factdesk.ui.RecordingDialogService;
import org.factdesk.ui.SampleProjects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claims panel's filters, counts, navigation and deletion, on a real sample project. */
class ClaimsPanelViewModelTest {

    @TempDir
    Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private ProjectViewModel project;
    private ClaimsPanelViewModel panel;

    @BeforeEach
    void markSomeClaims() throws Exception {
        project = SampleProjects.openViewModel(dir, dialogs);
        panel = new ClaimsPanelViewModel(project);
        // Marked out of document order on purpose: the panel shows them in document order.
        mark(ClaimKind.FIGURE, "casi la mitad");
        mark(ClaimKind.STATEMENT, "Kim Jong Un hizo un viaje simbólico al sur");
        mark(ClaimKind.ATTRIBUTION, "dijo a Radio Free Asia");
        mark(ClaimKind.STATEMENT, "Sergei Shoigu, a Pyongyang en julio");
        assertThat(dialogs.errors).isEmpty();
    }

    private Claim mark(ClaimKind kind, String phrase) {
        String text = project.currentDocumentProperty().get().text();
        int start = text.indexOf(phrase);
        assertThat(start).as(phrase).isNotNegative();
        project.mark(kind, start, start + phrase.length());
        return project.selectedClaimProperty().get();
    }

    private List<String> quotes() {
        return panel.visibleClaims().stream().map(c -> c.target().exact()).toList();
    }

    @Test
    void claimsAreListedInDocumentOrderWithCountsPerKind() {
        assertThat(quotes()).containsExactly("Kim Jong Un hizo un viaje simbólico al sur", "dijo a Radio Free Asia",
                "Sergei Shoigu, a Pyongyang en julio", "casi la mitad");
        assertThat(panel.totalCountProperty().get()).isEqualTo(4);
        assertThat(panel.visibleCountProperty().get()).isEqualTo(4);
        assertThat(panel.countProperty(ClaimKind.STATEMENT).get()).isEqualTo(2);
        assertThat(panel.countProperty(ClaimKind.ATTRIBUTION).get()).isEqualTo(1);
        assertThat(panel.countProperty(ClaimKind.FIGURE).get()).isEqualTo(1);
        assertThat(panel.filterActiveProperty().get()).isFalse();
    }

    @Test
    void textFilterIgnoresCaseAndAccentsAndNarrowsTheCounts() {
        panel.filterTextProperty().set("SIMBOLICO");
        assertThat(quotes()).containsExactly("Kim Jong Un hizo un viaje simbólico al sur");
        assertThat(panel.visibleCountProperty().get()).isEqualTo(1);
        assertThat(panel.totalCountProperty().get()).isEqualTo(4);
        assertThat(panel.countProperty(ClaimKind.STATEMENT).get()).isEqualTo(1);
        assertThat(panel.countProperty(ClaimKind.FIGURE).get()).isZero();
        assertThat(panel.filterActiveProperty().get()).isTrue();

        panel.filterTextProperty().set("  ");
        assertThat(quotes()).hasSize(4);
    }

    @Test
    void textFilterFindsNotesTagsAndSpeakers() {
        Claim figure = claimQuoting("casi la mitad");
        project.update(figure.id(), c -> c.withNote("Según el PMA, la cifra es de 2023").withTags(List.of("hambre")));
        Claim attribution = claimQuoting("dijo a Radio Free Asia");
        project.update(attribution.id(), c -> c.withAttribution(
                c.attribution() == null ? null : new org.factdesk.model.Attribution("Persona Anónima", null, null,
                        null, "dijo", false, null)));

        panel.filterTextProperty().set("segun el pma");
        assertThat(quotes()).containsExactly("casi la mitad");
        panel.filterTextProperty().set("HAMBRE");
        assertThat(quotes()).containsExactly("casi la mitad");
        panel.filterTextProperty().set("anonima");
        assertThat(quotes()).containsExactly("dijo a Radio Free Asia");
    }

    @Test
    void kindVerdictAndTagFiltersCombine() {
        Claim shoigu = claimQuoting("Sergei Shoigu, a Pyongyang en julio");
        project.update(shoigu.id(), c -> c.withVerdict(Verdict.TRUE).withTags(List.of("defensa")));
        Claim figure = claimQuoting("casi la mitad");
        project.update(figure.id(), c -> c.withVerdict(Verdict.MOSTLY_TRUE));

        panel.kindFilter().add(ClaimKind.STATEMENT);
        assertThat(quotes()).containsExactly("Kim Jong Un hizo un viaje simbólico al sur",
                "Sergei Shoigu, a Pyongyang en julio");

        panel.verdictFilter().add(Verdict.TRUE);
        assertThat(quotes()).containsExactly("Sergei Shoigu, a Pyongyang en julio");

        panel.kindFilter().clear();
        panel.verdictFilter().addAll(List.of(Verdict.MOSTLY_TRUE));
        assertThat(quotes()).containsExactly("Sergei Shoigu, a Pyongyang en julio", "casi la mitad");
        assertThat(panel.countProperty(ClaimKind.FIGURE).get()).isEqualTo(1);

        panel.verdictFilter().clear();
        panel.tagFilterProperty().set("defensa");
        assertThat(quotes()).containsExactly("Sergei Shoigu, a Pyongyang en julio");
        assertThat(project.knownTags()).contains("defensa");

        panel.clearFilters();
        assertThat(quotes()).hasSize(4);
    }

    @Test
    void anEditedClaimStaysInPlaceAndLeavesTheListWhenItNoLongerMatches() {
        panel.verdictFilter().add(Verdict.UNVERIFIED);
        Claim figure = claimQuoting("casi la mitad");
        project.update(figure.id(), c -> c.withVerdict(Verdict.FALSE));
        assertThat(quotes()).doesNotContain("casi la mitad").hasSize(3);
        assertThat(panel.totalCountProperty().get()).isEqualTo(4);
    }

    @Test
    void nextAndPreviousWalkTheFilteredListAndWrapAround() {
        project.selectedClaimProperty().set(null);
        panel.selectNext();
        assertThat(selectedQuote()).isEqualTo("Kim Jong Un hizo un viaje simbólico al sur");
        panel.selectNext();
        panel.selectNext();
        panel.selectNext();
        assertThat(selectedQuote()).isEqualTo("casi la mitad");
        panel.selectNext();
        assertThat(selectedQuote()).as("wraps to the first").isEqualTo("Kim Jong Un hizo un viaje simbólico al sur");
        panel.selectPrevious();
        assertThat(selectedQuote()).as("wraps to the last").isEqualTo("casi la mitad");

        panel.kindFilter().add(ClaimKind.STATEMENT);
        panel.selectNext();
        assertThat(selectedQuote()).as("from a hidden claim, the next visible one (wrapping)")
                .isEqualTo("Kim Jong Un hizo un viaje simbólico al sur");
        panel.selectNext();
        assertThat(selectedQuote()).isEqualTo("Sergei Shoigu, a Pyongyang en julio");

        project.selectedClaimProperty().set(claimQuoting("dijo a Radio Free Asia"));
        panel.selectPrevious();
        assertThat(selectedQuote()).isEqualTo("Kim Jong Un hizo un viaje simbólico al sur");
    }

    @Test
    void nextDoesNothingWhenNothingMatches() {
        project.selectedClaimProperty().set(null);
        panel.filterTextProperty().set("no such words anywhere");
        panel.selectNext();
        panel.selectPrevious();
        assertThat(project.selectedClaimProperty().get()).isNull();
    }

    @Test
    void deleteSelectedRemovesTheClaimFromTheListAndTheFile() throws Exception {
        Claim figure = claimQuoting("casi la mitad");
        project.selectedClaimProperty().set(figure);
        panel.deleteSelected();

        assertThat(quotes()).doesNotContain("casi la mitad").hasSize(3);
        assertThat(panel.totalCountProperty().get()).isEqualTo(3);
        assertThat(panel.countProperty(ClaimKind.FIGURE).get()).isZero();
        Path file = project.workspaceProperty().get().file();
        String documentId = project.currentDocumentProperty().get().id();
        project.close();
        try (Workspace reopened = Workspace.open(file, true, SampleProjects.SESSION)) {
            assertThat(reopened.claims().list(documentId)).extracting(c -> c.target().exact())
                    .doesNotContain("casi la mitad").hasSize(3);
        }
    }

    @Test
    void deleteSelectedIsUndoable() {
        project.selectedClaimProperty().set(claimQuoting("dijo a Radio Free Asia"));
        panel.deleteSelected();
        assertThat(quotes()).hasSize(3);
        project.undo();
        assertThat(quotes()).contains("dijo a Radio Free Asia").hasSize(4);
    }

    @Test
    void paragraphNumbersCountFromOneAndSkipBlankLines() {
        assertThat(panel.paragraphNumber(claimQuoting("Kim Jong Un hizo un viaje simbólico al sur"))).isEqualTo(2);
        assertThat(panel.paragraphNumber(claimQuoting("Sergei Shoigu, a Pyongyang en julio"))).isEqualTo(6);
        assertThat(panel.paragraphNumber(claimQuoting("casi la mitad"))).isEqualTo(28);
    }

    private Claim claimQuoting(String phrase) {
        return project.claims().stream().filter(c -> c.target().exact().equals(phrase)).findFirst().orElseThrow();
    }

    private String selectedQuote() {
        Claim selected = project.selectedClaimProperty().get();
        return selected == null ? null : selected.target().exact();
    }
}
