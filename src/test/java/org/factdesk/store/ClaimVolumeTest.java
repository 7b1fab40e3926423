package org.factdesk.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.factdesk.model.Claim;
import org.factdesk.model.Document;
import org.factdesk.model.Evidence;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Many claims with varying numbers of tags and evidence cross every insert chunk boundary and come back intact. */
class ClaimVolumeTest {

    @TempDir
    Path folder;

    @Test
    void thousandsOfClaimsWithTagsAndEvidenceComeBackInDocumentOrder() throws Exception {
        Random random = new Random(20261124);
        Document document = StoreFixtures.document();
        List<Claim> claims = new ArrayList<>();
        for (int i = 0; i < 2500; i++) {
            List<String> tags = new ArrayList<>();
            for (int t = random.nextInt(4); t > 0; t--) {
                tags.add("tag-" + random.nextInt(30));
            }
            List<Evidence> evidence = new ArrayList<>();
            for (int e = random.nextInt(3); e > 0; e--) {
                evidence.add(new Evidence("https://example.org/" + i + "/" + e, "título " + e,
                        LocalDate.of(2026, 1 + random.nextInt(12), 1 + random.nextInt(28)), null, null));
            }
            int start = random.nextInt(StoreFixtures.TEXT.length() - 5);
            while (hasSurrogate(StoreFixtures.TEXT.substring(start, start + 3))) {
                start = random.nextInt(StoreFixtures.TEXT.length() - 5); // spans never split an emoji
            }
            claims.add(StoreFixtures.statement(document.id()).withTags(tags).withEvidence(evidence)
                    .withTarget(StoreFixtures.target(StoreFixtures.TEXT, StoreFixtures.TEXT.substring(start,
                            start + 3))));
        }
        Path file = folder.resolve("volume.factdesk");
        try (ProjectStore store = ProjectStore.create(file)) {
            store.inTransaction(() -> {
                store.documents().insert(document);
                store.claims().insertAll(claims.subList(0, 1000));
            });
            store.claims().insertAll(claims.subList(1000, claims.size()));
        }
        List<Claim> expected = new ArrayList<>(claims);
        expected.sort(Comparator.<Claim>comparingInt(c -> c.target().start()).thenComparingInt(c -> c.target().end())
                .thenComparing(Claim::id));
        try (ProjectStore store = ProjectStore.open(file)) {
            List<Claim> streamed = new ArrayList<>();
            store.claims().forEach(document.id(), streamed::add);
            assertThat(streamed).containsExactlyElementsOf(expected);
            assertThat(store.claims().count()).isEqualTo(2500);
        }
    }

    private static boolean hasSurrogate(String text) {
        return text.chars().anyMatch(c -> Character.isSurrogate((char) c));
    }
}
