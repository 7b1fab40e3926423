package org.factdesk.analysis.attributions;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factdesk.analysis.CharTable;

/**
 * Reads the noun phrase that names a speaker: proper names (capitalised runs joined by "de", "of"… where they belong
 * to one name, titles split off), pronouns, and descriptions ("los expertos", "the professor"), with appositions
 * ("Wang Son-taek, director de …") turned into the role. Works on the masked text, where quoted words are hidden.
 */
final class NounPhrases {

    /** What a noun phrase tells about its speaker. */
    enum Kind {
        /** A proper name: a person or an organisation. */
        NAME,
        /** "él", "she", "they": someone named before. */
        PRONOUN,
        /** A definite singular description ("el profesor", "the company"): someone named before, if any. */
        DEFINITE,
        /** A description that is itself the speaker ("los expertos", "una persona familiarizada con el asunto"). */
        DESCRIPTION,
        /** Nothing but a conjunction ("…, y advirtió"): the subject of the sentence. */
        CONJUNCTION,
        /** No words at all. */
        EMPTY,
        /** Words that cannot name a speaker. */
        INVALID
    }

    /** A resolved noun phrase: the speaker's words and span, the role beside them, the head noun of a description. */
    record Phrase(Kind kind, int start, int end, String text, String role, String noun, boolean plural, boolean org,
            boolean person) {

        boolean names() {
            return kind == Kind.NAME || kind == Kind.PRONOUN || kind == Kind.DEFINITE || kind == Kind.DESCRIPTION;
        }
    }

    /** A capitalised run: [start, end), the name proper from nameStart (after any title), and what it looks like. */
    record NameRun(int start, int end, int nameStart, int tokens, boolean org, boolean possessive, String before,
            boolean parenthesised) {

        boolean personLike() {
            return !org && tokens >= 2;
        }

        int priority() {
            return personLike() ? 3 : org ? 2 : 1;
        }
    }

    /** First words of the names of government bodies that list their areas ("Ministerio de Ciencia, Innovación y …"). */
    private static final Set<String> GOVERNMENT_BODIES = Set.of("ministerio", "ministry", "department", "departamento",
        "consejería", "conselleria", "secretaría", "secretariat");
    /** The ASCII chars at which {@link #chunks} may end a chunk. */
    private static final boolean[] SPLITS_ASCII = new boolean[128];

    static {
        for (char c : ",;()-".toCharArray()) {
            SPLITS_ASCII[c] = true;
        }
    }

    private static final Set<String> AREA_CONJUNCTIONS = Set.of("y", "e", "and", "i");
    /** Nouns for someone who speaks for a body: "a council spokesperson" is the council speaking. */
    private static final Set<String> SPOKESPEOPLE = Set.of("spokesperson", "spokesman", "spokeswoman", "spokespeople",
        "representative");
    private static final Set<String> PRONOUNS_PERSON = Set.of("él", "ella", "he", "she");
    private static final Set<String> PRONOUNS_GROUP = Set.of("ellos", "ellas", "they");
    private static final Set<String> PRONOUNS_THING = Set.of("it", "this", "éste", "ésta", "este", "esta");
    private static final Set<String> CONJUNCTIONS = Set.of("y", "e", "pero", "and", "but", "ni", "o", "or", "mientras",
        "while");
    private static final Set<String> ADVERBS = Set.of("también", "ya", "además", "incluso", "luego", "finalmente",
        "después", "entonces", "asimismo", "tampoco", "solo", "sólo", "previamente", "anteriormente", "recientemente",
        "nuevamente", "hoy", "ayer", "also", "then", "later", "finally", "even", "however", "meanwhile", "previously",
        "recently", "again", "too", "still", "already", "once", "earlier", "today", "yesterday", "no", "not");
    private static final Set<String> ARTICLES = Set.of("el", "la", "los", "las", "un", "una", "unos", "unas", "lo",
        "the", "a", "an", "su", "sus", "his", "her", "its", "their", "this", "that", "these", "those", "este", "esta",
        "estos", "estas", "ese", "esa", "dicho", "dicha", "some", "algunos", "algunas", "varios", "varias", "several",
        "many", "muchos", "muchas", "other", "otros", "otras", "otro", "otra");
    private static final Set<String> DEFINITE_ARTICLES = Set.of("el", "la", "the", "este", "esta", "this", "that",
        "dicho", "dicha", "su", "his", "her", "its");
    private static final Set<String> RELATIVES = Set.of("que", "quien", "quienes", "cuyo", "cuya", "donde", "who",
        "which", "whose", "whom", "where", "that");
    private static final Set<String> PREPOSITIONS = Set.of("a", "al", "ante", "bajo", "con", "contra", "de", "del",
        "desde", "durante", "en", "entre", "hacia", "hasta", "para", "por", "sin", "sobre", "tras", "según", "of", "in",
        "on", "at", "to", "for", "from", "by", "with", "about", "after", "before", "during", "since", "into", "over",
        "under", "between", "through", "near", "as", "like", "via", "despite", "pese", "amid", "against",
        "toward", "towards", "across", "within", "without", "around", "among", "per", "upon");
    /** Prepositions after which a second name is a modifier of the first ("Tim Scott of South Carolina"). */
    private static final Set<String> MODIFYING = Set.of("of", "de", "del", "from", "en", "in", "at", "on", "a", "to",
        "durante", "during", "tras", "after", "desde", "ante", "near", "cerca");
    private static final Set<String> LOCATIVE = Set.of("en", "in", "at", "on", "durante", "during", "desde", "hacia",
        "to", "into", "ante");
    private static final Set<String> JOINERS_ALWAYS = Set.of("van", "von", "der", "den", "da", "di", "du", "dos",
        "das", "bin", "ibn", "al", "le", "del", "de");
    private static final Set<String> JOINERS_ORG = Set.of("de", "del", "of", "y", "e", "and", "&", "for", "la", "las",
        "los", "the", "für", "on", "en", "at", "sobre", "para", "contra", "against");

