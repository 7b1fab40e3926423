package org.factdesk.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Evidence;
import org.factdesk.model.FigureType;
import org.factdesk.model.Qualifier;
import org.factdesk.model.Verdict;
import org.factdesk.service.HistoryState;
import org.factdesk.ui.ProjectViewModel;
import org.factdesk.ui.RecordingDialogService;
import org.factdesk.ui.SampleProjects;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The claim editor's commands: one undoable write per real change, none for a change that changes nothing. */
class ClaimEditorViewModelTest {

    @TempDir
    Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private ProjectViewModel project;
    private ClaimEditorViewModel editor;

    @BeforeEach
    void open() throws Exception {
        project = SampleProjects.openViewModel(dir, dialogs);
        editor = new ClaimEditorViewModel(project);
    }

    private Claim mark(ClaimKind kind, String phrase) {
        String text = project.currentDocumentProperty().get().text();
        int start = text.indexOf(phrase);
        project.mark(kind, start, start + phrase.length());
        return project.selectedClaimProperty().get();
    }

    private Claim current(Claim claim) {
        return project.claim(claim.id()).orElseThrow();
    }

    @Test
    void eachCommittedFieldIsOneUndoableChangeAndARepeatWritesNothing() {
        Claim claim = mark(ClaimKind.STATEMENT, "Kim Jong Un hizo un viaje simbólico al sur");
        HistoryState before = project.historyProperty().get();
        editor.setVerdict(claim.id(), Verdict.MOSTLY_TRUE);
        HistoryState afterVerdict = project.historyProperty().get();
        editor.setVerdict(claim.id(), Verdict.MOSTLY_TRUE);
        assertThat(project.historyProperty().get()).as("same verdict again: no write").isEqualTo(afterVerdict);
        assertThat(afterVerdict).isNotEqualTo(before);

        editor.setNote(claim.id(), "Fue en 2018");
        editor.addTag(claim.id(), "  corea ");
        editor.addTag(claim.id(), "corea");
        editor.addTag(claim.id(), "cumbre");
        editor.removeTag(claim.id(), "corea");
        Claim edited = current(claim);
        assertThat(edited.verdict()).isEqualTo(Verdict.MOSTLY_TRUE);
        assertThat(edited.note()).isEqualTo("Fue en 2018");
        assertThat(edited.tags()).containsExactly("cumbre");
        assertThat(project.knownTags()).contains("corea", "cumbre");

        project.undo();
        assertThat(current(claim).tags()).containsExactly("corea", "cumbre");
        project.undo();
        assertThat(current(claim).tags()).containsExactly("corea");
        assertThat(current(claim).note()).isEqualTo("Fue en 2018");
    }

    @Test
    void evidenceIsAddedFilledInAndRemoved() {
        Claim claim = mark(ClaimKind.STATEMENT, "Kim Jong Un hizo un viaje simbólico al sur");
        editor.addEvidence(claim.id());
        editor.setEvidence(claim.id(), 0, new Evidence(" https://example.org/a ", "Un título", LocalDate.of(2023, 9, 12),
                "", "  "));
        editor.addEvidence(claim.id());
        assertThat(current(claim).evidence()).hasSize(2);
        assertThat(current(claim).evidence().get(0))
                .isEqualTo(new Evidence("https://example.org/a", "Un título", LocalDate.of(2023, 9, 12), null, null));
        editor.removeEvidence(claim.id(), 1);
        editor.removeEvidence(claim.id(), 7);
        assertThat(current(claim).evidence()).hasSize(1);
    }

