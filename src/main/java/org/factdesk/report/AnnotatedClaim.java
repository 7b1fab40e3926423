package org.factdesk.report;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Verdict;

/**
 * One annotation of a W3C Web Annotation file, as {@link AnnotationReader} reads it. Offsets are still code points
 * of the targeted text (the reader does not know that text); the caller converts and anchors them.
 *
 * @param claimId the claim id from a Factdesk annotation id, or {@code null} for an annotation made elsewhere
 * @param source the IRI of the targeted article
 * @param start start of the TextPositionSelector in code points, or {@code null} when there is none
 * @param end end of the TextPositionSelector in code points, or {@code null} when there is none
 * @param speaker the identifying body's value, or {@code null}
 * @param author the creator's name, or {@code ""}
 * @param created the creation time, or {@code null} when the annotation has none
 * @param modified the time of the last change, or {@code null}
 * @param path the JSON path of the annotation in its file, for messages
 */
public record AnnotatedClaim(
        String claimId,
        String source,
        Integer start,
        Integer end,
        String exact,
        String prefix,
        String suffix,
        ClaimKind kind,
        Verdict verdict,
        String note,
        List<String> tags,
        String speaker,
        List<String> evidenceUrls,
        String author,
        Instant created,
        Instant modified,
        String path) {

    public AnnotatedClaim {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(exact, "exact");
        tags = List.copyOf(tags);
        evidenceUrls = List.copyOf(evidenceUrls);
    }
}
