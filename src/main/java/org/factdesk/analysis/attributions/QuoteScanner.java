package org.factdesk.analysis.attributions;

import java.util.ArrayList;
import java.util.List;
import org.factdesk.analysis.CharTable;

/**
 * Finds quoted segments in «», “”, "" and ‘’ paragraph by paragraph (one paragraph per line). A quote still open at the
 * end of its paragraph ends there, and is chained to a quote that opens the next paragraph (the convention for a quote
 * over several paragraphs). A quote cut by its speech verb between dashes («… —explicó—. …») becomes two segments.
 */
final class QuoteScanner {

    private static final char NONE = 0;
    /** Longest run of text between the dashes of an interruption such as "—explicó el ministro—". */
    private static final int MAX_INTERRUPTION = 100;

    private final PhraseTrie cues;

    QuoteScanner(PhraseTrie cues) {
        this.cues = cues;
    }

    /** The quotes of the text, in order; {@code lineStarts} holds the start of every line. */
    List<Quote> scan(char[] text, int[] lineStarts) {
        List<Quote> quotes = new ArrayList<>();
        int chains = 0;
        Quote openAtPreviousParagraph = null;
        for (int line = 0; line < lineStarts.length; line++) {
            int lineStart = lineStarts[line];
            int lineEnd = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length;
            int first = skipSpace(text, lineStart, lineEnd);
            if (first == lineEnd) {
                continue;
            }
            int before = quotes.size();
            scanLine(text, lineStart, lineEnd, line, quotes);
            if (openAtPreviousParagraph != null && quotes.size() > before
                    && quotes.get(before).openMark() == first) {
                int chain = openAtPreviousParagraph.chain() >= 0 ? openAtPreviousParagraph.chain() : chains++;
                int previousIndex = indexOf(quotes, openAtPreviousParagraph);
                quotes.set(previousIndex, openAtPreviousParagraph.withChain(chain));
                quotes.set(before, quotes.get(before).withChain(chain));
            }
            openAtPreviousParagraph = null;
            if (quotes.size() > before) {
                Quote last = quotes.get(quotes.size() - 1);
                if (last.closeMark() < 0 && last.openMark() >= 0 && last.end() >= trimEnd(text, lineStart, lineEnd)) {
                    openAtPreviousParagraph = last;
                }
            }
        }
        return quotes;
    }

    private static int indexOf(List<Quote> quotes, Quote quote) {
        for (int i = quotes.size() - 1; i >= 0; i--) {
            if (quotes.get(i) == quote) {
                return i;
            }
        }
        return -1;
    }

    private void scanLine(char[] text, int lineStart, int lineEnd, int paragraph, List<Quote> out) {
        int first = skipSpace(text, lineStart, lineEnd);
        if (first + 1 < lineEnd && (text[first] == '—' || text[first] == '―')
                && !CharTable.isWhitespace(text[first + 1])) {
            // A line of dialogue ("—No hemos venido … —replicó la ministra—. …"): the line is the quote.
            add(text, first, lineEnd, lineEnd, paragraph, out);
            return;
        }
        char open = NONE;
        int openPos = -1;
        for (int i = lineStart; i < lineEnd; i++) {
            char c = text[i];
            if (open == NONE) {
                if (c == '«' || c == '“') {
                    open = c;
                    openPos = i;
                } else if (c == '"' && isStraightOpener(text, i, lineStart, lineEnd)) {
                    open = c;
                    openPos = i;
                } else if (c == '‘' && (i == lineStart || !CharTable.isLetterOrDigit(text[i - 1]))) {
                    open = c;
                    openPos = i;
                }
            } else if (closes(open, text, i, lineEnd)) {
                add(text, openPos, i, i, paragraph, out);
                open = NONE;
            }
        }
        if (open != NONE) {
            add(text, openPos, lineEnd, -1, paragraph, out);
        }
    }

    private static boolean closes(char open, char[] text, int i, int lineEnd) {
        char c = text[i];
        switch (open) {
            case '«':
                return c == '»';
            case '“':
                return c == '”';
            case '"':
                return c == '"';
            default:
                return c == '’' && (i + 1 == lineEnd || !CharTable.isLetter(text[i + 1]));
        }
    }

