package org.factdesk.service;

import java.util.List;

/**
 * What importing a report into a project did. A claim found on both sides with different content is listed in
 * {@code differences} with the side that was kept: the one updated last.
 */
public record MergeResult(
        int documentsAdded,
        int documentsAlreadyPresent,
        int claimsAdded,
        int claimsUpdated,
        int claimsKept,
        int claimsUnchanged,
        List<ClaimDifference> differences) {

    public MergeResult {
        differences = List.copyOf(differences);
    }

    /** Which version of a claim a merge kept. */
    public enum Kept { REPORT, PROJECT }

    /** A claim that differs between the project and the report, the fields that differ, and the version kept. */
    public record ClaimDifference(String claimId, List<String> fields, Kept kept) {
        public ClaimDifference {
            fields = List.copyOf(fields);
        }
    }
}
