package org.factdesk.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Evidence;
import org.factdesk.model.Origin;
import org.factdesk.model.Verdict;
import org.factdesk.text.Targets;

/** Generated data of stated sizes for the benchmarks: articles built from the sample, claims on word spans. */
final class BenchData {

    static final Path SAMPLE = Path.of("assets", "kim-putin-summit-es.txt");

    private BenchData() {
    }

    /** An article of at least {@code bytes} UTF-8 bytes: the sample's paragraphs, numbered, with an emoji now and then. */
    static String article(int bytes) {
        List<String> paragraphs;
        try {
            paragraphs = Files.readAllLines(SAMPLE, StandardCharsets.UTF_8).stream().filter(p -> !p.isBlank()).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        StringBuilder text = new StringBuilder(bytes + 1024);
        int size = 0;
        for (int i = 0; size < bytes; i++) {
            String paragraph = (i % 50 == 0 ? "📰 " : "") + "(" + i + ") " + paragraphs.get(i % paragraphs.size());
            text.append(paragraph).append('\n');
            size += paragraph.getBytes(StandardCharsets.UTF_8).length + 1;
        }
        return text.toString();
    }

    /** {@code count} claims on random word spans of the text, in text order, each with a tag, some with evidence. */
    static List<Claim> claims(String documentId, String text, int count, long seed) {
        Random random = new Random(seed);
        List<int[]> words = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= text.length(); i++) {
            boolean letter = i < text.length() && Character.isLetterOrDigit(text.charAt(i));
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                words.add(new int[] {start, i});
                start = -1;
            }
        }
        ClaimKind[] kinds = {ClaimKind.STATEMENT, ClaimKind.ATTRIBUTION, ClaimKind.FIGURE};
        Verdict[] verdicts = Verdict.values();
        Instant now = Instant.parse("2026-11-25T10:00:00Z");
        List<Claim> claims = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int first = (int) ((long) i * (words.size() - 4) / count);
            int[] from = words.get(first);
            int[] to = words.get(first + random.nextInt(3));
            Claim claim = Claim.create(documentId, kinds[i % 3], Targets.of(text, from[0], to[1]), "bench",
                    Origin.MANUAL, now)
                    .withVerdict(verdicts[random.nextInt(verdicts.length)])
                    .withNote(i % 4 == 0 ? "Checked against the agency's wire, note " + i : "")
                    .withTags(List.of("tag-" + (i % 20)));
            if (i % 10 == 0) {
                claim = claim.withEvidence(List.of(new Evidence("https://example.org/source/" + i, "Source " + i,
                        null, null, null)));
            }
            claims.add(claim);
        }
        return claims;
    }
}
