package org.factdesk.service;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Evidence;
import org.factdesk.model.Verdict;

/**
 * The child of {@link CrashSafetyTest}: keeps marking, editing and deleting claims of the project's first document
 * through the real services, and prints each change on standard output only after its commit has returned, until it
 * is killed. Before each change it prints what it is about to do, so the parent knows the one change that may have
 * been in flight. Arguments: project file, random seed.
 */
public final class CrashWorkerMain {

    private CrashWorkerMain() {
    }

    public static void main(String[] args) throws Exception {
        PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        Random random = new Random(Long.parseLong(args[1]));
        try (Workspace workspace = Workspace.open(Path.of(args[0]), false, Session.ofSystemUser())) {
            String documentId = workspace.documents().list().get(0).id();
            String text = workspace.documents().get(documentId).text();
            List<String> live = new ArrayList<>(workspace.claims().list(documentId).stream().map(Claim::id).toList());
            for (long n = 0; ; n++) {
                if (n == 1) {
                    out.println("READY"); // after one whole change: classes loaded, so the kills land among writes
                }
                int dice = random.nextInt(10);
                if (live.isEmpty() || dice < 5) {
                    int start = random.nextInt(text.length() - 40);
                    while (Character.isWhitespace(text.charAt(start))) {
                        start++; // a span of white space is refused: start on a word
                    }
                    int end = start + 1 + random.nextInt(30);
                    ClaimKind kind = ClaimKind.values()[random.nextInt(3)];
                    Verdict verdict = Verdict.values()[random.nextInt(Verdict.values().length)];
                    String note = "note " + n;
                    List<String> tags = tags(random, n);
                    List<Evidence> evidence = evidence(random, n);
                    out.println(CrashLine.intent("mark", "-", verdict, note, tags, evidence));
                    Claim claim = workspace.claims().markAtCodePoints(documentId, kind, start, end,
                            c -> c.withVerdict(verdict).withNote(note).withTags(tags).withEvidence(evidence));
                    live.add(claim.id());
                    out.println(CrashLine.ack("mark", claim));
                } else if (dice < 8) {
                    String id = live.get(random.nextInt(live.size()));
                    Verdict verdict = Verdict.values()[random.nextInt(Verdict.values().length)];
                    String note = "edited " + n;
                    List<String> tags = tags(random, n);
                    List<Evidence> evidence = evidence(random, n);
                    out.println(CrashLine.intent("edit", id, verdict, note, tags, evidence));
                    Claim claim = workspace.claims().update(id,
                            c -> c.withVerdict(verdict).withNote(note).withTags(tags).withEvidence(evidence));
                    out.println(CrashLine.ack("edit", claim));
                } else {
                    String id = live.remove(random.nextInt(live.size()));
                    out.println(CrashLine.intent("delete", id, null, "", List.of(), List.of()));
                    Claim claim = workspace.claims().delete(id);
                    out.println(CrashLine.ack("delete", claim));
                }
            }
        }
    }

    private static List<String> tags(Random random, long n) {
        List<String> tags = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            tags.add("tag-" + n + "-" + i);
        }
        return tags;
    }

    private static List<Evidence> evidence(Random random, long n) {
        List<Evidence> evidence = new ArrayList<>();
        for (int i = random.nextInt(3); i > 0; i--) {
            evidence.add(new Evidence("https://example.org/" + n + "/" + i, "Source " + i, LocalDate.of(2026, 11, i),
                    null, "checked " + n));
        }
        return evidence;
    }
}
