package org.factdesk.service;

import java.util.List;
import org.factdesk.model.Document;

/**
 * Two versions of an article and where each claim stands in both: the claims of the new version (unchanged, moved,
 * changed or new) and the orphans left on the previous version, in the new version's document order, orphans last.
 */
public record VersionComparison(Document previous, Document current, List<ClaimPlacement> claims) {

    public VersionComparison {
        claims = List.copyOf(claims);
    }
}
