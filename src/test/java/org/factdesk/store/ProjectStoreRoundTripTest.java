package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;
import org.factdesk.model.Evidence;
import org.factdesk.model.Ids;
import org.factdesk.model.Verdict;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Documents and claims come back from the file exactly as they were saved. */
class ProjectStoreRoundTripTest {

    @TempDir
    Path folder;

    @Test
    void documentsWithEmojiAndParagraphsSurviveReopening() throws Exception {
        Path file = folder.resolve("kim.factdesk");
        Document document = StoreFixtures.document();
        try (ProjectStore store = ProjectStore.create(file)) {
            store.documents().insert(document);
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            assertThat(store.documents().find(document.id())).contains(document);
            assertThat(store.documents().findBySha256(document.sha256())).contains(document);
            assertThat(store.documents().find("missing")).isEmpty();
            assertThat(store.documents().list()).singleElement().satisfies(summary -> {
                assertThat(summary.id()).isEqualTo(document.id());
                assertThat(summary.title()).isEqualTo(document.title());
                assertThat(summary.length()).isEqualTo(document.text().length());
                assertThat(summary.codePointLength())
                        .isEqualTo(document.text().codePointCount(0, document.text().length()))
                        .as("the fixture has emoji, so the two lengths differ").isLessThan(summary.length());
                assertThat(summary.paragraphCount()).isEqualTo(document.paragraphs().size());
                assertThat(summary.importedAt()).isEqualTo(document.importedAt());
                assertThat(summary.claimCount()).isZero();
            });
            assertThat(store.meta().get(ProjectMeta.NAME)).contains("kim");
            assertThat(store.meta().get(ProjectMeta.CREATED_AT)).isPresent();
        }
    }

    @Test
    void claimsOfEveryKindKeepEveryField() throws Exception {
        Path file = folder.resolve("claims.factdesk");
        Document document = StoreFixtures.document();
        List<Claim> claims = StoreFixtures.everyKind(document.id());
        try (ProjectStore store = ProjectStore.create(file)) {
            store.documents().insert(document);
            store.claims().insertAll(claims);
        }
        try (ProjectStore store = ProjectStore.open(file)) {
            for (Claim claim : claims) {
                assertThat(store.claims().find(claim.id())).contains(claim);
            }
            Claim statement = store.claims().find(claims.get(0).id()).orElseThrow();
            assertThat(statement.tags()).containsExactly("zeta", "alpha", "hambre");
            assertThat(statement.evidence().get(0).accessed()).isEqualTo(LocalDate.of(2026, 11, 20));
            assertThat(store.claims().find(claims.get(2).id()).orElseThrow().figure().value())
                    .isEqualTo(new BigDecimal("1722217"));
            assertThat(store.claims().find(claims.get(3).id()).orElseThrow().figure().value())
                    .isEqualTo(new BigDecimal("0.5"));
            assertThat(store.claims().find(claims.get(1).id()).orElseThrow().attribution().speakerStart())
                    .isEqualTo(StoreFixtures.TEXT.indexOf("Kim"));
            assertThat(store.claims().listByDocument(document.id())).containsExactlyInAnyOrderElementsOf(claims);
            assertThat(store.claims().count()).isEqualTo(claims.size());
            assertThat(store.claims().distinctTags()).containsExactly("alpha", "cifras", "hambre", "zeta");
            assertThat(store.claims().countByKind(null)).containsExactlyInAnyOrderEntriesOf(Map.of(
                    ClaimKind.STATEMENT, 1, ClaimKind.ATTRIBUTION, 2, ClaimKind.FIGURE, 3,
                    ClaimKind.TRANSLATION_ISSUE, 1));
            assertThat(store.claims().countByKind(document.id()).get(ClaimKind.FIGURE)).isEqualTo(3);
            assertThat(store.documents().list().get(0).claimCount()).isEqualTo(claims.size());
        }
    }

    @Test
    void claimsStreamInDocumentOrderExactlyAsListed() throws Exception {
        Document document = StoreFixtures.document();
        List<Claim> claims = new ArrayList<>(StoreFixtures.everyKind(document.id()));
        // Two claims on the same span: the id decides their order.
        claims.add(StoreFixtures.statement(document.id()).withTags(List.of("b", "a")));
        try (ProjectStore store = ProjectStore.create(folder.resolve("order.factdesk"))) {
            store.documents().insert(document);
            store.claims().insertAll(claims);
            List<Claim> streamed = new ArrayList<>();
            store.claims().forEach(document.id(), streamed::add);

            List<Claim> expected = new ArrayList<>(claims);
            expected.sort(Comparator.<Claim>comparingInt(c -> c.target().start())
                    .thenComparingInt(c -> c.target().end()).thenComparing(Claim::id));
            assertThat(streamed).containsExactlyElementsOf(expected);
            assertThat(store.claims().listByDocument(document.id())).containsExactlyElementsOf(streamed);
        }
    }

