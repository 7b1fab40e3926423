package org.factdesk.ui.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.TranslationRisk;
import org.factdesk.ui.ProjectViewModel;
import org.factdesk.ui.RecordingDialogService;
import org.factdesk.ui.SampleProjects;
import org.factdesk.ui.review.ReviewViewModel;
import org.factdesk.ui.task.DirectTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The claims panel flags a claim whose span or speaker a translation-review issue touches. */
class TranslationRiskPanelTest {

    @TempDir
    Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();

    private Claim mark(ProjectViewModel project, ClaimKind kind, String phrase) {
        String text = project.currentDocumentProperty().get().text();
        int start = text.indexOf(phrase);
        assertThat(start).as(phrase).isNotNegative();
        project.mark(kind, start, start + phrase.length());
        return project.selectedClaimProperty().get();
    }

    @Test
    void claimOnASlipAndAttributionWithASlippedSpeakerAreFlaggedOthersAreNot() throws Exception {
        ProjectViewModel project = SampleProjects.openViewModel(dir, dialogs);
        ClaimsPanelViewModel panel = new ClaimsPanelViewModel(project);
        Claim onSlip = mark(project, ClaimKind.STATEMENT, "una Una persona familiarizada con el asunto");
        Claim clean = mark(project, ClaimKind.STATEMENT, "Kim Jong Un hizo un viaje simbólico al sur");
        String text = project.currentDocumentProperty().get().text();
        Claim attribution = mark(project, ClaimKind.ATTRIBUTION, "dijo a Radio Free Asia");
        int speaker = text.indexOf("Pancheco Pardo");
        assertThat(speaker).isNotNegative();
        project.update(attribution.id(), c -> c.withAttribution(new Attribution("Pancheco Pardo", speaker,
                speaker + "Pancheco Pardo".length(), null, "dijo", false, null)));
        assertThat(panel.translationRisks(onSlip)).isEmpty(); // no review yet

        ReviewViewModel review = new ReviewViewModel(project, new DirectTaskRunner());
        review.languageToolProperty().set(false);
        review.start();

        assertThat(dialogs.errors).isEmpty();
        assertThat(panel.translationRisks(onSlip)).extracting(TranslationRisk::check).contains("repeated-word");
        assertThat(panel.riskLabel(onSlip)).startsWith("Translation risk: ").contains("repeated-word");
        Claim updated = project.claim(attribution.id()).orElseThrow();
        assertThat(panel.translationRisks(updated)).extracting(TranslationRisk::check).contains("name-variant");
        assertThat(panel.translationRisks(clean)).isEmpty();
        assertThat(panel.riskLabel(clean)).isEmpty();
    }

    @Test
    void dismissingTheIssueClearsTheFlag() throws Exception {
        ProjectViewModel project = SampleProjects.openViewModel(dir, dialogs);
        ClaimsPanelViewModel panel = new ClaimsPanelViewModel(project);
        Claim onSlip = mark(project, ClaimKind.STATEMENT, "una Una persona familiarizada con el asunto");
        ReviewViewModel review = new ReviewViewModel(project, new DirectTaskRunner());
        review.languageToolProperty().set(false);
        review.start();
        var repeated = review.issues().stream().filter(i -> i.check().equals("repeated-word")
                && i.touches(onSlip.target().start(), onSlip.target().end())).findFirst().orElseThrow();

        review.dismiss(repeated);

        assertThat(review.issues()).doesNotContain(repeated);
        assertThat(panel.translationRisks(onSlip)).noneMatch(r -> r.check().equals("repeated-word"));
    }
}
