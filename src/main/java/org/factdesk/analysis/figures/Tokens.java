package org.factdesk.analysis.figures;

import java.util.Arrays;
import java.util.Locale;
import org.factdesk.analysis.CharTable;
import org.factdesk.analysis.WordNumbers;

/**
 * The text cut into words, digit runs and single symbols, with the kind of space between neighbours; the figure
 * parser works on these instead of on characters.
 */
final class Tokens {

    static final byte WORD = 1;
    static final byte NUM = 2;
    static final byte SYM = 3;

    /** Nothing between this token and the previous one. */
    static final byte GAP_NONE = 0;
    /** One to three ordinary spaces or tabs. */
    static final byte GAP_SPACE = 1;
    /** Exactly one no-break, narrow no-break or thin space (a thousands separator when between digit groups). */
    static final byte GAP_THIN = 2;
    /** A line break, a long run of spaces, or the start of the text: tokens on either side never combine. */
    static final byte GAP_BREAK = 3;

    /** Digit runs longer than this are never numbers (they are codes, hashes or noise). */
    static final int MAX_NUMBER_LENGTH = 40;

    private static final String[] SINGLE_CHARS = new String[0x3000];
    /** The vocabulary number of each single-char symbol in {@link #SINGLE_CHARS}. */
    private static final int[] SINGLE_CHAR_NUMBERS = new int[SINGLE_CHARS.length];
    private static final Vocabulary VOCABULARY = Lexicon.vocabulary();

    /** {@link #CHAR_KINDS}: a char that is none of the others begins a symbol. */
    private static final byte OTHER = 0;
    private static final byte LINE_BREAK = 1;
    private static final byte THIN_SPACE = 2;
    private static final byte SPACE = 3;
    private static final byte DIGIT = 4;
    private static final byte LETTER = 5;
    /** Bit set besides the kind on a char that continues a word: a letter or a combining accent. */
    private static final byte WORD_PART = 8;
    /**
     * What {@link #scan} makes of each char: its kind where a token may begin, and {@link #WORD_PART}. One array
     * read per char instead of a chain of comparisons and JDK look-ups (isWhitespace, isSpaceChar, getType), which
     * non-ASCII chars such as accented letters and quotes went through.
     */
    private static final byte[] CHAR_KINDS = new byte[Character.MAX_VALUE + 1];

    static {
        for (int c = 0; c < SINGLE_CHARS.length; c++) {
            SINGLE_CHARS[c] = inVocabulary(String.valueOf((char) c));
            SINGLE_CHAR_NUMBERS[c] = VOCABULARY.find(SINGLE_CHARS[c]);
        }
        for (int i = 0; i <= Character.MAX_VALUE; i++) {
            char c = (char) i;
            byte kind;
            // tried in the order the scanner has always tried them
            if (c == '\n' || c == '\r' || c == '\u2028' || c == '\u2029' || c == '\u0085') {
                kind = LINE_BREAK;
            } else if (c == '\u00A0' || c == '\u202F' || c == '\u2009') {
                kind = THIN_SPACE;
            } else if ((c <= ' ' || c >= 0x7F) && (Character.isWhitespace(c) || Character.isSpaceChar(c))) {
                kind = SPACE;
            } else if (c >= '0' && c <= '9') {
                kind = DIGIT;
            } else if (isLetter(c)) {
                kind = LETTER;
            } else {
                kind = OTHER;
            }
            if (isLetter(c) || c >= 0x300 && Character.getType(c) == Character.NON_SPACING_MARK) {
                kind |= WORD_PART;
            }
            CHAR_KINDS[i] = kind;
        }
    }

