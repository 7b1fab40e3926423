package org.factdesk.service;

import java.util.List;
import org.factdesk.service.ClaimPlacement.Status;

/**
 * What importing a new version of an article did: the new document, the version it follows, and where each claim
 * of that version went. Orphans stay on the previous version.
 */
public record VersionImport(DocumentInfo document, String previousId, List<ClaimPlacement> claims) {

    public VersionImport {
        claims = List.copyOf(claims);
    }

    public int unchanged() {
        return count(Status.UNCHANGED);
    }

    public int moved() {
        return count(Status.MOVED);
    }

    public int changed() {
        return count(Status.CHANGED);
    }

    public int orphaned() {
        return count(Status.ORPHANED);
    }

    private int count(Status status) {
        return (int) claims.stream().filter(c -> c.status() == status).count();
    }
}
