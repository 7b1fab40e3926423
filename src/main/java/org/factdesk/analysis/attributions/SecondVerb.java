package org.factdesk.analysis.attributions;

/**
 * Finds "… y pidió a …", "… and urged …" after reported words: an optional comma, white space, "y", "e" or "and",
 * white space, optionally "también", "además" or "also" and white space, then a lower-case letter (the verb, not
 * read). A scan by hand of what was the regex {@code ,?\s+(?:y|e|and)\s+(?:(?:también|además|also)\s+)?(?=\p{Ll})}
 * (case-sensitive), searched in every reported clause: it was a twentieth of the attribution analysis.
 */
final class SecondVerb {

    private static final String[] ADVERBS = {"también", "además", "also"};

    private SecondVerb() {
    }

    /** Where the first match in chars[from, to) starts, as the regex's find; -1 if none. */
    static int find(char[] chars, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if ((c == ',' || isSpace(c)) && end(chars, i, to) >= 0) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Where a match that starts at {@code at} ends (at the verb), as the regex's lookingAt in chars[at, to); -1 if none
     * starts there.
     */
    static int end(char[] chars, int at, int to) {
        if (at < to && chars[at] == ',') {
            int end = afterComma(chars, at + 1, to);
            if (end >= 0) {
                return end;
            }
        }
        return afterComma(chars, at, to);
    }

    private static int afterComma(char[] chars, int at, int to) {
        if (at >= to || !isSpace(chars[at])) {
            return -1;
        }
        int word = skipSpaces(chars, at, to);
        int wordEnd;
        if (word < to && (chars[word] == 'y' || chars[word] == 'e')) {
            wordEnd = word + 1;
        } else if (word + 3 <= to && chars[word] == 'a' && chars[word + 1] == 'n' && chars[word + 2] == 'd') {
            wordEnd = word + 3;
        } else {
            return -1;
        }
        if (wordEnd >= to || !isSpace(chars[wordEnd])) {
            return -1;
        }
        int verb = skipSpaces(chars, wordEnd, to);
        for (String adverb : ADVERBS) {
            int adverbEnd = verb + adverb.length();
            if (adverbEnd < to && startsWith(chars, verb, adverb) && isSpace(chars[adverbEnd])) {
                int after = skipSpaces(chars, adverbEnd, to);
                if (lowerCaseLetterAt(chars, after, to)) {
                    return after;
                }
            }
        }
        return lowerCaseLetterAt(chars, verb, to) ? verb : -1;
    }

    private static boolean startsWith(char[] chars, int at, String word) {
        for (int k = 0; k < word.length(); k++) {
            if (chars[at + k] != word.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The regex's {@code \p{Ll}} at {@code at}: a lower-case letter, read as a code point, ending by {@code to}. */
    private static boolean lowerCaseLetterAt(char[] chars, int at, int to) {
        if (at >= to) {
            return false;
        }
        int cp = Character.codePointAt(chars, at);
        return at + Character.charCount(cp) <= to && Character.getType(cp) == Character.LOWERCASE_LETTER;
    }

    private static int skipSpaces(char[] chars, int at, int to) {
        while (at < to && isSpace(chars[at])) {
            at++;
        }
        return at;
    }

    /** The regex's {@code \s}: ASCII white space only. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }
}
