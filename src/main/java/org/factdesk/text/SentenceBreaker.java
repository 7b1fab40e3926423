package org.factdesk.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.FilteredBreakIteratorBuilder;
import com.ibm.icu.util.ULocale;
import org.factdesk.model.Language;

/**
 * ICU's sentence boundaries for one language, with ICU's own list of abbreviations after which a period does not end
 * a sentence. Plain paragraphs (nearly all) are cut by {@link PlainSentenceBreakIterator}, several times faster
 * than ICU's rule-driven iterator and with the same boundaries; any other paragraph by ICU's iterator. Both sit under
 * the same ICU abbreviation filter. Not thread-safe: one per language and thread.
 */
final class SentenceBreaker {

    private final BreakIterator icu;
    private final PlainSentenceBreakIterator plain = new PlainSentenceBreakIterator();
    private final BreakIterator filteredPlain;

    SentenceBreaker(Language language) {
        ULocale locale = switch (language) {
            case ES -> new ULocale("es");
            case EN -> ULocale.ENGLISH;
            case UNDETERMINED -> ULocale.ROOT;
        };
        icu = FilteredBreakIteratorBuilder.getInstance(locale)
                .wrapIteratorWithFilter(BreakIterator.getSentenceInstance(locale));
        filteredPlain = FilteredBreakIteratorBuilder.getInstance(locale).wrapIteratorWithFilter(plain);
    }

    /**
     * An iterator over the sentence boundaries of text[from, to), counted from {@code from} as in
     * {@code text.substring(from, to)}, valid until the next call.
     */
    BreakIterator over(String text, int from, int to) {
        if (plain.setPlainText(text, from, to)) {
            // the filter keeps no state of its own: it reads the text back from the iterator it wraps
            return filteredPlain;
        }
        icu.setText(text.substring(from, to));
        return icu;
    }
}
