package org.factdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;
import org.factdesk.model.Paragraph;
import org.factdesk.model.Verdict;
import org.factdesk.service.ClaimPlacement.Status;
import org.factdesk.text.Segmenter;
import org.factdesk.text.TextSpan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Importing a new version of the sample article: every claim re-anchored, orphans kept, one undo step. */
class VersionImportTest {

    @TempDir
    Path dir;

    private Workspace workspace;
    private Document original;
    private final Map<String, TextSpan> claimSpans = new HashMap<>();
    private EditedSample edited;
    private Path newVersion;

    @BeforeEach
    void markEverySentenceOfTheSampleAndWriteAnEditedVersion() throws Exception {
        workspace = WorkspaceFixtures.sample(dir.resolve("p.factdesk"),
                WorkspaceFixtures.at("ana", "2026-11-20T10:00:00Z"));
        original = workspace.documents().get(workspace.documents().list().get(0).id());
        String text = original.text();
        // the sample's claims: every sentence long and unique enough to be found again by its text alone
        for (TextSpan sentence : Segmenter.sentences(text, original.language())) {
            String exact = text.substring(sentence.start(), sentence.end());
            if (exact.length() >= 20 && text.indexOf(exact) == text.lastIndexOf(exact)) {
                Claim claim = workspace.claims().mark(original.id(), ClaimKind.STATEMENT, sentence.start(),
                        sentence.end());
                claimSpans.put(claim.id(), sentence);
            }
        }
        List<Paragraph> paragraphs = original.paragraphs();
        List<TextSpan> sentencesOf8 = Segmenter.sentences(text, original.language()).stream()
                .filter(s -> s.start() >= paragraphs.get(8).start() && s.end() <= paragraphs.get(8).end()).toList();
        edited = new EditedSample(text)
                .insert(paragraphs.get(2).start(), "Esta frase es nueva y no estaba en la primera versión. ")
                .replace(paragraphs.get(1).start(), "simbólico", "histórico")
                .replace(paragraphs.get(4).start(), "por invitación", "por la invitación")
                .deleteParagraph(paragraphs, 5)
                .insert(sentencesOf8.get(0).end(), " Una frase añadida en medio del párrafo.");
        newVersion = dir.resolve("kim-putin-summit-es-v2.txt");
        Files.writeString(newVersion, edited.newText());
    }

    @org.junit.jupiter.api.AfterEach
    void close() {
        workspace.close();
    }

    @Test
    void everyClaimIsMovedChangedKeptOrOrphanedAsTheEditsSay() throws Exception {
        VersionImport result = workspace.versions().importAsNewVersion(newVersion, original.id(), Monitor.NONE);

        Map<Status, Integer> expected = new EnumMap<>(Status.class);
        for (ClaimPlacement placement : result.claims()) {
            EditedSample.Expected expectation = edited.expect(claimSpans.get(placement.claimId()));
            expected.merge(expectation.status(), 1, Integer::sum);
            assertThat(placement.status()).as("claim on \"%s\"", placement.before().exact())
                    .isEqualTo(expectation.status());
            if (expectation.newStart() >= 0) {
                assertThat(placement.after().start()).isEqualTo(expectation.newStart());
                assertThat(placement.after().exact()).isEqualTo(placement.before().exact());
            }
        }
        assertThat(result.claims()).hasSize(claimSpans.size());
        // the edits touch each kind of outcome several times
        assertThat(expected).containsOnlyKeys(Status.UNCHANGED, Status.MOVED, Status.CHANGED, Status.ORPHANED);
        assertThat(expected.get(Status.CHANGED)).isEqualTo(2);
        assertThat(result.unchanged()).isEqualTo(expected.get(Status.UNCHANGED));
        assertThat(result.moved()).isEqualTo(expected.get(Status.MOVED));
        assertThat(result.changed()).isEqualTo(expected.get(Status.CHANGED));
        assertThat(result.orphaned()).isEqualTo(expected.get(Status.ORPHANED)).isPositive();

        Document version = workspace.documents().get(result.document().id());
        assertThat(version.text()).isEqualTo(edited.newText());
        assertThat(version.previousVersionId()).isEqualTo(original.id());
        assertThat(workspace.claims().list(version.id())).hasSize(claimSpans.size() - result.orphaned())
                .allSatisfy(claim -> assertThat(version.text().substring(claim.target().start(),
                        claim.target().end())).isEqualTo(claim.target().exact()));
        // orphans stay where they were, untouched, and the comparison lists them
        assertThat(workspace.claims().list(original.id())).hasSize(result.orphaned());
        VersionComparison comparison = workspace.versions().compare(version.id());
        Map<String, Status> now = new HashMap<>();
        comparison.claims().forEach(p -> now.put(p.claimId(), p.status()));
        result.claims().forEach(p -> assertThat(now.get(p.claimId())).as(p.before().exact()).isEqualTo(p.status()));
    }

