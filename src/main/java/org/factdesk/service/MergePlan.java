package org.factdesk.service;

import java.nio.file.Path;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Document;

/**
 * What merging a colleague's report would do, worked out without changing the project: the documents it adds and,
 * claim by claim, whether it is new, updated, conflicting or unchanged, with the fields that differ. Apply it with
 * {@link ReportService#applyMerge}, choosing a side for each conflict.
 */
public final class MergePlan {

    /** What a claim of the report is to the project. */
    public enum Change {
        /** Not in the project, never was: it is added. */
        NEW,
        /** Changed in the report only: the report's version is taken. */
        UPDATED,
        /** Changed on both sides (or deleted here and kept there): the user chooses, the newer side by default. */
        CONFLICT,
        /** The same on both sides, or the report has an older version of it: nothing to do. */
        UNCHANGED
    }

    /** Which version of a conflicting claim to keep. */
    public enum Side { MINE, THEIRS }

    /** One field that differs, as text for the user ({@code null} when the side has no claim). */
    public record FieldDifference(String field, String mine, String theirs) {
    }

    /**
     * One claim of the report and its counterpart in the project.
     *
     * @param mine the project's version, or {@code null} if it is new or was deleted here
     * @param mineUpdatedAt when the project's version last changed (its deletion, for a claim deleted here)
     * @param deletedHere whether the project deleted this claim, which the report still has
     * @param newer the side changed last, the default choice for a conflict
     */
    public record ClaimChange(Change change, Claim mine, Claim theirs, Instant mineUpdatedAt, boolean deletedHere,
            List<FieldDifference> differences, Side newer) {

        public ClaimChange {
            Objects.requireNonNull(change, "change");
            Objects.requireNonNull(theirs, "theirs");
            differences = List.copyOf(differences);
        }

        public String claimId() {
            return theirs.id();
        }

        public ClaimKind kind() {
            return theirs.kind();
        }
    }

    private final Path file;
    private final List<Document> newDocuments;
    private final int documentsPresent;
    private final List<ClaimChange> claims;

    MergePlan(Path file, List<Document> newDocuments, int documentsPresent, List<ClaimChange> claims) {
        this.file = file;
        this.newDocuments = List.copyOf(newDocuments);
        this.documentsPresent = documentsPresent;
        this.claims = List.copyOf(claims);
    }

    /** The report file the plan was made from. */
    public Path file() {
        return file;
    }

    /** Documents of the report not in the project, added by the merge. */
    public List<Document> newDocuments() {
        return newDocuments;
    }

    public int documentsPresent() {
        return documentsPresent;
    }

    /** Every claim of the report, in report order. */
    public List<ClaimChange> claims() {
        return claims;
    }

    public List<ClaimChange> conflicts() {
        return claims.stream().filter(c -> c.change() == Change.CONFLICT).toList();
    }

    /** How many claims of each kind of change. */
    public Map<Change, Integer> counts() {
        Map<Change, Integer> counts = new EnumMap<>(Change.class);
        for (Change change : Change.values()) {
            counts.put(change, 0);
        }
        claims.forEach(c -> counts.merge(c.change(), 1, Integer::sum));
        return counts;
    }

    public int count(Change change) {
        return counts().get(change);
    }
}
