package org.factdesk.analysis.qa;

import java.util.List;

/** One translation check with one job; {@link TranslationChecker} runs them all and merges what they find. */
public interface QaCheck {

    /**
     * Looks for one kind of slip.
     *
     * @param context the target text, already split into paragraphs, sentences and words, and the source if any
     * @return the issues found, in any order; never {@code null}
     */
    List<QaIssue> run(CheckContext context);
}