    @Test
    void theNewVersionIsListedRightAfterItsPredecessor() throws Exception {
        Path other = dir.resolve("other.txt");
        Files.writeString(other, "Otro artículo. Nada que ver con el primero.");
        workspace.documents().importFiles(List.of(other), null);
        VersionImport result = workspace.versions().importAsNewVersion(newVersion, original.id(), Monitor.NONE);

        List<String> listed = workspace.documents().list().stream().map(DocumentInfo::id).toList();
        assertThat(listed).hasSize(3);
        assertThat(listed.indexOf(result.document().id())).isEqualTo(listed.indexOf(original.id()) + 1);
    }

    @Test
    void undoTakesTheVersionAwayAndPutsEveryClaimBackInOneStep() throws Exception {
        List<Claim> before = workspace.claims().list(original.id());
        VersionImport result = workspace.versions().importAsNewVersion(newVersion, original.id(), Monitor.NONE);

        assertThat(workspace.history().undo()).isEqualTo(original.id());

        assertThat(workspace.claims().list(original.id())).containsExactlyInAnyOrderElementsOf(before);
        assertThat(workspace.documents().list()).extracting(DocumentInfo::id).containsExactly(original.id());
        assertThat(workspace.history().state().canUndo()).isTrue(); // the marks before it
        assertThat(workspace.history().state().redoLabel()).isEqualTo("version.import");

        workspace.history().redo();
        assertThat(workspace.documents().get(result.document().id()).text()).isEqualTo(edited.newText());
        assertThat(workspace.claims().list(result.document().id())).hasSize(claimSpans.size() - result.orphaned());
    }

    @Test
    void anOrphanIsReattachedToASelectedSpanOrDroppedAndEitherCanBeUndone() throws Exception {
        VersionImport result = workspace.versions().importAsNewVersion(newVersion, original.id(), Monitor.NONE);
        String versionId = result.document().id();
        List<ClaimPlacement> orphans = result.claims().stream().filter(p -> p.status() == Status.ORPHANED).toList();
        assertThat(orphans).hasSizeGreaterThanOrEqualTo(2);
        String text = workspace.documents().get(versionId).text();
        int start = text.indexOf("Una frase añadida");
        workspace.claims().update(orphans.get(0).claimId(), c -> c.withVerdict(Verdict.MIXED).withNote("kept"));

        Claim reattached = workspace.versions().reattach(orphans.get(0).claimId(), versionId, start, start + 17);
        assertThat(reattached.documentId()).isEqualTo(versionId);
        assertThat(reattached.target().exact()).isEqualTo("Una frase añadida");
        assertThat(reattached.verdict()).isEqualTo(Verdict.MIXED);
        assertThat(reattached.note()).isEqualTo("kept");
        assertThat(workspace.versions().compare(versionId).claims()).filteredOn(p -> p.status() == Status.ORPHANED)
                .hasSize(orphans.size() - 1);

        workspace.versions().drop(orphans.get(1).claimId());
        assertThat(workspace.versions().compare(versionId).claims()).filteredOn(p -> p.status() == Status.ORPHANED)
                .hasSize(orphans.size() - 2);

        workspace.history().undo();
        workspace.history().undo();
        assertThat(workspace.versions().compare(versionId).claims()).filteredOn(p -> p.status() == Status.ORPHANED)
                .extracting(ClaimPlacement::claimId)
                .containsExactlyInAnyOrderElementsOf(orphans.stream().map(ClaimPlacement::claimId).toList());
        assertThat(workspace.claims().get(orphans.get(0).claimId()).target()).isEqualTo(orphans.get(0).before());
    }

    @Test
    void onlyAnOrphanOfThePreviousVersionCanBeReattached() throws Exception {
        VersionImport result = workspace.versions().importAsNewVersion(newVersion, original.id(), Monitor.NONE);
        String moved = result.claims().stream().filter(p -> p.status() == Status.MOVED).findFirst().orElseThrow()
                .claimId();
        assertThatThrownBy(() -> workspace.versions().reattach(moved, result.document().id(), 0, 5))
                .isInstanceOf(ServiceException.class).hasMessageContaining("only the orphans");
        String orphan = result.claims().stream().filter(p -> p.status() == Status.ORPHANED).findFirst()
                .orElseThrow().claimId();
        assertThatThrownBy(() -> workspace.versions().reattach(orphan, result.document().id(), 5, 5))
                .isInstanceOf(ServiceException.class).hasMessageContaining("Select the words");
    }

    @Test
    void aFileAlreadyInTheProjectIsRefusedAsANewVersion() {
        assertThatThrownBy(() -> workspace.versions().importAsNewVersion(WorkspaceFixtures.SAMPLE, original.id(),
                Monitor.NONE)).isInstanceOf(ServiceException.class).hasMessageContaining("already in this project");
        assertThat(workspace.documents().list()).hasSize(1);
    }

    @Test
    void cancellingImportsNothing() {
        Monitor cancelled = new Monitor() {
            @Override
            public void progress(double fraction) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> workspace.versions().importAsNewVersion(newVersion, original.id(), cancelled))
                .isInstanceOf(CancelledException.class);
        assertThat(workspace.documents().list()).hasSize(1);
        assertThat(new ArrayList<>(claimSpans.keySet())).isNotEmpty();
    }
}
