package org.factdesk.service;

import java.util.List;

/** What {@code factdesk analyze} prints: the document read and the claims Factdesk suggests in it. */
public record AnalysisResult(DocumentSummary document, List<SuggestionView> suggestions) {

    /** The analysed file: its name, language and length in code points. */
    public record DocumentSummary(String file, String language, int length) {
    }
}
