package org.factdesk.service;

import java.util.List;

/**
 * What importing a W3C Web Annotation file did.
 *
 * @param added claims added
 * @param reanchored of those, claims whose quoted text was found elsewhere than the file's position said (the
 *     article's text differs)
 * @param alreadyPresent annotations whose claim the project already has (left as they are)
 * @param notPlaced annotations whose quoted text is nowhere in the article: not imported, listed here
 */
public record AnnotationImportResult(int added, int reanchored, int alreadyPresent, List<NotPlaced> notPlaced) {

    public AnnotationImportResult {
        notPlaced = List.copyOf(notPlaced);
    }

    /** An annotation that could not be placed: where it is in the file and the text it quotes. */
    public record NotPlaced(String path, String exact) {
    }
}
