package org.factdesk.service;

import java.util.List;
import org.factdesk.model.Document;

/**
 * Two versions of an article and where each claim stands in both: the claims of the new version (unchanged, moved,
 * changed or new) and the orphans left on the previous version, in the new version's document order, orphans last;
 * and the word differences of the two texts (UTF-16 spans deleted from the previous text, inserted in the new one).
 */
public record VersionComparison(Document previous, Document current, List<ClaimPlacement> claims,
        List<Span> deleted, List<Span> inserted) {

    /** A UTF-16 span [start, end) of one of the texts. */
    public record Span(int start, int end) {
    }

    public VersionComparison {
        claims = List.copyOf(claims);
        deleted = List.copyOf(deleted);
        inserted = List.copyOf(inserted);
    }
}