    @Test
    void updateReplacesEveryFieldAndDeleteRemovesTagsAndEvidence() throws Exception {
        Document document = StoreFixtures.document();
        Claim claim = StoreFixtures.statement(document.id());
        try (ProjectStore store = ProjectStore.create(folder.resolve("update.factdesk"))) {
            store.documents().insert(document);
            store.claims().insert(claim);

            Claim changed = claim.withVerdict(Verdict.FALSE).withNote("otra").withTags(List.of("nuevo"))
                    .withEvidence(List.of(new Evidence("https://example.org/new", "t", null, null, "n")))
                    .withTarget(StoreFixtures.target(StoreFixtures.TEXT, "Fin.")).withUpdatedAt(StoreFixtures.T0
                            .plusSeconds(3600));
            store.claims().update(changed);
            assertThat(store.claims().find(claim.id())).contains(changed);
            assertThat(store.claims().distinctTags()).containsExactly("nuevo");

            assertThat(store.claims().delete(claim.id())).isTrue();
            assertThat(store.claims().delete(claim.id())).isFalse();
            assertThat(store.claims().find(claim.id())).isEmpty();
            assertThat(countRows(store, "claim_tag")).isZero();
            assertThat(countRows(store, "evidence")).isZero();
            assertThatThrownBy(() -> store.claims().update(changed)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("not in the project").hasMessageContaining("update.factdesk");
        }
    }

    @Test
    void deletingADocumentDeletesItsClaimsTagsAndEvidence() throws Exception {
        Document document = StoreFixtures.document();
        try (ProjectStore store = ProjectStore.create(folder.resolve("cascade.factdesk"))) {
            store.documents().insert(document);
            store.claims().insertAll(StoreFixtures.everyKind(document.id()));

            assertThat(store.documents().delete(document.id())).isTrue();
            assertThat(store.claims().count()).isZero();
            assertThat(countRows(store, "claim_tag")).isZero();
            assertThat(countRows(store, "evidence")).isZero();
            assertThat(store.documents().list()).isEmpty();
        }
    }

    @Test
    void idPrefixesFindDocumentsAndClaims() throws Exception {
        Document document = StoreFixtures.document("abc-1", StoreFixtures.TEXT);
        Document other = StoreFixtures.document("abd-2", StoreFixtures.TEXT);
        try (ProjectStore store = ProjectStore.create(folder.resolve("ids.factdesk"))) {
            store.documents().insert(document);
            store.documents().insert(other);
            Claim claim = StoreFixtures.statement(document.id());
            store.claims().insert(claim);

            assertThat(store.documents().idsStartingWith("ab")).containsExactly("abc-1", "abd-2");
            assertThat(store.documents().idsStartingWith("abc")).containsExactly("abc-1");
            assertThat(store.documents().idsStartingWith("x")).isEmpty();
            assertThat(store.claims().idsStartingWith(claim.id().substring(0, 6))).containsExactly(claim.id());
        }
    }

    @Test
    void aClaimOnAMissingDocumentIsRefusedWithAClearMessage() throws Exception {
        try (ProjectStore store = ProjectStore.create(folder.resolve("fk.factdesk"))) {
            Claim orphan = StoreFixtures.statement(Ids.newId());
            assertThatThrownBy(() -> store.claims().insert(orphan)).isInstanceOf(StoreException.class)
                    .hasMessageContaining("Unable to save claim " + orphan.id().substring(0, 8))
                    .hasMessageContaining("fk.factdesk")
                    .hasMessageContaining("refers to a document or claim that is not in the project");
            assertThat(store.claims().count()).isZero();
        }
    }

    static int countRows(ProjectStore store, String table) {
        return store.database().read("count", connection -> {
            try (var statement = connection.createStatement();
                    var rows = statement.executeQuery("SELECT count(*) FROM " + table)) {
                rows.next();
                return rows.getInt(1);
            }
        });
    }
}