    private static boolean isStraightOpener(char[] text, int i, int lineStart, int lineEnd) {
        if (i + 1 >= lineEnd || CharTable.isWhitespace(text[i + 1])) {
            return false;
        }
        if (i == lineStart) {
            return true;
        }
        char previous = text[i - 1];
        return CharTable.isWhitespace(previous) || "([{—–-/:«“‘¿¡".indexOf(previous) >= 0;
    }

    /** Adds the quote with marks at openPos and closePos (-1: none), split where its speech verb cuts it. */
    private void add(char[] text, int openPos, int contentEnd, int closePos, int paragraph, List<Quote> out) {
        int start = skipSpace(text, openPos + 1, contentEnd);
        int end = trimEnd(text, start, contentEnd);
        int open = openPos;
        while (start < end) {
            int[] cut = interruption(text, start, end);
            if (cut == null) {
                break;
            }
            int partEnd = trimEnd(text, start, cut[0]);
            if (partEnd > start) {
                out.add(new Quote(start, partEnd, open, -1, paragraph, -1));
            }
            open = -1;
            start = cut[1];
        }
        if (start < end) {
            out.add(new Quote(start, end, open, closePos, paragraph, -1));
        }
    }

    /** The dash that starts an interruption "—dijo X—" inside [from, to) and where the quote resumes, or null. */
    private int[] interruption(char[] text, int from, int to) {
        for (int i = nextDash(text, from + 1, to - 1); i >= 0; i = nextDash(text, i + 1, to - 1)) {
            char c = text[i];
            if (CharTable.isLowerCase(text[i + 1]) && cues.match(text, afterClitic(text, i + 1, to), to) > 0) {
                int limit = Math.min(to, i + MAX_INTERRUPTION);
                for (int j = i + 1; j < limit; j++) {
                    char d = text[j];
                    if (d == c) {
                        int resume = j + 1;
                        while (resume < to && (CharTable.isWhitespace(text[resume])
                                || ".,;:".indexOf(text[resume]) >= 0)) {
                            resume++;
                        }
                        return new int[] {i, resume};
                    }
                }
                if (to - i < MAX_INTERRUPTION && ".!?…".indexOf(text[to - 1]) >= 0 && noStop(text, i + 1, to - 1)) {
                    // "—No con esa magnitud —respondió el acusado.": the verb clause ends the line, no closing dash
                    return new int[] {i, to};
                }
                return null;
            }
        }
        return null;
    }

    /** Past an unstressed pronoun before a verb ("—le preguntó", "—me contó", "—se lamentó"), or from itself. */
    private static int afterClitic(char[] text, int from, int to) {
        int end = from;
        while (end < to && CharTable.isLowerCase(text[end])) {
            end++;
        }
        boolean clitic = is(text, from, end, "le") || is(text, from, end, "les") || is(text, from, end, "me")
                || is(text, from, end, "te") || is(text, from, end, "nos") || is(text, from, end, "se")
                || is(text, from, end, "lo") || is(text, from, end, "la");
        return clitic && end < to && text[end] == ' ' ? end + 1 : from;
    }

    /** Whether text[from, to) is the word. */
    private static boolean is(char[] text, int from, int to, String word) {
        if (to - from != word.length()) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            if (text[from + i] != word.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Whether [from, to) holds no sentence stop, so that a speech verb clause runs to the end of the line. */
    private static boolean noStop(char[] text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (".!?…«»“”\"".indexOf(text[i]) >= 0) {
                return false;
            }
        }
        return true;
    }

    /** The first em or en dash in [from, to), or -1. */
    private static int nextDash(char[] text, int from, int to) {
        if (from >= to) {
            return -1;
        }
        for (int i = from; i < to; i++) {
            char c = text[i];
            if (c == '—' || c == '–') {
                return i;
            }
        }
        return -1;
    }

    static int skipSpace(char[] text, int from, int to) {
        int i = from;
        while (i < to && CharTable.isWhitespace(text[i])) {
            i++;
        }
        return i;
    }

    static int trimEnd(char[] text, int from, int to) {
        int i = to;
        while (i > from && CharTable.isWhitespace(text[i - 1])) {
            i--;
        }
        return i;
    }
}