    final String text;
    /** The text's chars: every char is read, and an array read costs less than a UTF-16 String.charAt. */
    private final char[] chars;
    int size;
    int[] start;
    int[] end;
    byte[] kind;
    byte[] gap;
    /**
     * Each token's lower-case text as an index into {@link #keys}, -1 for digits. Ints rather than Strings: a
     * reference store into an array this large costs a garbage-collector barrier per token.
     */
    private int[] keyIndex;
    /** The lower-case texts of the tokens, each distinct one stored once. */
    private String[] keys = new String[1024];
    private int keyCount;
    /** The {@link Vocabulary} number of each word or symbol, {@link Vocabulary#NONE} for others. */
    private int[] numbers;
    /**
     * The text's distinct words as written ("El" and "el" apart), numbered: most words repeat, and each spelling is
     * lowered and looked up in the vocabulary once, with no char lowered for the words that repeat. By a spelling's
     * number, its {@link #keys} index and vocabulary number.
     */
    private final WordNumbers spellings = new WordNumbers();
    private int[] spellingKeys = new int[256];
    private int[] spellingNumbers = new int[256];
    /**
     * In front of {@link #spellings}, the spelling last seen in each slot by its hash: most words are found here by
     * one hash taken while scanning them and a comparison, without WordNumbers' second pass over their chars. Sized
     * by {@link #cacheSlots}, since two frequent words sharing a slot keep evicting each other.
     */
    private final int[] cachedSpelling;
    private final char[][] cachedChars;
    /** The {@link #keys} index of each single-char symbol seen, -1 before. */
    private final int[] singleCharKeys = new int[SINGLE_CHARS.length];
    /** Digit runs written with an unambiguous decimal comma ("3,2", "1.722.217", "1.234,5"). */
    int decimalCommaEvidence;
    /** Digit runs written with an unambiguous decimal point ("3.2", "1,722,217", "1,234.5"). */
    int decimalPointEvidence;

    private Tokens(String text) {
        this.text = text;
        this.chars = text.toCharArray();
        int capacity = Math.max(16, Math.min(text.length() / 5, 1 << 20));
        start = new int[capacity];
        end = new int[capacity];
        kind = new byte[capacity];
        gap = new byte[capacity];
        keyIndex = new int[capacity];
        numbers = new int[capacity];
        int slots = cacheSlots(text.length());
        cachedSpelling = new int[slots];
        cachedChars = new char[slots][];
        Arrays.fill(singleCharKeys, -1);
    }

    /**
     * The slots of the spelling cache: a power of two, about one per 256 chars of text, between 1024 and 16384. A
     * long text has thousands of distinct spellings, and with a few slots per spelling few of them collide; a short
     * one needs no large table cleared.
     */
    private static int cacheSlots(int textLength) {
        return Integer.highestOneBit(Math.max(1024, Math.min(textLength / 256, 16384)));
    }

    static Tokens of(String text) {
        Tokens tokens = new Tokens(text);
        tokens.scan();
        return tokens;
    }

    private void scan() {
        char[] s = chars;
        byte[] kinds = CHAR_KINDS;
        int length = s.length;
        int i = 0;
        int spaces = 0;
        boolean thin = false;
        boolean lineBreak = true;
        while (i < length) {
            char c = s[i];
            int charKind = kinds[c] & ~WORD_PART;
            if (charKind == LINE_BREAK) {
                lineBreak = true;
                i++;
                continue;
            }
            if (charKind == THIN_SPACE) {
                spaces++;
                thin = true;
                i++;
                continue;
            }
            if (charKind == SPACE) {
                spaces++;
                i++;
                continue;
            }
            int from = i;
            byte type;
            int hash = 0;
            if (charKind == DIGIT) {
                i++;
                while (i < length) {
                    char d = s[i];
                    if (d >= '0' && d <= '9') {
                        i++;
                    } else if ((d == '.' || d == ',') && i + 1 < length && isDigit(s[i + 1])) {
                        i += 2;
                    } else {
                        break;
                    }
                }
                type = NUM;
            } else if (charKind == LETTER) {
                // the word's hash is taken while reading it, for the spelling cache
                hash = c;
                i++;
                while (i < length && (kinds[s[i]] & WORD_PART) != 0) {
                    hash = 31 * hash + s[i];
                    i++;
                }
                type = WORD;
            } else {
                i++;
                if (Character.isHighSurrogate(c) && i < length && Character.isLowSurrogate(s[i])) {
                    i++;
                }
                type = SYM;
            }
            byte g;
            if (lineBreak || spaces > 3) {
                g = GAP_BREAK;
            } else if (spaces == 0) {
                g = GAP_NONE;
            } else if (spaces == 1 && thin) {
                g = GAP_THIN;
            } else {
                g = GAP_SPACE;
            }
            add(from, i, type, g, hash);
            spaces = 0;
            thin = false;
            lineBreak = false;
        }
    }