    @Test
    void attributionFieldsAreEditedAndLinkedToAStatement() {
        Claim statement = mark(ClaimKind.STATEMENT, "Pero no dije exactamente cuándo");
        Claim attribution = mark(ClaimKind.ATTRIBUTION, "Una persona familiarizada con el asunto dijo");
        editor.setSpeaker(attribution.id(), "Persona familiarizada");
        editor.setRole(attribution.id(), "fuente anónima");
        editor.setCue(attribution.id(), "dijo");
        editor.setDirect(attribution.id(), true);
        editor.setStatement(attribution.id(), statement.id());
        var details = current(attribution).attribution();
        assertThat(details.speaker()).isEqualTo("Persona familiarizada");
        assertThat(details.role()).isEqualTo("fuente anónima");
        assertThat(details.cue()).isEqualTo("dijo");
        assertThat(details.direct()).isTrue();
        assertThat(details.statementId()).isEqualTo(statement.id());
        assertThat(editor.statements()).extracting(Claim::id).containsExactly(statement.id());
        assertThat(project.knownSpeakers()).containsExactly("Persona familiarizada");

        editor.setRole(attribution.id(), "  ");
        assertThat(current(attribution).attribution().role()).isNull();
    }

    @Test
    void figureFieldsAreEditedAndABadValueWritesNothing() {
        Claim figure = mark(ClaimKind.FIGURE, "casi la mitad");
        assertThat(editor.setFigureValue(figure.id(), "0,5")).isTrue();
        editor.setUnit(figure.id(), "fraction");
        editor.setFigureType(figure.id(), FigureType.FRACTION);
        editor.setQualifier(figure.id(), Qualifier.NEARLY);
        editor.setPeriod(figure.id(), "2020–2022");
        HistoryState saved = project.historyProperty().get();
        assertThat(editor.setFigureValue(figure.id(), "la mitad")).isFalse();
        assertThat(project.historyProperty().get()).isEqualTo(saved);

        var details = current(figure).figure();
        assertThat(details.value()).isEqualByComparingTo("0.5");
        assertThat(details.unit()).isEqualTo("fraction");
        assertThat(details.type()).isEqualTo(FigureType.FRACTION);
        assertThat(details.qualifier()).isEqualTo(Qualifier.NEARLY);
        assertThat(details.period()).isEqualTo("2020–2022");

        assertThat(editor.setFigureValue(figure.id(), "")).isTrue();
        assertThat(current(figure).figure().value()).isNull();
    }

    @Test
    void nothingIsWrittenToAReadOnlyProject() throws Exception {
        Claim claim = mark(ClaimKind.STATEMENT, "Kim Jong Un hizo un viaje simbólico al sur");
        Path file = project.workspaceProperty().get().file();
        ProjectViewModel readOnly = new ProjectViewModel(new org.factdesk.ui.task.DirectTaskRunner(), dialogs,
                project.i18n(), SampleProjects.SESSION);
        project.close();
        readOnly.openWith("read-only", () -> org.factdesk.service.Workspace.open(file, true, SampleProjects.SESSION),
                null);
        ClaimEditorViewModel lockedEditor = new ClaimEditorViewModel(readOnly);
        readOnly.selectedClaimProperty().set(readOnly.claim(claim.id()).orElseThrow());
        assertThat(lockedEditor.editableBinding().get()).isFalse();
        lockedEditor.setVerdict(claim.id(), Verdict.FALSE);
        assertThat(readOnly.claim(claim.id()).orElseThrow().verdict()).isEqualTo(Verdict.UNVERIFIED);
        assertThat(dialogs.errors).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "0,5|0.5", "0.5|0.5", "1.500|1500", "1,500|1500", "1.500.000|1500000", "1,234.5|1234.5", "1.234,5|1234.5",
        "12 000|12000", "-3,25|-3.25", "+7|7", "0.500|0.500", "2,75|2.75", ",5|0.5"})
    void decimalsAreReadTheEnglishOrTheSpanishWay(String typed, String expected) {
        assertThat(ClaimEditorViewModel.parseDecimal(typed)).isEqualByComparingTo(new BigDecimal(expected));
    }

    @Test
    void textThatIsNotANumberIsRefusedAndBlankIsNone() {
        assertThat(ClaimEditorViewModel.parseDecimal("  ")).isNull();
        assertThatThrownBy(() -> ClaimEditorViewModel.parseDecimal("mitad")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> ClaimEditorViewModel.parseDecimal("1..")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> ClaimEditorViewModel.parseDecimal("5%")).isInstanceOf(NumberFormatException.class);
        assertThatThrownBy(() -> ClaimEditorViewModel.parseDecimal("1.50.0")).isInstanceOf(NumberFormatException.class);
    }
}