    private final String text;
    /** The text's chars: read in every loop, and an array read costs less than a UTF-16 String.charAt. */
    private final char[] chars;
    private final boolean[] quoted;
    private final Lexicon lexicon;
    private final LowerWords words;
    /** See {@link #governmentBodyStarts()}; made on first use. */
    private int[] governmentBodyStarts;
    /** The text's words as {@link #tokens} gives them, {s0, e0, s1, e1, …}, exactly sized; made on first use. */
    private int[] wordIndex;
    private int wordTotal;
    /**
     * For each block of {@code 1 << BLOCK_BITS} chars, the first word that starts in it or after it: words are found
     * by offset through it and a few steps, where a binary search over a long text's index missed the cache at most
     * of its steps, around every speech verb.
     */
    private int[] firstWordOfBlock;
    private static final int BLOCK_BITS = 6;
    /** See {@link #hasMarks()}; found while the words are cut, as a mark is always part of a word. */
    private boolean hasMarks;

    /** The word lists a lower-case word can be in, as bits of {@link LowerWords#lists}. */
    private static final int STOPWORD = 1;
    private static final int SPEAKER_NOUN = 1 << 1;
    private static final int TITLE = 1 << 2;
    private static final int ORG_WORD = 1 << 3;
    private static final int JOINER_ALWAYS = 1 << 4;
    private static final int JOINER_ORG = 1 << 5;
    private static final int DAY_OR_MONTH = 1 << 6;
    private static final int ARTICLE = 1 << 7;
    private static final int RELATIVE = 1 << 8;
    private static final int ADVERB = 1 << 9;
    private static final int CONJUNCTION = 1 << 10;
    /** Words in "-mente" ("finalmente"): adverbs, never the start of a name. */
    private static final int MENTE = 1 << 11;

    private int classify(String word) {
        return (lexicon.stopwords.contains(word) ? STOPWORD : 0)
                | (lexicon.speakerNouns.contains(word) ? SPEAKER_NOUN : 0)
                | (lexicon.titles.contains(word) ? TITLE : 0)
                | (lexicon.orgWords.contains(word) ? ORG_WORD : 0)
                | (JOINERS_ALWAYS.contains(word) ? JOINER_ALWAYS : 0)
                | (JOINERS_ORG.contains(word) ? JOINER_ORG : 0)
                | (isDayOrMonth(word) ? DAY_OR_MONTH : 0)
                | (ARTICLES.contains(word) ? ARTICLE : 0)
                | (RELATIVES.contains(word) ? RELATIVE : 0)
                | (ADVERBS.contains(word) ? ADVERB : 0)
                | (CONJUNCTIONS.contains(word) ? CONJUNCTION : 0)
                | (word.endsWith("mente") ? MENTE : 0);
    }

