package org.factdesk.analysis.qa;

import java.util.List;
import java.util.Locale;
import org.factdesk.model.Language;

/** A general grammar and style checker run beside our own translation checks (LanguageTool in production). */
public interface GrammarChecker {

    /** Whether it has rules for this language; texts in other languages give no issues. */
    boolean supports(Language language);

    /**
     * Prepares the rules of a language so that the first {@link #check} does not pay for it. Slow (seconds): call it
     * on a background thread.
     */
    void warmUp(Language language);

    /**
     * Checks a text.
     *
     * @param text the normalised text (LF line breaks, one paragraph per line)
     * @param language its language; a language it does not support gives no issues
     * @param uiLocale the language of the messages, where the checker can honour it
     * @return the issues, UTF-16 offsets into {@code text}, check ids prefixed with the checker's name
     */
    List<QaIssue> check(String text, Language language, Locale uiLocale);
}
