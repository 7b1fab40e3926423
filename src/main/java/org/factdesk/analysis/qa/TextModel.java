package org.factdesk.analysis.qa;

import java.util.Arrays;
import java.util.Locale;
import org.factdesk.analysis.WordNumbers;

/**
 * A text cut into paragraphs (non-blank lines), sentences and words, with the case of each word, as the checks see
 * it. Sentences are cut the way a reader of a machine translation sees them: a full stop followed by a lower-case
 * word still ends a sentence (that is one of the slips to find), an abbreviation or an initial does not.
 */
final class TextModel {

    static final int CAP = 1;
    static final int UPPER = 2;
    static final int LOWER = 4;
    static final int NUMERIC = 8;
    static final int INNER_UPPER = 16;

    private final String text;
    /** The text's chars: every word and sentence is cut from them, and an array read is cheaper than charAt. */
    private final char[] chars;
    private final Lexicon lexicon;

    private int[] paraStart;
    private int[] paraEnd;
    private int paraCount;

    private int[] sentStart;
    private int[] sentEnd;
    private int[] sentPara;
    private int[] sentFirstWord;
    private int sentCount;

    private int[] wordStart;
    private int[] wordEnd;
    private int[] wordSent;
    private int[] wordFlags;
    private int wordCount;

    /** The distinct words as written, and each word's number among them. */
    private final WordNumbers written = new WordNumbers();
    private int[] writtenId;
    /** The distinct words in lower case, and each word's number among them. */
    private final WordNumbers lowered = new WordNumbers();
    private int[] lowerId;
    private Quotes.Parsed[] quotes;
    private WordTags tags;
    /** By lower-case word: whether the text writes it all in lower case somewhere. */
    private boolean[] writtenInLowerCase;
    /** By word as written: how often it is capitalised other than as the first word of a sentence. */
    private int[] midSentenceCapitalised;

    TextModel(String text, Lexicon lexicon) {
        this.text = text;
        this.chars = text.toCharArray();
        this.lexicon = lexicon;
        // sized for news prose (about six chars a word, a hundred a sentence), so that the arrays of a long text
        // are not copied a dozen times while they grow
        int words = Math.max(256, text.length() / 6);
        int sentences = Math.max(64, text.length() / 100);
        paraStart = new int[16];
        paraEnd = new int[16];
        sentStart = new int[sentences];
        sentEnd = new int[sentences];
        sentPara = new int[sentences];
        sentFirstWord = new int[sentences];
        wordStart = new int[words];
        wordEnd = new int[words];
        wordSent = new int[words];
        wordFlags = new int[words];
        cutParagraphs();
        for (int p = 0; p < paraCount; p++) {
            cutSentences(p);
        }
        for (int s = 0; s < sentCount; s++) {
            sentFirstWord[s] = wordCount;
            cutWords(s);
        }
        ensureSentenceCapacity(sentCount + 1);
        sentFirstWord[sentCount] = wordCount;
        numberWords();
    }

    String text() {
        return text;
    }

    /** The text's chars, for scans that read every one; not to be changed. */
    char[] chars() {
        return chars;
    }

    Lexicon lexicon() {
        return lexicon;
    }

    int paragraphCount() {
        return paraCount;
    }

    int paragraphStart(int p) {
        return paraStart[p];
    }

    int paragraphEnd(int p) {
        return paraEnd[p];
    }

    int sentenceCount() {
        return sentCount;
    }

    int sentenceStart(int s) {
        return sentStart[s];
    }

    int sentenceEnd(int s) {
        return sentEnd[s];
    }

    int sentenceParagraph(int s) {
        return sentPara[s];
    }

    /** Index of the sentence's first word; the sentence's words run up to {@code firstWord(s + 1)}. */
    int firstWord(int s) {
        return sentFirstWord[s];
    }

    int wordLimit(int s) {
        return sentFirstWord[s + 1];
    }

    boolean isParagraphFirstSentence(int s) {
        return s == 0 || sentPara[s - 1] != sentPara[s];
    }

    int wordCount() {
        return wordCount;
    }

    int wordStart(int w) {
        return wordStart[w];
    }

    int wordEnd(int w) {
        return wordEnd[w];
    }

    int wordSentence(int w) {
        return wordSent[w];
    }

    boolean is(int w, int flag) {
        return (wordFlags[w] & flag) != 0;
    }

