package org.factdesk.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Verdict;
import org.factdesk.service.MergeResult.Kept;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Merging a colleague's report: the version updated last wins, every difference is listed, nothing is lost. */
class ReportMergeTest {

    @TempDir
    Path dir;

    @Test
    void theNewerVersionOfAClaimWinsAndTheDifferenceIsListed() throws Exception {
        Path mine = dir.resolve("mine.factdesk");
        Path theirs = dir.resolve("theirs.factdesk");
        String claimId;
        try (Workspace ana = WorkspaceFixtures.sample(mine, WorkspaceFixtures.at("ana", "2026-11-20T10:00:00Z"))) {
            String doc = ana.documents().list().get(0).id();
            String text = ana.documents().get(doc).text();
            int start = text.indexOf("casi la mitad");
            claimId = ana.claims().mark(doc, ClaimKind.FIGURE, start, start + 13).id();
            ana.reports().exportJson(dir.resolve("ana.json"));
        }
        try (Workspace ben = Workspace.create(theirs, WorkspaceFixtures.at("ben", "2026-11-21T10:00:00Z"))) {
            assertThat(ben.reports().importReport(dir.resolve("ana.json")).claimsAdded()).isEqualTo(1);
            ben.claims().update(claimId, c -> c.withVerdict(Verdict.MOSTLY_TRUE).withNote("FAO 2023"));
            ben.reports().exportJson(dir.resolve("ben.json"));
        }
        try (Workspace ana = Workspace.open(mine, false, WorkspaceFixtures.at("ana", "2026-11-22T10:00:00Z"))) {
            MergeResult merged = ana.reports().importReport(dir.resolve("ben.json"));
            assertThat(merged.claimsUpdated()).isEqualTo(1);
            assertThat(merged.documentsAlreadyPresent()).isEqualTo(1);
            assertThat(merged.differences()).singleElement().satisfies(difference -> {
                assertThat(difference.claimId()).isEqualTo(claimId);
                assertThat(difference.fields()).containsExactly("verdict", "note", "updatedAt");
                assertThat(difference.kept()).isEqualTo(Kept.REPORT);
            });
            Claim now = ana.claims().get(claimId);
            assertThat(now.verdict()).isEqualTo(Verdict.MOSTLY_TRUE);

            ana.claims().update(claimId, c -> c.withVerdict(Verdict.TRUE));
            MergeResult again = ana.reports().importReport(dir.resolve("ben.json"));
            assertThat(again.claimsKept()).isEqualTo(1);
            assertThat(again.differences()).singleElement().extracting(MergeResult.ClaimDifference::kept)
                    .isEqualTo(Kept.PROJECT);
            assertThat(ana.claims().get(claimId).verdict()).isEqualTo(Verdict.TRUE);
        }
    }

    @Test
    void aReportWhoseDocumentTextDiffersIsRejectedWhole() throws Exception {
        try (Workspace ana = WorkspaceFixtures.sample(dir.resolve("a.factdesk"),
                WorkspaceFixtures.at("ana", "2026-11-20T10:00:00Z"))) {
            ana.reports().exportJson(dir.resolve("a.json"));
        }
        String json = java.nio.file.Files.readString(dir.resolve("a.json"));
        // same document id, one word changed in its text (and its length kept), as a colleague's edited copy would be
        java.nio.file.Files.writeString(dir.resolve("edited.json"), json.replace("Hace cuatro años", "Hace quince años"));
        try (Workspace ana = Workspace.open(dir.resolve("a.factdesk"), false,
                WorkspaceFixtures.at("ana", "2026-11-21T10:00:00Z"))) {
            long before = ana.claims().list(null).size();
            org.assertj.core.api.Assertions.assertThatThrownBy(
                    () -> ana.reports().importReport(dir.resolve("edited.json")))
                    .isInstanceOf(ServiceException.class).hasMessageContaining("different text");
            assertThat(ana.claims().list(null)).hasSize((int) before);
        }
    }
}