    private void add(int from, int to, byte type, byte g, int hash) {
        if (size == start.length) {
            int capacity = size * 2;
            start = Arrays.copyOf(start, capacity);
            end = Arrays.copyOf(end, capacity);
            kind = Arrays.copyOf(kind, capacity);
            gap = Arrays.copyOf(gap, capacity);
            keyIndex = Arrays.copyOf(keyIndex, capacity);
            numbers = Arrays.copyOf(numbers, capacity);
        }
        start[size] = from;
        end[size] = to;
        kind[size] = type;
        gap[size] = g;
        if (type == WORD) {
            addWord(from, to, hash);
        } else if (type == SYM) {
            char c = chars[from];
            if (to - from == 1 && c < SINGLE_CHARS.length) {
                if (singleCharKeys[c] < 0) {
                    singleCharKeys[c] = newKey(SINGLE_CHARS[c]);
                }
                keyIndex[size] = singleCharKeys[c];
                numbers[size] = SINGLE_CHAR_NUMBERS[c];
            } else {
                String symbol = inVocabulary(text.substring(from, to));
                keyIndex[size] = newKey(symbol);
                numbers[size] = VOCABULARY.find(symbol);
            }
        } else {
            keyIndex[size] = -1;
            numbers[size] = Vocabulary.NONE;
            countEvidence(from, to);
        }
        size++;
    }

