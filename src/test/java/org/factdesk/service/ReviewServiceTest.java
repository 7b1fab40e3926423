package org.factdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.ReviewIssue;
import org.factdesk.model.TranslationRisk;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Translation review inside a project: sources, kept issues, dismissals, issues as claims, translation risks. */
class ReviewServiceTest {

    private static final String TRANSLATION = "El ministro dijo que la la reunión fue un éxito.\n"
            + "Según Pancheco Pardo, las conversaciones de el lunes fueron largas. Pacheco Pardo lo confirmó.\n"
            + "El profesor Pacheco Pardo enseña en Londres.\n";
    private static final String SOURCE = "The minister said the meeting was a success.\n"
            + "According to Pacheco Pardo, Monday's talks were long. Pacheco Pardo confirmed it.\n";

    @TempDir
    Path dir;

    private String importText(Workspace workspace, String name, String text) throws Exception {
        Path file = dir.resolve(name);
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return workspace.documents().importFiles(List.of(file), null).get(0).id();
    }

    @Test
    void dismissedIssueStaysDismissedAfterReopeningTheProject() throws Exception {
        Path project = dir.resolve("p.factdesk");
        String doc;
        ReviewIssue repeated;
        try (Workspace workspace = Workspace.create(project, Session.ofSystemUser())) {
            doc = importText(workspace, "es.txt", TRANSLATION);
            List<ReviewIssue> issues = workspace.review().review(doc, false, Locale.ENGLISH, Monitor.NONE).issues();
            repeated = issues.stream().filter(i -> i.check().equals("repeated-word")).findFirst().orElseThrow();
            workspace.review().dismiss(doc, repeated);
            assertThat(workspace.review().openIssues(doc)).doesNotContain(repeated).isNotEmpty();
        }
        try (Workspace workspace = Workspace.open(project, false, Session.ofSystemUser())) {
            assertThat(workspace.review().openIssues(doc)).doesNotContain(repeated).isNotEmpty();
            List<ReviewIssue> again = workspace.review().review(doc, false, Locale.ENGLISH, Monitor.NONE).issues();
            assertThat(again).isNotEmpty().noneMatch(i -> i.key().equals(repeated.key()));
            assertThat(workspace.review().dismissed(doc)).containsExactly(repeated.key());
        }
    }

    @Test
    void sourceLinkIsKeptAndUsedBySourceChecks() throws Exception {
        try (Workspace workspace = Workspace.create(dir.resolve("p.factdesk"), Session.ofSystemUser())) {
            String doc = importText(workspace, "es.txt", TRANSLATION + "Llegaron 30 personas.\n");
            String source = importText(workspace, "en.txt", SOURCE + "Some 40 people came.\n");
            workspace.review().setSource(doc, source);

            assertThat(workspace.review().sourceOf(doc)).contains(source);
            assertThat(workspace.review().review(doc, false, Locale.ENGLISH, Monitor.NONE).issues())
                    .anySatisfy(i -> assertThat(i.check()).startsWith("number-"));
            assertThatThrownBy(() -> workspace.review().setSource(doc, doc)).isInstanceOf(ServiceException.class)
                    .hasMessageContaining("own source");
            workspace.review().setSource(doc, null);
            assertThat(workspace.review().sourceOf(doc)).isEmpty();
        }
    }

    @Test
    void issueBecomesATranslationIssueClaimThatUndoRemoves() throws Exception {
        try (Workspace workspace = Workspace.create(dir.resolve("p.factdesk"), Session.ofSystemUser())) {
            String doc = importText(workspace, "es.txt", TRANSLATION);
            ReviewIssue issue = workspace.review().review(doc, false, Locale.ENGLISH, Monitor.NONE).issues().stream()
                    .filter(i -> i.check().equals("contraction")).findFirst().orElseThrow();

            Claim claim = workspace.review().toClaim(doc, issue);

            assertThat(claim.kind()).isEqualTo(ClaimKind.TRANSLATION_ISSUE);
            assertThat(claim.target().exact()).isEqualTo("de el");
            assertThat(claim.issue().check()).isEqualTo("contraction");
            assertThat(claim.issue().suggestion()).isEqualTo("del");
            assertThat(workspace.claims().list(doc)).containsExactly(claim);
            workspace.history().undo();
            assertThat(workspace.claims().list(doc)).isEmpty();
            workspace.history().redo();
            assertThat(workspace.claims().list(doc)).hasSize(1);
        }
    }

    @Test
    void issueOnAClaimOrOnASpeakerIsATranslationRisk() throws Exception {
        try (Workspace workspace = Workspace.create(dir.resolve("p.factdesk"), Session.ofSystemUser())) {
            String doc = importText(workspace, "es.txt", TRANSLATION);
            workspace.review().review(doc, false, Locale.ENGLISH, Monitor.NONE).issues();
            int sentence = TRANSLATION.indexOf("El ministro");
            Claim statement = workspace.claims().mark(doc, ClaimKind.STATEMENT, sentence,
                    TRANSLATION.indexOf('\n'));
            int speaker = TRANSLATION.indexOf("Pancheco Pardo");
            int quote = TRANSLATION.indexOf("las conversaciones");
            Claim attribution = workspace.claims().mark(doc, ClaimKind.ATTRIBUTION, quote,
                    TRANSLATION.indexOf(" de el"));
            attribution = workspace.claims().update(attribution.id(), c -> c.withAttribution(new Attribution(
                    "Pancheco Pardo", speaker, speaker + "Pancheco Pardo".length(), null, "según", false, null)));
            Claim untouched = workspace.claims().mark(doc, ClaimKind.STATEMENT, TRANSLATION.indexOf("lo confirmó"),
                    TRANSLATION.indexOf("lo confirmó") + 2);

            Map<String, List<TranslationRisk>> risks = workspace.review().risks(doc, workspace.claims().list(doc));

            assertThat(risks.get(statement.id())).extracting(TranslationRisk::check).contains("repeated-word");
            assertThat(risks.get(attribution.id())).extracting(TranslationRisk::check).contains("name-variant");
            assertThat(risks).doesNotContainKey(untouched.id());
        }
    }
}