    NounPhrases(String maskedText, char[] maskedChars, boolean[] quoted, Lexicon lexicon) {
        this.text = maskedText;
        this.chars = maskedChars;
        this.quoted = quoted;
        this.lexicon = lexicon;
        this.words = new LowerWords(maskedChars, this::classify);
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Tokens

    /**
     * Start and end offsets of the words in [from, to), alternating: {s0, e0, s1, e1, …}. The words are cut as if the
     * range were cut alone; most of them are the text's own words, which are cut once ({@link #indexWords}): the same
     * words were cut again for every phrase, chunk and name read around each speech verb. The array may be the index
     * itself (for the whole text), so it is never to be changed.
     */
    int[] tokens(int from, int to) {
        if (wordIndex == null) {
            indexWords();
        }
        int[] index = wordIndex;
        // A range that opens inside a word cuts it its own way (a title's stop depends on where the word starts):
        // up to the end of that word, words are cut here. Past it, the range's words are a block of the index.
        int inside = firstWordEndingAfter(from);
        int own = inside < wordTotal && index[2 * inside] < from ? index[2 * inside + 1] : from;
        int[] cut = null;
        int cutCount = 0;
        int i = from;
        while (i < to && i < own) {
            if (!isWordChar(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            i = wordEnd(start, to);
            if (cut == null) {
                cut = new int[4];
            } else if (cutCount + 2 > cut.length) {
                cut = java.util.Arrays.copyOf(cut, cut.length * 2);
            }
            cut[cutCount++] = start;
            cut[cutCount++] = i;
        }
        int first = i < to ? firstWordStartingAt(i) : wordTotal;
        int last = i < to ? firstWordStartingAt(to) : wordTotal;
        int block = Math.max(0, last - first) * 2;
        if (cut == null && block == index.length && (block == 0 || index[block - 1] <= to)) {
            return index; // every word of the text, none cut: callers only read it
        }
        int[] out = new int[cutCount + block];
        if (cutCount > 0) {
            System.arraycopy(cut, 0, out, 0, cutCount);
        }
        System.arraycopy(index, 2 * first, out, cutCount, block);
        if (block > 0 && out[out.length - 1] > to) {
            // the last word runs past the range, which cuts it
            out[out.length - 1] = wordEnd(out[out.length - 2], to);
        }
        return out;
    }

    /** Cuts the whole text into words once, as the loop of {@link #tokens} would. */
    private void indexWords() {
        // about one word in six chars in news text: sized so that the array seldom grows
        int[] index = new int[Math.max(16, chars.length / 3)];
        int count = 0;
        int i = 0;
        while (i < chars.length) {
            if (!isWordChar(chars[i])) {
                i++;
                continue;
            }
            int start = i;
            i = wordEnd(start, chars.length);
            if (count + 2 > index.length) {
                index = java.util.Arrays.copyOf(index, index.length * 2);
            }
            index[count++] = start;
            index[count++] = i;
        }
        wordIndex = count == index.length ? index : java.util.Arrays.copyOf(index, count);
        wordTotal = count / 2;
        firstWordOfBlock = new int[(chars.length >> BLOCK_BITS) + 2];
        int w = 0;
        for (int block = 0; block < firstWordOfBlock.length; block++) {
            while (w < wordTotal && wordIndex[2 * w] < block << BLOCK_BITS) {
                w++;
            }
            firstWordOfBlock[block] = w;
        }
    }

    /** The first word that starts in the block holding {@code offset} or after it. */
    private int firstWordOfBlockAt(int offset) {
        return firstWordOfBlock[Math.min(Math.max(offset, 0) >> BLOCK_BITS, firstWordOfBlock.length - 1)];
    }

    /** How many words the text has. */
    int wordTotal() {
        if (wordIndex == null) {
            indexWords();
        }
        return wordTotal;
    }

    /** The number of the first of the text's words that starts at or after {@code offset}; {@link #wordTotal()} if none. */
    int firstWordFrom(int offset) {
        if (wordIndex == null) {
            indexWords();
        }
        return firstWordStartingAt(offset);
    }

    /** Where the text's word numbered {@code word} starts. */
    int wordStart(int word) {
        return wordIndex[2 * word];
    }

    /**
     * Whether the text holds a combining mark: a word char here, but no letter or digit where speech verbs are looked
     * for, which may start a word after one inside a word of the index.
     */
    boolean hasMarks() {
        if (wordIndex == null) {
            indexWords();
        }
        return hasMarks;
    }

    /** The first of the text's words that ends after {@code offset}; {@link #wordTotal} if none. */
    private int firstWordEndingAfter(int offset) {
        // the words before the block's first word but one end before the block starts
        int w = Math.max(0, firstWordOfBlockAt(offset) - 1);
        while (w < wordTotal && wordIndex[2 * w + 1] <= offset) {
            w++;
        }
        return w;
    }

    /** The first of the text's words that starts at or after {@code offset}; {@link #wordTotal} if none. */
    private int firstWordStartingAt(int offset) {
        int w = firstWordOfBlockAt(offset);
        while (w < wordTotal && wordIndex[2 * w] < offset) {
            w++;
        }
        return w;
    }

    /** The end of the word that starts at {@code start}: hyphens and apostrophes inside, a title's stop after. */
    private int wordEnd(int start, int to) {
        int i = start + 1;
        hasMarks |= isMark(chars[start]);
        while (i < to) {
            char d = chars[i];
            if (isWordChar(d)) {
                hasMarks |= isMark(d);
                i++;
            } else if ((d == '-' || d == '\'' || d == '’') && i + 1 < to && CharTable.isLetterOrDigit(chars[i + 1])) {
                i += 2;
            } else {
                break;
            }
        }
        if (i < to && chars[i] == '.' && i - start <= 3 && CharTable.isUpperCase(chars[start])
                && (i - start == 1 || is(word(start, i), TITLE))) {
            i++;
            // an initialism is one word ("U.S.", "U.K."), so that "U.S. Attorney's Office" stays one name
            boolean initial = i - start == 2;
            while (initial && i + 1 < to && CharTable.isUpperCase(chars[i]) && chars[i + 1] == '.') {
                i += 2;
            }
        }
        return i;
    }

    private static boolean isWordChar(char c) {
        return CharTable.isWordChar(c);
    }

    /** A combining mark; no mark comes before U+0300, which spares accented Latin letters the table read. */
    private static boolean isMark(char c) {
        return c >= '\u0300' && CharTable.isMark(c);
    }

    /** The word [start, end) in lower case without a final stop; pooled, since every word is looked up. */
    String lower(int start, int end) {
        return words.string(word(start, end));
    }

    /** The chars [start, end) in lower case, as String.toLowerCase(Locale.ROOT) makes them; pooled. */
    String lowerAsIs(int start, int end) {
        return words.string(words.find(start, end));
    }

    /** The word [start, end) in lower case without a final stop, as a number of {@link #words}. */
    private int word(int start, int end) {
        return words.find(start, end > start && chars[end - 1] == '.' ? end - 1 : end);
    }

    /** Whether the word is in one of the lists. */
    private boolean is(int word, int lists) {
        return (words.lists(word) & lists) != 0;
    }

    private boolean capitalised(int start, int end) {
        return CharTable.isUpperCase(chars[start]) && !quoted[start];
    }

    int wordCount(int from, int to) {
        int count = 0;
        int i = from;
        while (i < to) {
            if (isWordChar(chars[i])) {
                i = wordEnd(i, to);
                count++;
            } else {
                i++;
            }
        }
        return count;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Names

    /** The capitalised runs in [from, to) that read as names. */
    List<NameRun> names(int from, int to) {
        return names(tokens(from, to), from);
    }

    /** The capitalised runs among the tokens {@code t} of a range that starts at {@code from}. */
    private List<NameRun> names(int[] t, int from) {
        int n = t.length / 2;
        List<NameRun> runs = new ArrayList<>();
        int k = 0;
        while (k < n) {
            int s = t[2 * k];
            int e = t[2 * k + 1];
            if (!capitalised(s, e)) {
                k++;
                continue;
            }
            int word = word(s, e);
            boolean startable = !is(word, STOPWORD)
                    && !(is(word, SPEAKER_NOUN) && !is(word, TITLE)
                    && !is(word, ORG_WORD))
                    && !is(word, MENTE);
            if (!startable) {
                k++;
                continue;
            }
            int first = k;
            int last = k;
            boolean org = is(word, ORG_WORD);
            int j = k + 1;
            while (j < n) {
                int js = t[2 * j];
                if (!onlySpaces(t[2 * j - 1], js)) {
                    break;
                }
                int next = word(js, t[2 * j + 1]);
                if (capitalised(js, t[2 * j + 1]) && !is(next, DAY_OR_MONTH)) {
                    last = j;
                    org |= is(next, ORG_WORD);
                    j++;
                    continue;
                }
                int surname = surnameAfterConjunction(t, n, j, org, first, last);
                if (surname >= 0) {
                    last = surname;
                    j = surname + 1;
                    continue;
                }
                int joined = joiner(t, n, j, org, first, last);
                if (joined < 0) {
                    break;
                }
                last = joined;
                for (int x = j; x <= joined; x++) {
                    org |= is(word(t[2 * x], t[2 * x + 1]), ORG_WORD);
                }
                if (is(next, JOINER_ORG) && !is(next, JOINER_ALWAYS)) {
                    org = true;
                }
                j = joined + 1;
            }
            if (org && GOVERNMENT_BODIES.contains(lower(t[2 * first], t[2 * first + 1]))) {
                last = governmentBodyEnd(t, n, last);
            }
            NameRun run = makeRun(t, first, last, org, from);
            if (!(run.tokens() == 1 && run.start() == t[2 * first] && !run.org() && sentenceInitial(s)
                    && last + 1 < n && CharTable.isLowerCase(chars[t[2 * (last + 1)]])
                    && lexicon.cues.match(chars, t[2 * (last + 1)], chars.length) < 0)) {
                runs.add(run);
            }
            k = last + 1;
        }
        return runs;
    }

    /**
     * If tokens from j on are a joiner ("de", "de la", "of the") followed by a capitalised word that continues the
     * name, the index of the last token of the name part joined; -1 otherwise.
     */
    private int joiner(int[] t, int n, int j, boolean org, int first, int last) {
        int k = j;
        int limit = Math.min(n, j + 2);
        while (k < limit && !capitalised(t[2 * k], t[2 * k + 1])
                && is(word(t[2 * k], t[2 * k + 1]), JOINER_ORG | JOINER_ALWAYS)) {
            if (!onlySpaces(t[2 * k - 1], t[2 * k])) {
                return -1;
            }
            k++;
        }
        if (k == j || k >= n || !capitalised(t[2 * k], t[2 * k + 1]) || !onlySpaces(t[2 * k - 1], t[2 * k])) {
            return -1;
        }
        int firstJoiner = word(t[2 * j], t[2 * j + 1]);
        boolean orgAhead = is(word(t[2 * k], t[2 * k + 1]), ORG_WORD);
        if (org || orgAhead) {
            return k;
        }
        if (!is(firstJoiner, JOINER_ALWAYS)) {
            return -1;
        }
        // A person's particle ("Hernández de Cos", "van Gogh"): one more capitalised word ends the name, or two when
        // a compound surname is followed by the second surname ("Ruiz de Arbulo Sainz").
        if (nextJoins(t, n, k) || last < first) {
            return -1;
        }
        if (endsAfter(t, n, k)) {
            return k;
        }
        boolean conjunctionNext = k + 2 < n && (lower(t[2 * (k + 2)], t[2 * (k + 2) + 1]).equals("y")
                || lower(t[2 * (k + 2)], t[2 * (k + 2) + 1]).equals("i"));
        return endsAfter(t, n, k + 1) && (conjunctionNext || !nextJoins(t, n, k + 1)) ? k + 1 : -1;
    }

    /**
     * Where the name of a ministry or department that lists its areas ends ("Ministerio de Ciencia, Innovación y
     * Universidades", "Department for Environment, Food and Rural Affairs", "Ministerio para la Transición Ecológica y
     * el Reto Demográfico"): after single words set off by commas, a conjunction and at most three capitalised words
     * close the list. Without that closing conjunction the comma is an apposition ("el Ministerio de Sanidad, Ana
     * García, …") and the name ends at {@code last}.
     */
    private int governmentBodyEnd(int[] t, int n, int last) {
        int k = last + 1;
        while (k < n && separatedBy(t, k, ", ") && capitalised(t[2 * k], t[2 * k + 1])
                && (k + 1 >= n || !capitalised(t[2 * (k + 1)], t[2 * (k + 1) + 1]))) {
            k++;
        }
        if (k >= n || !separatedBy(t, k, " ") || !AREA_CONJUNCTIONS.contains(lower(t[2 * k], t[2 * k + 1]))) {
            return last;
        }
        k++;
        if (k < n && separatedBy(t, k, " ") && ARTICLES.contains(lower(t[2 * k], t[2 * k + 1]))) {
            k++;
        }
        int end = -1;
        for (int words = 0; words < 3 && k < n && separatedBy(t, k, " ") && capitalised(t[2 * k], t[2 * k + 1]);
                words++) {
            end = k++;
        }
        return end < 0 ? last : end;
    }

    /** Whether exactly {@code separator} stands between token k - 1 and token k. */
    private boolean separatedBy(int[] t, int k, String separator) {
        int from = t[2 * k - 1];
        return t[2 * k] - from == separator.length() && text.startsWith(separator, from);
    }

    /**
     * A last surname joined by "y" or Catalan "i" to a long person's name ("María del Carmen Aparisi y Montoro",
     * "Montserrat Puigdollers i Vidal"): the index of that surname, or -1. After a name of two words "y" joins two
     * people ("Sánchez y Feijóo"), and a word that makes an organisation is not a surname.
     */
    private int surnameAfterConjunction(int[] t, int n, int j, boolean org, int first, int last) {
        String conjunction = lower(t[2 * j], t[2 * j + 1]);
        int k = j + 1;
        if (org || !(conjunction.equals("y") && last - first >= 2 || conjunction.equals("i") && last > first)
                || k >= n || !onlySpaces(t[2 * j - 1], t[2 * j]) || !onlySpaces(t[2 * j + 1], t[2 * k])
                || !capitalised(t[2 * k], t[2 * k + 1]) || lexicon.orgWords.contains(lower(t[2 * k], t[2 * k + 1]))
                || !endsAfter(t, n, k) || nextJoins(t, n, k)) {
            return -1;
        }
        return k;
    }

    /** Whether no capitalised word follows token k in the same name. */
    private boolean endsAfter(int[] t, int n, int k) {
        return k + 1 >= n || !capitalised(t[2 * (k + 1)], t[2 * (k + 1) + 1]) || !onlySpaces(t[2 * k + 1], t[2 * (k + 1)]);
    }

    /** Whether an organisation's joiner ("of", "para") follows token k. */
    private boolean nextJoins(int[] t, int n, int k) {
        return k + 1 < n && onlySpaces(t[2 * k + 1], t[2 * (k + 1)])
                && is(word(t[2 * (k + 1)], t[2 * (k + 1) + 1]), JOINER_ORG);
    }

    private NameRun makeRun(int[] t, int first, int last, boolean org, int regionStart) {
        int start = t[2 * first];
        int end = t[2 * last + 1];
        int nameFirst = first;
        for (int x = last - 1; x >= first; x--) {
            if (is(word(t[2 * x], t[2 * x + 1]), TITLE) && capitalised(t[2 * (x + 1)], t[2 * (x + 1) + 1])
                    && !is(word(t[2 * (x + 1)], t[2 * (x + 1) + 1]), TITLE)) {
                nameFirst = x + 1;
                break;
            }
        }
        boolean orgName = org;
        if (nameFirst > first) {
            orgName = false;
            for (int x = nameFirst; x <= last; x++) {
                orgName |= is(word(t[2 * x], t[2 * x + 1]), ORG_WORD);
            }
        }
        int tokens = last - nameFirst + 1;
        if (tokens == 1 && isAllCaps(t[2 * nameFirst], t[2 * nameFirst + 1])
                && t[2 * nameFirst + 1] - t[2 * nameFirst] >= 2) {
            orgName = true;
        }
        boolean possessive = end - t[2 * last] >= 2 && chars[end - 1] == 's'
                && (chars[end - 2] == '’' || chars[end - 2] == '\'');
        if (possessive && lexicon.orgWords.contains(lower(t[2 * last], end - 2))) {
            orgName = true; // "West Northamptonshire Council's cabinet"
        }
        String before = null;
        int prevEnd = start;
        int p = start - 1;
        while (p >= regionStart && CharTable.isWhitespace(chars[p])) {
            p--;
        }
        boolean paren = p >= 0 && chars[p] == '(';
        if (p >= regionStart && isWordChar(chars[p])) {
            int q = p;
            while (q > regionStart && isWordChar(chars[q - 1])) {
                q--;
            }
            before = lower(q, p + 1);
            prevEnd = q;
        }
        return new NameRun(start, end, t[2 * nameFirst], tokens, orgName, possessive, before,
                paren && prevEnd == start);
    }

    /**
     * Whether a word opens its sentence (after quote marks or a dash at most): its capital says nothing, so a lone
     * capitalised word there followed by lower-case words ("Abortion providers…") is not taken for a name.
     */
    private boolean sentenceInitial(int at) {
        int i = at - 1;
        while (i >= 0 && (CharTable.isWhitespace(chars[i]) && chars[i] != '\n'
                || "«“\"‘—–-¿¡(".indexOf(chars[i]) >= 0)) {
            i--;
        }
        return i < 0 || ".!?…\n:".indexOf(chars[i]) >= 0 || chars[i] == '»' || chars[i] == '”';
    }

    private boolean isAllCaps(int start, int end) {
        boolean letter = false;
        for (int i = start; i < end; i++) {
            char c = chars[i];
            if (CharTable.isLowerCase(c)) {
                return false;
            }
            letter |= CharTable.isLetter(c);
        }
        return letter;
    }

    private boolean onlySpaces(int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] != ' ' && chars[i] != '\u00a0') {
                return false;
            }
        }
        return true;
    }

    private static boolean isDayOrMonth(String word) {
        return switch (word) {
            case "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january", "february",
                    "march", "april", "june", "july", "august", "september", "october", "november", "december",
                    "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo" -> true;
            default -> false;
        };
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Noun phrases

    /** The chunks of [from, to) between commas (not those inside numbers), semicolons, parentheses and dashes. */
    List<int[]> chunks(int from, int to) {
        return chunks(from, to, Integer.MAX_VALUE);
    }

    /** The first {@code most} of {@link #chunks(int, int)}: reading a sentence's subject needs only two. */
    List<int[]> chunks(int from, int to, int most) {
        List<int[]> chunks = new ArrayList<>();
        int start = from;
        for (int i = from; i < to && chunks.size() < most; i++) {
            char c = chars[i];
            if (!maySplit(c)) {
                continue;
            }
            if (c == '(') {
                addChunk(chunks, start, i);
                // looked for in the range only: a '(' never closed sent the search to the end of a long text
                int close = indexOf(')', i, to);
                i = close < 0 ? to : close;
                start = i + 1;
                continue;
            }
            boolean split = c == ';' || c == '(' || c == ')' || c == '—' || c == '–'
                    || c == ',' && !(i > from && i + 1 < to && CharTable.isDigit(chars[i - 1])
                    && CharTable.isDigit(chars[i + 1]))
                    || c == '-' && i > from && chars[i - 1] == ' ';
            if (split && !(c == ',' && insideGovernmentBody(start, i, to))) {
                addChunk(chunks, start, i);
                start = i + 1;
            }
        }
        if (chunks.size() < most) {
            addChunk(chunks, start, to);
        }
        return chunks;
    }

    /** Whether a chunk may end at the char: most chars are letters, passed with a table read or two comparisons. */
    private static boolean maySplit(char c) {
        return c < 128 ? SPLITS_ASCII[c] : c == '—' || c == '–';
    }

    /** Whether the comma at {@code comma} lists the areas of a ministry named in [start, to) ("de Ciencia, Innovación"). */
    private boolean insideGovernmentBody(int start, int comma, int to) {
        if (governmentBodyStarts == null) {
            governmentBodyStarts = governmentBodyStarts();
        }
        int at = java.util.Arrays.binarySearch(governmentBodyStarts, start);
        int next = at >= 0 ? at : -at - 1;
        if (next >= governmentBodyStarts.length || governmentBodyStarts[next] >= comma) {
            return false;
        }
        for (NameRun run : names(start, to)) {
            if (run.start() < comma && comma < run.end()) {
                return true;
            }
        }
        return false;
    }

    /** Where the text's capitalised "Ministerio", "Department"… start, in order: chunks are cut at every comma. */
    private int[] governmentBodyStarts() {
        int[] starts = new int[16];
        int count = 0;
        for (String body : GOVERNMENT_BODIES) {
            String capitalised = Character.toUpperCase(body.charAt(0)) + body.substring(1);
            for (int at = text.indexOf(capitalised); at >= 0; at = text.indexOf(capitalised, at + 1)) {
                int end = at + capitalised.length();
                if ((at == 0 || !isWordChar(chars[at - 1])) && (end == chars.length || !isWordChar(chars[end]))) {
                    if (count == starts.length) {
                        starts = java.util.Arrays.copyOf(starts, count * 2);
                    }
                    starts[count++] = at;
                }
            }
        }
        int[] sorted = java.util.Arrays.copyOf(starts, count);
        java.util.Arrays.sort(sorted);
        return sorted;
    }

    /** The first {@code c} in [from, to), or -1. */
    private int indexOf(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (chars[i] == c) {
                return i;
            }
        }
        return -1;
    }

    private void addChunk(List<int[]> chunks, int from, int to) {
        int s = from;
        int e = to;
        while (s < e && !isWordChar(chars[s])) {
            s++;
        }
        while (e > s && !isWordChar(chars[e - 1]) && chars[e - 1] != '.') {
            e--;
        }
        if (s < e) {
            chunks.add(new int[] {s, e});
        }
    }

    /** The first word of [from, to) in lower case, or "". */
    String firstWord(int from, int to) {
        // the first token as tokens(from, to) cuts it, without cutting the rest of the range
        int i = from;
        while (i < to && !isWordChar(chars[i])) {
            i++;
        }
        return i < to ? lower(i, wordEnd(i, to)) : "";
    }

    /** Whether [from, to) opens with a preposition, a relative or a gerund: a clause or modifier, not a speaker. */
    boolean isModifier(int from, int to) {
        String first = firstWord(from, to);
        return isPreposition(first) || RELATIVES.contains(first) || isGerund(first);
    }

    boolean isRelativeOrGerund(int from, int to) {
        String first = firstWord(from, to);
        return RELATIVES.contains(first) || isGerund(first);
    }

    private static boolean isGerund(String word) {
        return word.length() > 4 && (word.endsWith("ndo") || word.endsWith("ndose") || word.endsWith("ing"));
    }

    /** The words of [from, to) without leading conjunctions and adverbs and trailing adverbs; null if none are left. */
    int[] stripped(int from, int to) {
        int[] t = tokens(from, to);
        int n = t.length / 2;
        int a = 0;
        while (a < n) {
            int w = word(t[2 * a], t[2 * a + 1]);
            if (is(w, CONJUNCTION | ADVERB) || is(w, MENTE) && !capitalised(t[2 * a],
                    t[2 * a + 1])) {
                a++;
            } else {
                break;
            }
        }
        int b = n - 1;
        while (b >= a) {
            String w = lower(t[2 * b], t[2 * b + 1]);
            if (ADVERBS.contains(w) || (w.endsWith("mente") || w.endsWith("ly")) && !capitalised(t[2 * b],
                    t[2 * b + 1])) {
                b--;
            } else {
                break;
            }
        }
        return a > b ? null : new int[] {t[2 * a], t[2 * b + 1]};
    }

    /**
     * The speaker named by [from, to): a name (preferring one that fills a chunk of its own, then person-like names),
     * a pronoun, or a description; the other chunk of an apposition becomes the role.
     */
    Phrase resolve(int from, int to) {
        int[] t = tokens(from, to);
        if (t.length == 0) {
            return new Phrase(Kind.EMPTY, from, from, null, null, null, false, false, false);
        }
        int[] core = stripped(from, to);
        if (core == null) {
            boolean conjunction = CONJUNCTIONS.contains(lower(t[0], t[1]));
            return new Phrase(conjunction ? Kind.CONJUNCTION : Kind.EMPTY, from, from, null, null, null, false, false,
                    false);
        }
        List<int[]> chunks = new ArrayList<>();
        for (int[] chunk : chunks(core[0], core[1])) {
            if (!isModifier(chunk[0], chunk[1])) {
                chunks.add(chunk);
            }
        }
        if (chunks.isEmpty()) {
            return invalid(from);
        }
        // 1. A chunk that is a name and nothing else; another chunk is its role.
        for (int c = 0; c < chunks.size(); c++) {
            int[] chunk = chunks.get(c);
            NameRun run = nameOnly(chunk[0], chunk[1]);
            if (run != null) {
                String role = roleOf(chunks, c, run);
                return name(run, role);
            }
        }
        // 2. The best name inside a chunk ("el presidente ruso Vladimir Putin", "un informe anterior de Tass").
        NameRun best = null;
        int bestChunk = -1;
        for (int c = 0; c < chunks.size(); c++) {
            int[] chunk = chunks.get(c);
            NameRun found = null;
            int foundPriority = -1;
            List<NameRun> runs = names(chunk[0], chunk[1]);
            for (NameRun run : runs) {
                if (run.possessive() || run.parenthesised()) {
                    continue;
                }
                if (found != null && run.before() != null && MODIFYING.contains(run.before())) {
                    continue;
                }
                int priority = runs.size() < 2 ? run.priority()
                        : afterAgent(chunk[0], run.start()) ? 4
                        : afterLocative(chunk[0], run.start()) ? 0 : run.priority();
                if (found == null || priority > foundPriority) {
                    found = run;
                    foundPriority = priority;
                }
            }
            if (found != null && (best == null || found.priority() > best.priority())) {
                best = found;
                bestChunk = c;
            }
        }
        if (best != null) {
            int[] chunk = chunks.get(bestChunk);
            String role = descriptionText(chunk[0], best.start());
            if (role == null && best.nameStart() > best.start()) {
                role = text.substring(best.start(), best.nameStart()).strip();
            }
            if (role == null) {
                role = roleOf(chunks, bestChunk, best);
            }
            return name(best, role);
        }
        // 3. A pronoun, or a description.
        int[] chunk = chunks.get(0);
        int[] ct = tokens(chunk[0], chunk[1]);
        String first = lower(ct[0], ct[1]);
        if (ct.length == 2) {
            if (PRONOUNS_PERSON.contains(first) || PRONOUNS_GROUP.contains(first) || PRONOUNS_THING.contains(first)) {
                return new Phrase(Kind.PRONOUN, ct[0], ct[1], first, null, first, PRONOUNS_GROUP.contains(first),
                        PRONOUNS_THING.contains(first), PRONOUNS_PERSON.contains(first));
            }
        }
        return description(chunk[0], chunk[1]);
    }

    private Phrase invalid(int at) {
        return new Phrase(Kind.INVALID, at, at, null, null, null, false, false, false);
    }

    Phrase name(NameRun run, String role) {
        String name = text.substring(run.nameStart(), run.end());
        if (run.possessive()) {
            name = name.substring(0, name.length() - 2);
        }
        return new Phrase(Kind.NAME, run.nameStart(), run.nameStart() + name.length(), name, role, null, false,
                run.org(), run.personLike());
    }

    /** Whether one of the three words before {@code at} (within the chunk) is "en", "in", "at"…: a place or medium. */
    private boolean afterLocative(int chunkStart, int at) {
        int[] t = tokens(chunkStart, at);
        for (int k = t.length - 2, seen = 0; k >= 0 && seen < 3; k -= 2, seen++) {
            String w = lower(t[k], t[k + 1]);
            if (LOCATIVE.contains(w)) {
                return true;
            }
            if (w.equals("por") || w.equals("by") || w.equals("de") || w.equals("del") || w.equals("of")) {
                return false;
            }
        }
        return false;
    }

    /** Whether "por"/"by" stands just before {@code at} (an article between): the agent, "a study by X". */
    private boolean afterAgent(int chunkStart, int at) {
        int[] t = tokens(chunkStart, at);
        for (int k = t.length - 2, seen = 0; k >= 0 && seen < 2; k -= 2, seen++) {
            String w = lower(t[k], t[k + 1]);
            if (w.equals("por") || w.equals("by")) {
                return true;
            }
            if (!ARTICLES.contains(w)) {
                return false;
            }
        }
        return false;
    }

    /** Whether [from, to) ends with a person's name ("El economista José García Montalvo"). */
    boolean endsWithPersonName(int from, int to) {
        int[] t = tokens(from, to);
        if (!endsWithCapitalised(t, to)) {
            return false;
        }
        List<NameRun> runs = names(t, from);
        if (runs.isEmpty()) {
            return false;
        }
        NameRun last = runs.get(runs.size() - 1);
        return last.personLike() && !last.possessive() && last.end() >= to;
    }

    /** The run if [from, to), after leading articles, is one name and nothing else. */
    NameRun nameOnly(int from, int to) {
        int[] t = tokens(from, to);
        if (!endsWithCapitalised(t, to)) {
            return null;
        }
        List<NameRun> runs = names(t, from);
        if (runs.size() != 1) {
            return null;
        }
        NameRun run = runs.get(0);
        if (run.possessive() || run.end() < to) {
            return null;
        }
        // the words before the name: the range's own words, as the run starts at one of them
        for (int k = 0; k < t.length && t[k] < run.start(); k += 2) {
            if (!is(word(t[k], t[k + 1]), ARTICLE)) {
                return null;
            }
        }
        return run;
    }

    /**
     * Whether the last of the tokens ends the range and is capitalised: a name run always ends with a capitalised
     * word, so a range that does not is no name, and most chunks read before a speech verb are cleared without
     * reading their names.
     */
    private boolean endsWithCapitalised(int[] t, int to) {
        int n = t.length;
        return n > 0 && t[n - 1] == to && capitalised(t[n - 2], t[n - 1]);
    }

    /** The role from the chunks around a name: a neighbouring description, else the title inside the run. */
    private String roleOf(List<int[]> chunks, int nameChunk, NameRun run) {
        for (int c : new int[] {nameChunk + 1, nameChunk - 1}) {
            if (c >= 0 && c < chunks.size()) {
                int[] chunk = chunks.get(c);
                if (!isRelativeOrGerund(chunk[0], chunk[1]) && nameOnly(chunk[0], chunk[1]) == null) {
                    String role = descriptionText(chunk[0], chunk[1]);
                    if (role != null) {
                        return role;
                    }
                }
            }
        }
        return run.nameStart() > run.start() ? text.substring(run.start(), run.nameStart()).strip() : null;
    }

    /** The words of [from, to) without leading articles, or null if nothing is left. */
    private String descriptionText(int from, int to) {
        int[] t = tokens(from, to);
        int k = 0;
        while (k < t.length && is(word(t[k], t[k + 1]), ARTICLE)) {
            k += 2;
        }
        if (k >= t.length) {
            return null;
        }
        int end = t[t.length - 1];
        while (end < to && chars[end] == '.') {
            end++;
        }
        return text.substring(t[k], end).strip();
    }

    /**
     * Whether [from, to) reads as an apposition beside a name: a relative clause, or a description whose head noun
     * (a speaker noun or an organisation word) comes within its first four words.
     */
    boolean isApposition(int from, int to) {
        int[] t = tokens(from, to);
        if (t.length == 0 || t.length / 2 > 12) {
            return false;
        }
        if (is(word(t[0], t[1]), RELATIVE)) {
            return true;
        }
        for (int k = 0; k < t.length && k < 8; k += 2) {
            if (is(word(t[k], t[k + 1]), SPEAKER_NOUN | ORG_WORD | TITLE)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the word starts with an ASCII digit, as the regex's \d: the age regex is tried only then. */
    private static boolean startsWithDigit(String word) {
        return !word.isEmpty() && word.charAt(0) >= '0' && word.charAt(0) <= '9';
    }

    /** Whether the word is a preposition; "a" only counts in Spanish text, where it is not an article. */
    boolean isPreposition(String word) {
        return PREPOSITIONS.contains(word) && !(word.equals("a") && lexicon.english);
    }

    /** A description: the speaker itself, or (definite and singular) a pointer back to someone named before. */
    private Phrase description(int from, int to) {
        int[] t = tokens(from, to);
        String noun = null;
        int nounIndex = -1;
        for (int k = 0; k < t.length && k < 8; k += 2) {
            String w = lower(t[k], t[k + 1]);
            if (lexicon.speakerNouns.contains(w) || startsWithDigit(w) && w.matches("\\d+-(year|años)-old")) {
                noun = w;
                nounIndex = k;
                break;
            }
            if (!ARTICLES.contains(w) && k >= 4) {
                break;
            }
        }
        if (noun == null || t.length / 2 > 12) {
            return invalid(from);
        }
        for (int k = nounIndex + 2; k + 2 < t.length && k <= nounIndex + 6; k += 2) {
            String w = lower(t[k], t[k + 1]);
            if (!w.equals("de") && !w.equals("del") && !w.equals("of") && !w.equals("for")) {
                continue;
            }
            int m = k + 2;
            String next = lower(t[m], t[m + 1]);
            boolean article = next.equals("la") || next.equals("el") || next.equals("the");
            if (!w.equals("del") && article && m + 2 < t.length) {
                m += 2;
                next = lower(t[m], t[m + 1]);
            }
            if ((lexicon.orgNouns.contains(next) || lexicon.orgWords.contains(next))
                    && !CharTable.isUpperCase(chars[t[m]])) {
                // "un portavoz del departamento", "a spokesperson for the company": the organisation named before.
                return new Phrase(Kind.DEFINITE, t[0], t[t.length - 1], text.substring(t[0], t[t.length - 1]), null,
                        next, false, true, false);
            }
            break;
        }
        if (lexicon.orgNouns.contains(noun) && nounIndex + 2 < t.length
                && SPOKESPEOPLE.contains(lower(t[nounIndex + 2], t[nounIndex + 3]))) {
            // "a council spokesperson", "a company spokesman": the organisation named before speaks
            return new Phrase(Kind.DEFINITE, t[0], t[t.length - 1], text.substring(t[0], t[t.length - 1]), null,
                    noun, false, true, false);
        }
        String firstWord = lower(t[0], t[1]);
        boolean plural = noun.endsWith("s") && !noun.endsWith("ís") || noun.equals("people") || noun.equals("police");
        boolean org = lexicon.orgNouns.contains(noun);
        boolean definite = DEFINITE_ARTICLES.contains(firstWord) && !plural;
        int start = t[0];
        int k = 0;
        while (k < nounIndex && ARTICLES.contains(lower(t[k], t[k + 1]))) {
            k += 2;
        }
        start = t[k];
        int end = t[t.length - 1];
        String words = text.substring(start, end);
        return new Phrase(definite ? Kind.DEFINITE : Kind.DESCRIPTION, start, end, words, null,
                noun.contains("-") ? "person" : noun, plural, org, !org);
    }
}
