package org.factdesk.text;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.Language;

/** Temporary stand-in for the real segmenter: ICU sentences per line, trimmed. */
public final class Segmenter {

    private Segmenter() {
    }

    /** The sentences of {@code text}, per line, trimmed of surrounding whitespace. */
    public static List<TextSpan> sentences(String text, Language language) {
        ULocale locale = language == Language.EN ? ULocale.ENGLISH
                : language == Language.ES ? new ULocale("es") : ULocale.ROOT;
        BreakIterator breaker = BreakIterator.getSentenceInstance(locale);
        List<TextSpan> sentences = new ArrayList<>();
        int lineStart = 0;
        int length = text.length();
        while (lineStart <= length) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            String line = text.substring(lineStart, lineEnd);
            breaker.setText(line);
            int start = breaker.first();
            for (int end = breaker.next(); end != BreakIterator.DONE; start = end, end = breaker.next()) {
                int from = start;
                int to = end;
                while (from < to && Character.isWhitespace(line.charAt(from))) {
                    from++;
                }
                while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
                    to--;
                }
                if (from < to) {
                    sentences.add(new TextSpan(lineStart + from, lineStart + to));
                }
            }
            lineStart = lineEnd + 1;
        }
        return sentences;
    }
}
