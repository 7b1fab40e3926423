package org.factdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Verdict;
import org.factdesk.service.MergePlan.Change;
import org.factdesk.service.MergePlan.ClaimChange;
import org.factdesk.service.MergePlan.FieldDifference;
import org.factdesk.service.MergePlan.Side;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two diverged copies of one project, both edited (new claims on each side, one claim edited differently on each, one
 * edited there only, one deleted here): the preview classifies every claim, conflicts field by field with a choice,
 * and the merge is one undoable step.
 */
class MergePlanTest {

    @TempDir
    Path dir;

    private Path mine;
    private String edited;
    private String theirsOnly;
    private String deleted;
    private String untouched;
    private String anasNew;
    private String bensNew;

    @BeforeEach
    void divergeTwoCopies() throws Exception {
        mine = dir.resolve("ana.factdesk");
        try (Workspace ana = WorkspaceFixtures.sample(mine, WorkspaceFixtures.at("ana", "2026-11-20T10:00:00Z"))) {
            String doc = ana.documents().list().get(0).id();
            String text = ana.documents().get(doc).text();
            edited = mark(ana, doc, text, "casi la mitad");
            theirsOnly = mark(ana, doc, text, "Vladimir Putin");
            deleted = mark(ana, doc, text, "Radio Free Asia");
            untouched = mark(ana, doc, text, "Sergei Shoigu");
            ana.reports().exportJson(dir.resolve("base.json"));
        }
        try (Workspace ben = Workspace.create(dir.resolve("ben.factdesk"),
                WorkspaceFixtures.at("ben", "2026-11-21T09:00:00Z"))) {
            ben.reports().importReport(dir.resolve("base.json"));
        }
        try (Workspace ana = Workspace.open(mine, false, WorkspaceFixtures.at("ana", "2026-11-21T10:00:00Z"))) {
            String doc = ana.documents().list().get(0).id();
            anasNew = mark(ana, doc, ana.documents().get(doc).text(), "Kim Jong Un");
            ana.claims().update(edited, c -> c.withVerdict(Verdict.TRUE).withNote("FAO 2023, Ana"));
            ana.claims().delete(deleted);
        }
        try (Workspace ben = Workspace.open(dir.resolve("ben.factdesk"), false,
                WorkspaceFixtures.at("ben", "2026-11-22T10:00:00Z"))) {
            String doc = ben.documents().list().get(0).id();
            bensNew = mark(ben, doc, ben.documents().get(doc).text(), "Vladivostok");
            ben.claims().update(edited, c -> c.withVerdict(Verdict.FALSE).withTags(List.of("fao")));
            ben.claims().update(theirsOnly, c -> c.withNote("Ben checked the name"));
            ben.reports().exportJson(dir.resolve("ben.json"));
        }
    }

    private static String mark(Workspace workspace, String doc, String text, String words) throws ServiceException {
        int start = text.indexOf(words);
        return workspace.claims().mark(doc, ClaimKind.STATEMENT, start, start + words.length()).id();
    }

    private Workspace openMine() throws ServiceException {
        return Workspace.open(mine, false, WorkspaceFixtures.at("ana", "2026-11-23T10:00:00Z"));
    }

    @Test
    void thePreviewSortsEveryClaimOfTheReportAndChangesNothing() throws Exception {
        try (Workspace ana = openMine()) {
            long audit = ana.store().audit().lastSequence();
            MergePlan plan = ana.reports().planMerge(dir.resolve("ben.json"));

            assertThat(plan.counts()).containsExactlyInAnyOrderEntriesOf(Map.of(Change.NEW, 1, Change.UPDATED, 1,
                    Change.CONFLICT, 2, Change.UNCHANGED, 1));
            assertThat(change(plan, bensNew).change()).isEqualTo(Change.NEW);
            assertThat(change(plan, theirsOnly).change()).isEqualTo(Change.UPDATED);
            assertThat(change(plan, untouched).change()).isEqualTo(Change.UNCHANGED);
            assertThat(plan.claims()).extracting(ClaimChange::claimId).doesNotContain(anasNew);
            assertThat(plan.documentsPresent()).isEqualTo(1);
            assertThat(plan.newDocuments()).isEmpty();

            ClaimChange both = change(plan, edited);
            assertThat(both.change()).isEqualTo(Change.CONFLICT);
            assertThat(both.newer()).isEqualTo(Side.THEIRS);
            assertThat(both.differences()).extracting(FieldDifference::field).containsExactly("verdict", "note", "tags");
            assertThat(both.differences().get(0)).isEqualTo(new FieldDifference("verdict", "true", "false"));
            assertThat(both.differences().get(1)).isEqualTo(new FieldDifference("note", "FAO 2023, Ana", ""));

            ClaimChange gone = change(plan, deleted);
            assertThat(gone.change()).isEqualTo(Change.CONFLICT);
            assertThat(gone.deletedHere()).isTrue();
            assertThat(gone.newer()).as("deleted here after Ben last changed it").isEqualTo(Side.MINE);

            assertThat(ana.store().audit().lastSequence()).isEqualTo(audit);
        }
    }