    boolean isSentenceFirstWord(int w) {
        return sentFirstWord[wordSent[w]] == w;
    }

    /** The word as written; equal words are the same string instance, so hashing one costs nothing. */
    String word(int w) {
        return written.string(writtenId[w]);
    }

    /** The word's number among the text's distinct words as written. */
    int writtenId(int w) {
        return writtenId[w];
    }

    /** How many distinct words the text has, as written. */
    int writtenWordCount() {
        return written.size();
    }

    /** The number of a word as written, or -1 if the text does not have it. */
    int findWritten(String word) {
        return written.find(word);
    }

    /** The distinct word as written numbered id. */
    String writtenWord(int id) {
        return written.string(id);
    }

    /** The word in lower case ({@code word(w).toLowerCase(Locale.ROOT)}), one string instance per distinct word. */
    String lower(int w) {
        return lowered.string(lowerId[w]);
    }

    /** The word's number among the text's distinct lower-case words. */
    int lowerId(int w) {
        return lowerId[w];
    }

    /** How many distinct words the text has, in lower case. */
    int lowerWordCount() {
        return lowered.size();
    }

    /** The distinct lower-case word numbered id. */
    String lowerWord(int id) {
        return lowered.string(id);
    }

    /** Whether the lexicon's lists give word w the tag, a {@link WordTags} constant. */
    boolean tagged(int w, int tag) {
        return wordTags().has(lowerId[w], tag);
    }

    /** The word lists' tags of the text's distinct lower-case words, looked up on first use. */
    WordTags wordTags() {
        if (tags == null) {
            tags = new WordTags(lowered, lexicon);
        }
        return tags;
    }

    /** The quotations of paragraph p, parsed once for the checks that read them. */
    Quotes.Parsed quotes(int p) {
        if (quotes == null) {
            quotes = new Quotes.Parsed[paraCount];
        }
        if (quotes[p] == null) {
            quotes[p] = Quotes.parse(text, paraStart[p], paraEnd[p]);
        }
        return quotes[p];
    }

    /** Whether text[from, to) is not empty and all white space. */
    boolean onlySpaceBetween(int from, int to) {
        if (from >= to) {
            return false;
        }
        for (int i = from; i < to; i++) {
            if (!isSpace(chars[i])) {
                return false;
            }
        }
        return true;
    }

    /** Whether only white space separates word w from the next one. */
    boolean spaceOnlyAfter(int w) {
        int end = wordStart[w + 1];
        if (end == wordEnd[w]) {
            return false;
        }
        for (int i = wordEnd[w]; i < end; i++) {
            if (!isSpace(chars[i])) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the text writes word w's lower-case form entirely in lower case somewhere (a word with no upper-case
     * or title-case letter is its own lower case).
     */
    boolean writtenInLowerCase(int w) {
        if (writtenInLowerCase == null) {
            boolean[] seen = new boolean[lowered.size()];
            for (int k = 0; k < wordCount; k++) {
                if (is(k, LOWER) && !is(k, INNER_UPPER)) {
                    seen[lowerId[k]] = true;
                }
            }
            writtenInLowerCase = seen;
        }
        return writtenInLowerCase[lowerId[w]];
    }

    /** How often word w, as written, occurs capitalised other than as the first word of a sentence. */
    int midSentenceCapitalised(int w) {
        return midSentenceCapitalisedCounts()[writtenId[w]];
    }

    /** Whether the text has this word capitalised other than as the first word of a sentence. */
    boolean isMidSentenceCapitalised(String word) {
        int id = written.find(word);
        return id >= 0 && midSentenceCapitalisedCounts()[id] > 0;
    }

    private int[] midSentenceCapitalisedCounts() {
        if (midSentenceCapitalised == null) {
            int[] counts = new int[written.size()];
            for (int w = 0; w < wordCount; w++) {
                if (is(w, CAP) && !isSentenceFirstWord(w)) {
                    counts[writtenId[w]]++;
                }
            }
            midSentenceCapitalised = counts;
        }
        return midSentenceCapitalised;
    }

    /** The text between two offsets, for looking at what separates two words. */
    String between(int from, int to) {
        return text.substring(Math.max(0, from), Math.max(from, Math.min(to, text.length())));
    }

    // ---- cutting ----

    /** Numbers every word among the distinct words as written, and among the distinct lower-case ones. */
    private void numberWords() {
        writtenId = new int[wordCount];
        for (int w = 0; w < wordCount; w++) {
            writtenId[w] = written.id(chars, wordStart[w], wordEnd[w]);
        }
        int[] lowerOfWritten = new int[written.size()];
        for (int id = 0; id < lowerOfWritten.length; id++) {
            lowerOfWritten[id] = lowered.id(written.string(id).toLowerCase(Locale.ROOT));
        }
        lowerId = new int[wordCount];
        for (int w = 0; w < wordCount; w++) {
            lowerId[w] = lowerOfWritten[writtenId[w]];
        }
    }

    private void cutParagraphs() {
        int length = text.length();
        int lineStart = 0;
        while (lineStart <= length) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            int s = lineStart;
            int e = lineEnd;
            while (s < e && isSpace(chars[s])) {
                s++;
            }
            while (e > s && isSpace(chars[e - 1])) {
                e--;
            }
            if (e > s) {
                if (paraCount == paraStart.length) {
                    paraStart = Arrays.copyOf(paraStart, paraCount * 2);
                    paraEnd = Arrays.copyOf(paraEnd, paraCount * 2);
                }
                paraStart[paraCount] = s;
                paraEnd[paraCount] = e;
                paraCount++;
            }
            lineStart = lineEnd + 1;
        }
    }

