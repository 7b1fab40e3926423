package org.factdesk.service;

import java.util.List;
import org.factdesk.model.Claim;
import org.factdesk.model.Evidence;
import org.factdesk.model.Verdict;

/**
 * One line of {@link CrashWorkerMain}'s output: what a change sets (verdict, note, tags, evidence URLs), either about
 * to be done ({@code INTENT}) or committed ({@code ACK}, with the claim's id). The parent compares the reopened
 * project's claims with these.
 */
record CrashLine(String type, String op, String id, String verdict, String note, String tags, String evidence) {

    static String intent(String op, String id, Verdict verdict, String note, List<String> tags,
            List<Evidence> evidence) {
        return String.join("\t", "INTENT", op, id, verdict == null ? "-" : verdict.id(), note, String.join(",", tags),
                String.join(",", evidence.stream().map(Evidence::url).toList()));
    }

    static String ack(String op, Claim claim) {
        return String.join("\t", "ACK", op, claim.id(), claim.verdict().id(), claim.note(),
                String.join(",", claim.tags()),
                String.join(",", claim.evidence().stream().map(Evidence::url).toList()));
    }

    /** The line parsed, or {@code null} when it is not a whole line of this form (a line cut by the kill). */
    static CrashLine parse(String line) {
        String[] f = line.split("\t", -1);
        if (f.length != 7 || !(f[0].equals("INTENT") || f[0].equals("ACK"))) {
            return null;
        }
        return new CrashLine(f[0], f[1], f[2], f[3], f[4], f[5], f[6]);
    }

    /** Whether the claim holds exactly what this line says: verdict, note, tags and evidence, all or nothing. */
    boolean describes(Claim claim) {
        return claim.verdict().id().equals(verdict) && claim.note().equals(note)
                && String.join(",", claim.tags()).equals(tags)
                && String.join(",", claim.evidence().stream().map(Evidence::url).toList()).equals(evidence);
    }
}