    @Test
    void applyingTakesTheChosenSideOfEachConflictInOneUndoableStep() throws Exception {
        try (Workspace ana = openMine()) {
            MergePlan plan = ana.reports().planMerge(dir.resolve("ben.json"));
            MergeResult result = ana.reports().applyMerge(plan, Map.of(edited, Side.MINE, deleted, Side.THEIRS));

            assertThat(result.claimsAdded()).isEqualTo(2); // Ben's new claim, and the one deleted here, restored
            assertThat(result.claimsUpdated()).isEqualTo(1);
            assertThat(result.claimsKept()).isEqualTo(1);
            assertThat(result.claimsUnchanged()).isEqualTo(1);
            assertThat(ana.claims().get(edited).verdict()).isEqualTo(Verdict.TRUE);
            assertThat(ana.claims().get(theirsOnly).note()).isEqualTo("Ben checked the name");
            assertThat(ana.claims().get(bensNew).target().exact()).isEqualTo("Vladivostok");
            assertThat(ana.claims().get(deleted).target().exact()).isEqualTo("Radio Free Asia");
            assertThat(ana.claims().get(anasNew)).isNotNull();
            assertThat(ana.history().state().undoLabel()).isEqualTo("report.merge");

            ana.history().undo();

            assertThat(ana.claims().list(null)).extracting(c -> c.id())
                    .containsExactlyInAnyOrder(edited, theirsOnly, untouched, anasNew);
            assertThat(ana.claims().get(theirsOnly).note()).isEmpty();
            assertThat(ana.claims().get(edited).note()).isEqualTo("FAO 2023, Ana");
        }
    }

    @Test
    void withoutChoicesEachConflictTakesTheNewerSide() throws Exception {
        try (Workspace ana = openMine()) {
            ana.reports().applyMerge(ana.reports().planMerge(dir.resolve("ben.json")), Map.of());

            assertThat(ana.claims().get(edited).verdict()).isEqualTo(Verdict.FALSE);
            assertThat(ana.claims().get(edited).tags()).containsExactly("fao");
            assertThat(ana.claims().list(null)).extracting(c -> c.id()).doesNotContain(deleted);
        }
    }

    @Test
    void aPlanIsRefusedWhenTheProjectChangedSinceThePreview() throws Exception {
        try (Workspace ana = openMine()) {
            MergePlan plan = ana.reports().planMerge(dir.resolve("ben.json"));
            ana.claims().update(theirsOnly, c -> c.withNote("changed meanwhile"));
            long audit = ana.store().audit().lastSequence();

            assertThatThrownBy(() -> ana.reports().applyMerge(plan, Map.of()))
                    .isInstanceOf(ServiceException.class).hasMessageContaining("preview the merge again");
            assertThat(ana.store().audit().lastSequence()).isEqualTo(audit);
        }
    }

    @Test
    void mergingIntoAnEmptyProjectAddsItsDocumentsAndUndoRemovesThem() throws Exception {
        try (Workspace empty = Workspace.create(dir.resolve("empty.factdesk"),
                WorkspaceFixtures.at("cy", "2026-11-23T10:00:00Z"))) {
            MergePlan plan = empty.reports().planMerge(dir.resolve("ben.json"));
            assertThat(plan.newDocuments()).hasSize(1);
            assertThat(plan.count(Change.NEW)).isEqualTo(5);
            empty.reports().applyMerge(plan, Map.of());
            assertThat(empty.claims().list(null)).hasSize(5);

            empty.history().undo();
            assertThat(empty.documents().list()).isEmpty();
            empty.history().redo();
            assertThat(empty.claims().list(null)).hasSize(5);
        }
    }

    private static ClaimChange change(MergePlan plan, String claimId) {
        return plan.claims().stream().filter(c -> c.claimId().equals(claimId)).findFirst().orElseThrow();
    }
}