    private void cutSentences(int p) {
        int start = paraStart[p];
        int end = paraEnd[p];
        int sentenceStart = start;
        int i = start;
        while (i < end) {
            char c = chars[i];
            if (!isTerminal(c)) {
                i++;
                continue;
            }
            int runEnd = i;
            while (runEnd < end && isTerminal(chars[runEnd])) {
                runEnd++;
            }
            int closeEnd = runEnd;
            while (closeEnd < end && isClosing(chars[closeEnd])) {
                closeEnd++;
            }
            if (closeEnd < end && isSpace(chars[closeEnd])) {
                int next = closeEnd;
                while (next < end && isSpace(chars[next])) {
                    next++;
                }
                if (next < end && endsSentence(i, runEnd, next)) {
                    addSentence(sentenceStart, closeEnd, p);
                    sentenceStart = next;
                }
            }
            i = runEnd;
        }
        addSentence(sentenceStart, end, p);
    }

    private boolean endsSentence(int runStart, int runEnd, int next) {
        int nextCp = text.codePointAt(next);
        boolean nextLower = Character.isLowerCase(nextCp);
        boolean nextUpperOrOpening = Character.isUpperCase(nextCp) || Character.isTitleCase(nextCp)
                || "«“\"¿¡(‘'—–-".indexOf(nextCp) >= 0 || Character.isDigit(nextCp);
        int dots = 0;
        boolean ellipsis = false;
        boolean exclamation = false;
        for (int k = runStart; k < runEnd; k++) {
            char c = chars[k];
            if (c == '.') {
                dots++;
            } else if (c == '…') {
                ellipsis = true;
            } else {
                exclamation = true;
            }
        }
        if (ellipsis || dots >= 3) {
            return nextUpperOrOpening;
        }
        if (exclamation) {
            return !nextLower;
        }
        String before = wordBefore(runStart);
        if (before.isEmpty()) {
            return !nextLower;
        }
        String lowerBefore = before.toLowerCase(Locale.ROOT);
        if (lowerBefore.equals("no") || lowerBefore.equals("nº") || lowerBefore.equals("núm")) {
            return !Character.isDigit(nextCp);
        }
        if (lowerBefore.equals("etc")) {
            return nextUpperOrOpening && !Character.isDigit(nextCp);
        }
        if (before.codePointCount(0, before.length()) == 1 && Character.isLetter(before.codePointAt(0))) {
            return false; // an initial: "J. K. Rowling"
        }
        if (before.indexOf('.') >= 0 || lexicon.has("abbreviation", lowerBefore)) {
            return false;
        }
        return true;
    }

    /** The letters (and inner dots) right before a full stop: "p.m" in "2 p.m.", "EE" in "EE. UU.". */
    private String wordBefore(int dot) {
        int k = dot;
        while (k > 0) {
            char c = chars[k - 1];
            if (Character.isLetter(c) || c == 'º' || (c == '.' && k - 1 > 0 && Character.isLetter(chars[k - 2]))) {
                k--;
            } else {
                break;
            }
        }
        return text.substring(k, dot);
    }