    /** Records how this digit run separates its decimals, when its shape leaves no doubt. */
    private void countEvidence(int from, int to) {
        int dots = 0;
        int commas = 0;
        int last = -1;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (c == '.') {
                dots++;
                last = i;
            } else if (c == ',') {
                commas++;
                last = i;
            }
        }
        if (last < 0 || to - from > MAX_NUMBER_LENGTH) {
            return;
        }
        char lastSeparator = chars[last];
        int after = to - last - 1;
        if (dots > 0 && commas > 0) {
            if (lastSeparator == ',') {
                decimalCommaEvidence++;
            } else {
                decimalPointEvidence++;
            }
        } else if (dots > 1 && groupsOfThree(from, to)) {
            decimalCommaEvidence++;
        } else if (commas > 1 && groupsOfThree(from, to)) {
            decimalPointEvidence++;
        } else if (dots == 1 && after != 3) {
            decimalPointEvidence++;
        } else if (commas == 1 && after != 3) {
            decimalCommaEvidence++;
        }
    }

    private boolean groupsOfThree(int from, int to) {
        int run = 0;
        boolean first = true;
        for (int i = from; i < to; i++) {
            char c = chars[i];
            if (isDigit(c)) {
                run++;
            } else {
                if (first ? run > 3 : run != 3) {
                    return false;
                }
                first = false;
                run = 0;
            }
        }
        return run == 3;
    }

    private static boolean isLetter(char c) {
        char folded = (char) (c | 0x20);
        if (folded >= 'a' && folded <= 'z') {
            return true;
        }
        return c >= 0x80 && CharTable.isLetter(c);
    }

    /**
     * Sets the lower-case form of the word [from, to) and its vocabulary number, worked out once per spelling.
     *
     * @param hash the word's hash, {@code 31 * h + c} over its chars
     */
    private void addWord(int from, int to, int hash) {
        int slot = (hash ^ (hash >>> 16)) & (cachedSpelling.length - 1);
        char[] cached = cachedChars[slot];
        int spelling;
        if (cached != null && isSpelledAs(cached, from, to)) {
            spelling = cachedSpelling[slot];
        } else {
            int known = spellings.size();
            spelling = spellings.id(chars, from, to);
            if (spelling == known) {
                addSpelling(spelling);
            }
            cachedSpelling[slot] = spelling;
            cachedChars[slot] = spellings.charsOf(spelling);
        }
        keyIndex[size] = spellingKeys[spelling];
        numbers[size] = spellingNumbers[spelling];
    }

    /** Whether the word [from, to) is written {@code spelling}. */
    private boolean isSpelledAs(char[] spelling, int from, int to) {
        int length = to - from;
        if (spelling.length != length) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (spelling[i] != chars[from + i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * Lowers a spelling seen for the first time with String.toLowerCase, which lowers a capital sigma by its place in
     * the word and a dotted capital I into two chars ("İN" is not "in"), and looks it up in the vocabulary.
     */
    private void addSpelling(int spelling) {
        if (spelling == spellingKeys.length) {
            spellingKeys = Arrays.copyOf(spellingKeys, spelling * 2);
            spellingNumbers = Arrays.copyOf(spellingNumbers, spelling * 2);
        }
        String lower = inVocabulary(spellings.string(spelling).toLowerCase(Locale.ROOT));
        spellingKeys[spelling] = newKey(lower);
        spellingNumbers[spelling] = VOCABULARY.find(lower);
    }

    /** The lexicon's own instance of a word it has: the parser's comparisons with it then stop at the identity check. */
    private static String inVocabulary(String word) {
        int number = VOCABULARY.find(word);
        return number == Vocabulary.NONE ? word : VOCABULARY.word(number);
    }

    private int newKey(String key) {
        if (keyCount == keys.length) {
            keys = Arrays.copyOf(keys, keyCount * 2);
        }
        keys[keyCount] = key;
        return keyCount++;
    }

    static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    boolean isWord(int k) {
        return k >= 0 && k < size && kind[k] == WORD;
    }

    boolean isNum(int k) {
        return k >= 0 && k < size && kind[k] == NUM;
    }

    /**
     * Whether token k is the single-char symbol c. Below U+3000, c is told by the token's key, the one instance of
     * it that {@link #SINGLE_CHARS} holds: the parser then reads no char of the text, which is long out of the CPU's
     * cache when it runs.
     */
    boolean isSym(int k, char c) {
        if (k < 0 || k >= size || kind[k] != SYM) {
            return false;
        }
        if (c < SINGLE_CHARS.length) {
            return keys[keyIndex[k]] == SINGLE_CHARS[c];
        }
        return end[k] - start[k] == 1 && chars[start[k]] == c;
    }

    /** Whether token k may be read together with the token before it (same line, at most a few spaces). */
    boolean joined(int k) {
        return k > 0 && k < size && gap[k] != GAP_BREAK;
    }

    /** Whether token k touches the token before it. */
    boolean glued(int k) {
        return k > 0 && k < size && gap[k] == GAP_NONE;
    }

    /** The vocabulary number of {@link #key}(k), {@link Vocabulary#NONE} if it is in no lexicon or is null. */
    int number(int k) {
        return k >= 0 && k < size ? numbers[k] : Vocabulary.NONE;
    }

    /** The lower-case text of a word, the symbol itself for a symbol, {@code null} for digits or out of range. */
    String key(int k) {
        if (k < 0 || k >= size) {
            return null;
        }
        int index = keyIndex[k];
        return index < 0 ? null : keys[index];
    }

    /**
     * Whether token k's {@link #key} is {@code word}. Every key in the vocabulary is the vocabulary's interned
     * instance, as a string literal is, so most answers come from the identity check, before String.equals compares
     * chars.
     */
    boolean is(int k, String word) {
        String key = key(k);
        return key == word || key != null && word.equals(key);
    }

    String raw(int k) {
        return text.substring(start[k], end[k]);
    }

    int length(int k) {
        return end[k] - start[k];
    }

    boolean capitalized(int k) {
        return kind[k] == WORD && Character.isUpperCase(chars[start[k]]);
    }

    /** A word with a capital after its first letter ("iPhone", "eBay", "McDonald"): a name. */
    boolean mixedCase(int k) {
        if (kind[k] != WORD) {
            return false;
        }
        for (int i = start[k] + 1; i < end[k]; i++) {
            if (Character.isUpperCase(chars[i])) {
                return true;
            }
        }
        return false;
    }

    boolean allCaps(int k) {
        if (kind[k] != WORD) {
            return false;
        }
        for (int i = start[k]; i < end[k]; i++) {
            if (!Character.isUpperCase(chars[i])) {
                return false;
            }
        }
        return true;
    }

    /** A digit run without separators, or -1 when it has separators or is too long for an int. */
    int plainInt(int k) {
        if (!isNum(k) || length(k) > 9) {
            return -1;
        }
        int value = 0;
        for (int i = start[k]; i < end[k]; i++) {
            char c = chars[i];
            if (!isDigit(c)) {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }

    /** Whether token k begins a sentence or a line (so a capital letter there says nothing about names). */
    boolean sentenceStart(int k) {
        if (k <= 0 || gap[k] == GAP_BREAK) {
            return true;
        }
        if (kind[k - 1] != SYM) {
            return false;
        }
        String p = key(k - 1);
        return p.length() == 1 && ".!?:;«“\"'‘(—–-•¿¡[".indexOf(p.charAt(0)) >= 0;
    }
}
