package org.factdesk.analysis.attributions;

import java.util.HashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.analysis.CharTable;

/**
 * Runs a regex's lookingAt only at words that can start one of its matches. Whether a word can is asked of the regex
 * once per distinct word, on the word alone: a failed match that did not hit the end of its input ({@link
 * Matcher#hitEnd}) fails whatever follows, so the regex need not run at that word again. The time phrases regex tried
 * some forty alternatives at every word after a speech verb, a tenth of the time spent on each verb. One per analysis;
 * not thread-safe.
 */
final class WordStartFilter {

    private final Pattern pattern;
    private final Matcher matcher;
    private final Map<String, Boolean> canStart = new HashMap<>();

    /**
     * @param pattern the regex
     * @param text    the text it is run on
     */
    WordStartFilter(Pattern pattern, String text) {
        this.pattern = pattern;
        this.matcher = pattern.matcher(text);
    }

    /**
     * Where the regex's match that starts at {@code at} ends, as its lookingAt in text[at, to); -1 if none.
     *
     * @param chars the text's chars
     */
    int lookingAt(char[] chars, int at, int to) {
        int wordEnd = at;
        while (wordEnd < to && CharTable.isLetterOrDigit(chars[wordEnd])) {
            wordEnd++;
        }
        String word = new String(chars, at, wordEnd - at);
        Boolean possible = canStart.get(word);
        if (possible == null) {
            Matcher alone = pattern.matcher(word);
            possible = alone.lookingAt() || alone.hitEnd();
            canStart.put(word, possible);
        }
        if (!possible) {
            return -1;
        }
        matcher.region(at, to);
        return matcher.lookingAt() ? matcher.end() : -1;
    }
}