    private void addSentence(int from, int to, int p) {
        int s = from;
        int e = to;
        while (s < e && isSpace(chars[s])) {
            s++;
        }
        while (e > s && isSpace(chars[e - 1])) {
            e--;
        }
        if (e <= s) {
            return;
        }
        ensureSentenceCapacity(sentCount + 2);
        sentStart[sentCount] = s;
        sentEnd[sentCount] = e;
        sentPara[sentCount] = p;
        sentCount++;
    }

    private void ensureSentenceCapacity(int needed) {
        if (needed > sentStart.length) {
            int size = Math.max(needed, sentStart.length * 2);
            sentStart = Arrays.copyOf(sentStart, size);
            sentEnd = Arrays.copyOf(sentEnd, size);
            sentPara = Arrays.copyOf(sentPara, size);
            sentFirstWord = Arrays.copyOf(sentFirstWord, size);
        }
    }

    private void cutWords(int s) {
        int end = sentEnd[s];
        int i = sentStart[s];
        while (i < end) {
            int cp = codePoint(i);
            if (!isWordChar(cp)) {
                i += Character.charCount(cp);
                continue;
            }
            int start = i;
            int flags = 0;
            boolean first = true;
            boolean hasLower = false;
            boolean hasUpper = false;
            boolean hasLetter = false;
            int letters = 0;
            while (i < end) {
                cp = codePoint(i);
                if (isWordChar(cp)) {
                    if (cp < 128 ? cp > '9' : Character.isLetter(cp)) {
                        hasLetter = true;
                        letters++;
                        boolean upper = cp < 128 ? cp <= 'Z' : Character.isUpperCase(cp) || Character.isTitleCase(cp);
                        if (first) {
                            flags |= upper ? CAP : (cp < 128 || Character.isLowerCase(cp) ? LOWER : 0);
                            first = false;
                        } else if (upper && hasLower) {
                            flags |= INNER_UPPER;
                        }
                        hasLower |= cp < 128 ? cp >= 'a' : Character.isLowerCase(cp);
                        hasUpper |= upper;
                    } else if (first && Character.isDigit(cp)) {
                        first = false;
                    }
                    i += Character.charCount(cp);
                } else if (isJoiner(cp) && i + 1 < end && isWordChar(codePoint(i + 1)) && i > start) {
                    i++;
                } else {
                    break;
                }
            }
            if (!hasLetter) {
                flags = NUMERIC;
            } else if ((flags & CAP) != 0 && !hasLower) {
                flags = letters >= 2 ? UPPER : CAP;
            } else if ((flags & LOWER) != 0 && hasUpper) {
                flags |= INNER_UPPER;
            }
            addWord(start, i, s, flags);
        }
    }

    private void addWord(int start, int end, int s, int flags) {
        if (wordCount == wordStart.length) {
            int size = wordCount * 2;
            wordStart = Arrays.copyOf(wordStart, size);
            wordEnd = Arrays.copyOf(wordEnd, size);
            wordSent = Arrays.copyOf(wordSent, size);
            wordFlags = Arrays.copyOf(wordFlags, size);
        }
        wordStart[wordCount] = start;
        wordEnd[wordCount] = end;
        wordSent[wordCount] = s;
        wordFlags[wordCount] = flags;
        wordCount++;
    }

    private int codePoint(int i) {
        char c = chars[i];
        return Character.isHighSurrogate(c) ? Character.codePointAt(chars, i) : c;
    }

    static boolean isWordChar(int cp) {
        if (cp < 128) {
            return cp >= 'a' && cp <= 'z' || cp >= 'A' && cp <= 'Z' || cp >= '0' && cp <= '9';
        }
        if (Character.isLetterOrDigit(cp)) {
            return true;
        }
        int type = Character.getType(cp);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK;
    }

    private static boolean isJoiner(int cp) {
        return cp == '\'' || cp == '’' || cp == '-' || cp == '‐';
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F';
    }

    private static boolean isTerminal(char c) {
        return c == '.' || c == '!' || c == '?' || c == '…';
    }

    static boolean isClosing(char c) {
        return c == '"' || c == '”' || c == '»' || c == '’' || c == '\'' || c == ')' || c == ']';
    }
}
