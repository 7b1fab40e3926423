package org.factdesk.analysis.attributions;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.factdesk.analysis.CharTable;
import org.factdesk.analysis.attributions.Entities.Entity;
import org.factdesk.analysis.attributions.NounPhrases.Kind;
import org.factdesk.analysis.attributions.NounPhrases.NameRun;
import org.factdesk.analysis.attributions.NounPhrases.Phrase;
import org.factdesk.model.Attribution;
import org.factdesk.model.Language;
import org.factdesk.text.Segmenter;
import org.factdesk.text.SentenceSplit;
import org.factdesk.text.TextSpan;

/**
 * One run of attribution detection over one text. Quotes are found first and their words masked, so that sentence
 * breaks and cue verbs inside quotes are not seen; then each sentence is read for cues (speech verbs before or after
 * the content, "según X"), the quotes left over are given to the speaker carried over from before, and speakers are
 * resolved to their most complete name.
 */
final class AttributionAnalysis {

    /** How a candidate names its speaker. */
    private enum Ref { NAME, PRONOUN, BARE, DEFINITE, DESCRIPTION, CARRY, CHAIN }

    /** An attribution before its speaker is resolved. */
    private static final class Candidate {
        int start;
        int end;
        boolean direct;
        String cue;
        Ref ref;
        Phrase phrase;
        int chain = -1;
        int paragraph;
        /** Where a quote over several paragraphs opens: whom a pronoun means is read from there, not its end. */
        int anchor = -1;
        int anchorParagraph = -1;
        Entity entity;
        int mentionStart = -1;
        int mentionEnd = -1;
        String role;
    }

    /** A person named at the start of a sentence: who "he" or a bare "dijo" most likely refers to next. */
    private record Subject(int position, int paragraph, Phrase phrase, boolean organisation) {
    }

    /** Carried-over speakers are looked for this many paragraphs back. */
    private static final int CARRY_PARAGRAPHS = 3;
    /** Definite descriptions ("el economista") look this many paragraphs back for whom they describe. */
    private static final int DESCRIPTION_PARAGRAPHS = 5;
    /** Speakers are looked for within this many chars of their cue, so that a huge sentence stays linear. */
    private static final int WINDOW = 400;
    /** A sentence's subject is looked for in this many chars from its start. */
    private static final int SUBJECT_WINDOW = 160;
    /** How far before and after a short name its full form is looked for. */
    private static final int EXPANSION_BEFORE = 50_000;
    private static final int EXPANSION_AFTER = 10_000;
    /** How far back the organisation meant by "the company" is looked for. */
    private static final int ORGANISATION_WINDOW = 4_000;
    /** A quote that is this share of a reported clause makes the match the quote itself. */
    private static final double QUOTE_SHARE = 0.6;

    private static final Pattern DATELINE = Pattern.compile(
            "\\p{Lu}{3,}[\\p{Lu} .'’-]*(?:,[^\\n—–\\-]{0,30}?)?\\s*(?:\\([^)\\n]{0,40}\\))?\\s*[-–—]\\s+");
    private static final Pattern AGENCY = Pattern.compile("\\([^)\\n]{1,40}\\)\\s*[-–—]\\s+");
    private static final Pattern TEMPORAL = Pattern.compile(
            "(?:(?:el|la|los|las|este|esta|ese|esa|the|this|that|last|next|on|early|late|earlier|later|el pasado"
                    + "|la pasada|el próximo|la próxima|a principios de|a finales de)\\s+)?"
                    + "(?:lunes|martes|miércoles|jueves|viernes|sábado|domingo|monday|tuesday|wednesday|thursday"
                    + "|friday|saturday|sunday|semana|mes|año|week|month|year|mañana|tarde|noche|morning|afternoon"
                    + "|evening|night|día|day|hoy|ayer|anoche|anteayer|today|yesterday|tonight|weekend"
                    + "|fin de semana)"
                    + "(?:\\s+(?:pasad[oa]|anterior|previo|previa|próxim[oa]))?"
                    + "(?:\\s+(?:por|de|en|a)\\s+la\\s+(?:mañana|tarde|noche))?"
                    + "(?:\\s+(?:morning|afternoon|evening|night))?(?![\\p{L}\\p{N}])",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** "… y pidió a …", "… and urged …": a second verb of the speaker ({@link SecondVerb}) ends what was reported. */
    private static final java.util.Set<String> REQUEST_VERBS = java.util.Set.of("pidió", "pidieron", "reclamó",
            "reclamaron", "exigió", "exigieron", "instó", "instaron", "urgió", "solicitó", "solicitaron", "urged",
            "called", "asked", "demanded");
    private static final java.util.Set<String> CONNECTORS = java.util.Set.of("de", "del", "la", "las", "los", "el",
            "y", "e", "of", "the", "and", "for", "en", "sobre", "para");
    private static final java.util.Set<String> CLITICS = java.util.Set.of("le", "les", "me", "te", "nos", "se", "lo",
            "la");
    private static final java.util.Set<String> RELATIVES = java.util.Set.of("who", "which", "that", "whose", "que",
            "quien", "quienes", "cuyo", "cuya", "and", "y", "e", "del", "de", "of");
    private static final java.util.Set<String> PARENTHETICALS = java.util.Set.of("por su parte", "a su vez",
            "sin embargo", "no obstante", "en cambio", "por otra parte", "por otro lado", "asimismo", "además",
            "for its part", "for his part", "for her part", "for their part", "however", "though", "in turn",
            "meanwhile", "in contrast", "by contrast");
    private static final int LONGEST_PARENTHETICAL = PARENTHETICALS.stream().mapToInt(String::length).max().orElse(0);
    private static final java.util.Set<String> SKIPPED_ADVERBS = java.util.Set.of("también", "ya", "además", "luego",
            "después", "antes", "hoy", "ayer", "brevemente", "also", "later", "earlier", "previously", "again", "then",
            "too", "once", "today", "yesterday", "recently", "publicly", "públicamente", "nuevamente", "entonces", "though",
            "however", "nonetheless", "sin embargo", "no obstante");
    private static final java.util.Set<String> SKIPPED_PREPOSITIONS = java.util.Set.of("en", "in", "at", "on",
            "durante", "during", "ante", "to", "a", "al", "before", "after", "tras", "con", "with", "from", "desde",
            "via", "por", "through", "for", "under", "bajo", "mediante", "into", "over", "para", "ahead",
            "amid", "según");

    private static final java.util.Set<String> ARTICLES = java.util.Set.of("el", "la", "los", "las", "un", "una",
            "the", "a", "an", "este", "esta", "this");

    private final String text;
    /** The same as {@link #text}, for the loops that read every char (an array read costs less than charAt). */
    private final Lexicon lexicon;
    private final Language language;
    private final SentenceSplit unmasked;
    private int[] lineStarts;
    private int[] lineOrdinal;
    private List<Quote> quotes;
    private int[] quoteStarts;
    private String masked;
    /** The same as {@link #masked}, for the loops that read every char. */
    private char[] maskedChars;
    private boolean[] quoted;
    private NounPhrases phrases;
    /** {@link #TEMPORAL} on the masked text, run only at words that can start a time phrase. */
    private WordStartFilter temporal;
    private List<TextSpan> sentences;
    private boolean[] sentenceUsed;

    /** Every name in the text, read when an organisation is first looked for, and where each starts. */
    private List<NameRun> allRuns;
    private int[] runStarts;
    /** Completes short names from {@link #allRuns}, made on first use. */
    private FullNames fullNames;

    /** The speakers of the lines of dialogue so far, and their paragraphs, for turn taking. */
    private final List<Entity[]> turns = new ArrayList<>();
    private final List<Integer> turnParagraphs = new ArrayList<>();

    private final List<Candidate> candidates = new ArrayList<>();
    private Subject[] sentenceSubjects;
    private boolean[] subjectKnown;
    private final Entities entities = new Entities();
    private final List<Integer> attachPoints = new ArrayList<>();
    private final Map<String, String> keys = new HashMap<>();

    private int sentenceIndex;
    private int sentenceStart;
    private int sentenceEnd;
    private int clauseStart;
    private int consumed;

    /** @param unmasked the segmentation of the unmasked text, whose paragraphs without quotes are reused; or null */
    AttributionAnalysis(String text, Lexicon lexicon, Language language, SentenceSplit unmasked) {
        this.text = text;
        this.lexicon = lexicon;
        this.language = language;
        this.unmasked = unmasked;
    }

    List<AttributionMatch> run() {
        // the text's chars are read for lines and quotes, then masked in place
        char[] chars = text.toCharArray();
        lines(chars);
        quotes = new QuoteScanner(lexicon.cues).scan(chars, lineStarts);
        quoteStarts = new int[quotes.size()];
        for (int i = 0; i < quotes.size(); i++) {
            quoteStarts[i] = quotes.get(i).start();
        }
        mask(chars);
        phrases = new NounPhrases(masked, maskedChars, quoted, lexicon);
        temporal = new WordStartFilter(TEMPORAL, masked);
        // masking changed only the chars of quotations: a paragraph without any is the same as in the shared split
        sentences = joinAfterTitles(Segmenter.split(masked, language, unmasked, this::noneQuoted).sentences());
        sentenceUsed = new boolean[sentences.size()];
        sentenceSubjects = new Subject[sentences.size()];
        subjectKnown = new boolean[sentences.size()];
        int headline = headlineEnd();
        for (int k = 0; k < sentences.size(); k++) {
            if (sentences.get(k).end() <= headline) {
                // a headline's verbs are not speech ("Carmaker recalls 340,000 SUVs") and it opens no subject
                sentenceUsed[k] = true;
                subjectKnown[k] = true;
            }
        }
        for (int k = 0; k < sentences.size(); k++) {
            if (!sentenceUsed[k]) {
                analyseSentence(k);
            }
        }
        addStandaloneQuotes();
        resolveSpeakers();
        return matches();
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Preparation

    private void lines(char[] chars) {
        int count = 1;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            count++;
        }
        lineStarts = new int[count];
        lineOrdinal = new int[count];
        int line = 0;
        for (int i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) {
            lineStarts[++line] = i + 1;
        }
        int ordinal = 0;
        for (int l = 0; l < count; l++) {
            int end = l + 1 < count ? lineStarts[l + 1] - 1 : text.length();
            lineOrdinal[l] = ordinal;
            if (QuoteScanner.skipSpace(chars, lineStarts[l], end) < end) {
                ordinal++;
            }
        }
    }

    /**
     * The end of a headline: a short first line with no closing punctuation, followed by more text; 0 if none.
     */
    private int headlineEnd() {
        int end = lineStarts.length > 1 ? lineStarts[1] - 1 : text.length();
        int last = end - 1;
        while (last >= 0 && CharTable.isWhitespace(text.charAt(last))) {
            last--;
        }
        if (lineStarts.length < 2 || last < 0 || end > 200) {
            return 0;
        }
        char c = text.charAt(last);
        return c == '.' || c == '!' || c == '?' || c == ':' || isQuoteMark(c) || c == '»' ? 0 : end;
    }

    /**
     * Sentences wrongly ended by a title ("said Dr. | Vanessa Saliba") are joined to the next one on the line, and a
     * sentence is split where a lower-case word ends with a stop before a capital ("votó en contra. Su portavoz")
     * in case the segmenter kept them together.
     */
    private List<TextSpan> joinAfterTitles(List<TextSpan> segmented) {
        List<TextSpan> split = new ArrayList<>(segmented.size());
        int[] stops = stopsBeforeSpace();
        int s = 0;
        for (TextSpan sentence : segmented) {
            int start = sentence.start();
            int end = sentence.end();
            while (s < stops.length && stops[s] < start + 2) {
                s++;
            }
            for (; s < stops.length && stops[s] + 2 < end; s++) {
                int i = stops[s];
                if (i >= start + 2 && CharTable.isLowerCase(maskedChars[i - 1])
                        && CharTable.isLowerCase(maskedChars[i - 2]) && !quoted[i - 1]) {
                    int next = i + 1;
                    while (next < end && maskedChars[next] == ' ') {
                        next++;
                    }
                    if (next < end && CharTable.isUpperCase(maskedChars[next])) {
                        split.add(new TextSpan(start, i + 1));
                        start = next;
                    }
                }
            }
            split.add(new TextSpan(start, end));
        }
        List<TextSpan> joined = new ArrayList<>(split.size());
        for (TextSpan sentence : split) {
            if (!joined.isEmpty()) {
                TextSpan previous = joined.get(joined.size() - 1);
                if (endsWithTitle(previous.end()) && noLineBreak(previous.end(), sentence.start())
                        && CharTable.isUpperCase(maskedChars[sentence.start()])) {
                    joined.set(joined.size() - 1, new TextSpan(previous.start(), sentence.end()));
                    continue;
                }
            }
            joined.add(sentence);
        }
        return joined;
    }

    /**
     * Where a ".", "!" or "?" stands before a space, in order: found by String.indexOf, which scans many chars at a
     * time, rather than by reading every char of every sentence.
     */
    private int[] stopsBeforeSpace() {
        int[] found = new int[256];
        int count = 0;
        for (String stop : new String[] {". ", "! ", "? "}) {
            for (int at = masked.indexOf(stop); at >= 0; at = masked.indexOf(stop, at + 1)) {
                if (count == found.length) {
                    found = Arrays.copyOf(found, count * 2);
                }
                found[count++] = at;
            }
        }
        int[] sorted = Arrays.copyOf(found, count);
        Arrays.sort(sorted);
        return sorted;
    }

    private boolean endsWithTitle(int end) {
        if (end < 2 || maskedChars[end - 1] != '.') {
            return false;
        }
        int start = end - 1;
        while (start > 0 && end - start < 6 && CharTable.isLetter(maskedChars[start - 1])) {
            start--;
        }
        return start < end - 1 && CharTable.isUpperCase(maskedChars[start])
                && lexicon.titles.contains(lowerText(start, end - 1));
    }

    private boolean noLineBreak(int from, int to) {
        for (int i = from; i < to; i++) {
            if (maskedChars[i] == '\n') {
                return false;
            }
        }
        return true;
    }

    /** Whether no char of [start, end) is inside a quotation. */
    private boolean noneQuoted(int start, int end) {
        for (int i = start; i < end; i++) {
            if (quoted[i]) {
                return false;
            }
        }
        return true;
    }

    /** The ordinal of the non-blank paragraph (line) that holds the offset. */
    private int paragraph(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int line = found >= 0 ? found : -found - 2;
        return lineOrdinal[Math.max(0, line)];
    }

    /** Hides the words inside quotes (letters become x or X, keeping case; spaces and marks stay). */
    /** Masks the quotations of the text's chars, in place: they become {@link #maskedChars}. */
    private void mask(char[] chars) {
        quoted = new boolean[chars.length];
        for (Quote quote : quotes) {
            // A quote that ends its sentence keeps its final stop, so that the sentence after it starts anew.
            int end = quote.end();
            if (end > quote.start() && ".!?…".indexOf(chars[end - 1]) >= 0) {
                end--;
            }
            for (int i = quote.start(); i < quote.end(); i++) {
                quoted[i] = true;
            }
            for (int i = quote.start(); i < end; i++) {
                char c = chars[i];
                if (!CharTable.isWhitespace(c)) {
                    chars[i] = CharTable.isUpperCase(c) ? 'X' : 'x';
                }
            }
        }
        masked = new String(chars);
        maskedChars = chars;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Sentences

    private void analyseSentence(int k) {
        sentenceIndex = k;
        sentenceStart = sentences.get(k).start();
        sentenceEnd = sentences.get(k).end();
        clauseStart = datelineEnd(sentenceStart, sentenceEnd);
        consumed = clauseStart;
        if (lexicon.spanish && opinion()) {
            return;
        }
        if (phrases.hasMarks()) {
            findCuesCharByChar();
        } else {
            findCuesByWord();
        }
    }

    /**
     * Tries each word of the sentence, from the clause start on, as the start of a source phrase or speech verb. The
     * words come from the text's word index: reading every char for word starts was a large share of the time. A word
     * of the index starts where {@link #findCuesCharByChar} would try one, or inside an initialism ("U.S."), where no
     * phrase can start (none is one letter long); a combining mark, which would start a word inside one of the
     * index, sends the text to the char-by-char search.
     */
    private void findCuesByWord() {
        char[] chars = maskedChars;
        int end = sentenceEnd;
        int total = phrases.wordTotal();
        for (int w = phrases.firstWordFrom(clauseStart); w < total; w++) {
            int i = phrases.wordStart(w);
            if (i >= end) {
                break;
            }
            char c = chars[i];
            if (!CharTable.isLetter(c) || quoted[i] || i > 0 && continuesWord(chars[i - 1])) {
                continue;
            }
            int matched = cueAt(i, c, end);
            if (matched > 0) {
                // the words the match covers are passed; one right after it continues it, as the filter above says
                w = phrases.firstWordFrom(matched) - 1;
            }
        }
    }

    /** The same search as {@link #findCuesByWord}, reading every char: for a text with combining marks. */
    private void findCuesCharByChar() {
        char[] chars = maskedChars;
        int end = sentenceEnd;
        // a word is tried at its first letter only; the rest of it is skipped in a tight loop
        int i = clauseStart > 0 && continuesWord(chars[clauseStart - 1]) ? restOfWord(clauseStart) : clauseStart;
        while (i < end) {
            char c = chars[i];
            if (!CharTable.isLetter(c)) {
                i = continuesWord(c) ? restOfWord(i + 1) : i + 1;
                continue;
            }
            if (quoted[i]) {
                i = restOfWord(i + 1);
                continue;
            }
            int matched = cueAt(i, c, end);
            i = restOfWord(matched > 0 ? matched : i + 1);
        }
    }

    /**
     * Reads a source phrase ("según") or a speech verb starting at the word start {@code i}, whose first char is c, and
     * what it introduces; the end of the phrase or verb, or -1 if none starts there.
     */
    private int cueAt(int i, char c, int end) {
        long each = lexicon.sourcesAndCues.matchEach(maskedChars, i, end);
        int sourceEnd = PhraseTrie.firstEnd(each);
        if (sourceEnd > 0) {
            if (i >= consumed) {
                source(i, sourceEnd);
            }
            return sourceEnd;
        }
        boolean opening = i == clauseStart && lexicon.spanish && !lexicon.english;
        int cueEnd = CharTable.isLowerCase(c) || opening ? PhraseTrie.secondEnd(each) : -1;
        if (cueEnd > 0 && !CharTable.isLowerCase(c) && complementizer(skipAdverbials(cueEnd, false)) < 0) {
            // "Cuenta que …" (the subject left out) is a cue; "Dice la leyenda …" and names are not
            cueEnd = -1;
        }
        if (cueEnd > 0 && i >= consumed) {
            cue(i, cueEnd);
        }
        return cueEnd;
    }

    /** The first offset from {@code from} on, within the sentence, of a char that does not continue a word. */
    private int restOfWord(int from) {
        char[] chars = maskedChars;
        int i = from;
        while (i < sentenceEnd && continuesWord(chars[i])) {
            i++;
        }
        return i;
    }

    private static boolean continuesWord(char c) {
        return c < 128 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '\''
                : CharTable.isLetterOrDigit(c) || c == '’';
    }

    /** Where a sentence starts after a dateline ("MADRID, 14 mar (Factdesk) - "), or its start. */
    private int datelineEnd(int from, int to) {
        if (to - from > 4 && maskedChars[from] == '(') {
            // "MADRID, 14 Ago. (Factdesk) - …": the segmenter ended a sentence at the abbreviated month
            Matcher agency = AGENCY.matcher(masked).region(from, to);
            return agency.lookingAt() ? agency.end() : from;
        }
        if (to - from < 4 || !CharTable.isUpperCase(maskedChars[from]) || !CharTable.isUpperCase(maskedChars[from + 1])
                || !CharTable.isUpperCase(maskedChars[from + 2])) {
            return from;
        }
        Matcher dateline = DATELINE.matcher(masked).region(from, to);
        return dateline.lookingAt() ? dateline.end() : from;
    }

    private boolean isWordStart(int i) {
        if (!CharTable.isLetter(maskedChars[i])) {
            return false;
        }
        if (i == 0) {
            return true;
        }
        char previous = maskedChars[i - 1];
        return !CharTable.isLetterOrDigit(previous) && previous != '-' && previous != '\'' && previous != '’';
    }

    /** Notes the person a sentence opens with, for pronouns and bare cues that follow. */
    private Subject subjectOf(int sentence) {
        if (subjectKnown[sentence]) {
            return sentenceSubjects[sentence];
        }
        subjectKnown[sentence] = true;
        int to = sentences.get(sentence).end();
        int from = datelineEnd(sentences.get(sentence).start(), to);
        // a dateline cut into a sentence of its own ("NASHVILLE, Tenn.") names a place, not a subject
        Subject subject = inDateline(from) ? null : readSubject(from, Math.min(to, from + SUBJECT_WINDOW));
        sentenceSubjects[sentence] = subject;
        return subject;
    }

    /** The person (or else the organisation) a sentence opens with, if any. */
    private Subject readSubject(int from, int to) {
        List<int[]> chunks = phrases.chunks(from, to, 2);
        if (chunks.isEmpty()) {
            return null;
        }
        int[] first = chunks.get(0);
        int[] t = phrases.tokens(first[0], first[1]);
        int limit = t.length >= 12 ? t[11] : first[1];
        List<NameRun> runs = phrases.names(first[0], limit);
        for (NameRun run : runs) {
            if (run.personLike() && !run.possessive()) {
                return subject(run, false);
            }
        }
        // "El presidente de la Junta de …, Alfonso Fernández Mañueco, reclamó": the name in apposition, not the body
        boolean description = t.length >= 4 && ARTICLES.contains(lowerText(t[0], t[1]));
        if (description && chunks.size() > 1) {
            int[] second = chunks.get(1);
            NameRun run = phrases.nameOnly(second[0], second[1]);
            if (run != null && run.personLike()) {
                return subject(run, false);
            }
        }
        int early = t.length >= 8 ? t[7] : first[1];
        for (NameRun run : runs) {
            if (run.org() && !run.possessive() && run.start() < early) {
                return subject(run, true);
            }
        }
        if (chunks.size() > 1 && t.length <= 12) {
            int[] second = chunks.get(1);
            NameRun run = phrases.nameOnly(second[0], second[1]);
            if (run != null && run.personLike()) {
                return subject(run, false);
            }
        }
        Subject surname = knownSurname(t[0], t[1]);
        if (surname == null && chunks.size() > 1 && t.length <= 10) {
            int[] second = chunks.get(1);
            int[] u = phrases.tokens(second[0], second[1]);
            surname = u.length >= 4 ? knownSurname(u[0], u[1]) : null;
        }
        return surname;
    }

    /** "Ocaña negó …", "Back on the farm, Pryce points …": one word that is part of a person named in full before. */
    private Subject knownSurname(int from, int to) {
        if (to - from < 3 || !CharTable.isUpperCase(maskedChars[from]) || quoted[from]
                || ARTICLES.contains(lowerText(from, to))
                || to < maskedChars.length && (maskedChars[to] == '\'' || maskedChars[to] == '’')) {
            return null;
        }
        for (int i = from + 1; i < to; i++) {
            if (!CharTable.isLowerCase(maskedChars[i])) {
                return null;
            }
        }
        String word = masked.substring(from, to);
        if (expand(word, from).indexOf(' ') < 0) {
            return null;
        }
        List<NameRun> runs = phrases.names(from, to);
        return runs.size() == 1 && !runs.get(0).org() ? subject(runs.get(0), false) : null;
    }

    private Subject subject(NameRun run, boolean organisation) {
        return new Subject(run.nameStart(), paragraph(run.nameStart()), phrases.name(run, null), organisation);
    }


    /** "Para X, …": the opinion of a person named in full opens the sentence (Spanish). */
    private boolean opinion() {
        // most sentences do not open with a "p": ruled out before the slower case-insensitive comparison
        char first = clauseStart < sentenceEnd ? maskedChars[clauseStart] : ' ';
        if (first != 'p' && first != 'P' || !masked.regionMatches(true, clauseStart, "para ", 0, 5)) {
            return false;
        }
        int comma = nextSeparator(clauseStart + 5, Math.min(sentenceEnd, clauseStart + WINDOW));
        if (comma < 0) {
            return false;
        }
        Phrase speaker = phrases.resolve(clauseStart + 5, comma);
        if (speaker.kind() != Kind.NAME || !speaker.person()) {
            return false;
        }
        int after = skipAppositionChunk(comma + 1);
        return addCandidate(after, cutEnd(after, sentenceEnd), "para", Ref.NAME, speaker) != null;
    }

    /** "según X", "according to X": the rest of the clause, or the clause before it, is what X says. */
    private void source(int hitStart, int hitEnd) {
        int xStart = QuoteScanner.skipSpace(maskedChars, hitEnd, sentenceEnd);
        int xEnd = xStart;
        int xLimit = Math.min(sentenceEnd, xStart + WINDOW);
        while (xEnd < xLimit && ",;:(".indexOf(maskedChars[xEnd]) < 0 && !isQuoteMark(maskedChars[xEnd])) {
            xEnd++;
        }
        Phrase speaker = phrases.resolve(xStart, xEnd);
        if (speaker.kind() != Kind.NAME && speaker.kind() != Kind.DESCRIPTION && speaker.kind() != Kind.DEFINITE
                && speaker.kind() != Kind.PRONOUN) {
            return;
        }
        if ((speaker.kind() == Kind.DEFINITE || speaker.kind() == Kind.DESCRIPTION) && xEnd < sentenceEnd
                && maskedChars[xEnd] == ',') {
            // "De acuerdo con su portavoz, Rubén del Campo, …": the name in apposition is the source
            int nameStart = QuoteScanner.skipSpace(maskedChars, xEnd + 1, sentenceEnd);
            int comma = nextSeparator(nameStart, Math.min(sentenceEnd, nameStart + WINDOW));
            NameRun run = comma > 0 ? phrases.nameOnly(nameStart, comma) : null;
            if (run != null && (run.personLike() || run.org())) {
                Phrase named = phrases.resolve(nameStart, comma);
                if (named.kind() == Kind.NAME) {
                    speaker = named;
                    xEnd = comma;
                }
            }
        }
        String cue = lowerText(hitStart, hitEnd);
        if (phrases.wordCount(Math.max(clauseStart, hitStart - WINDOW), hitStart) >= 2) {
            addCandidate(clauseStart, hitStart, cue, refOf(speaker), speaker);
        } else {
            int after = xEnd < sentenceEnd && maskedChars[xEnd] == ',' ? skipAppositionChunk(xEnd + 1) : xEnd;
            addCandidate(after, cutEnd(after, sentenceEnd), cue, refOf(speaker), speaker);
        }
        clauseStart = sentenceEnd;
        consumed = sentenceEnd;
    }

    /** A speech verb: "X dijo que …", "«…», dijo X", "…, X said", "X said …". */
    private void cue(int hitStart, int hitEnd) {
        String cue = lowerText(hitStart, hitEnd);
        boolean told = cue.endsWith("told") || cue.endsWith("tells");
        int rest = skipAdverbials(hitEnd, told);
        int content = complementizer(rest);
        if (cue.endsWith("ing") || cue.endsWith("ndo")) {
            participle(hitStart, hitEnd, rest, content, cue);
            return;
        }
        if (lexicon.english && cue.indexOf(' ') < 0 && cue.endsWith("s") && !afterSubjectOrQuote(hitStart)) {
            return;
        }
        boolean afterAnd = conjunctionBefore(hitStart);
        if (content >= 0) {
            Phrase subject = subjectBefore(clauseStart, hitStart);
            if (subject == null && afterAnd) {
                subject = sentenceSubject();
            }
            if (subject != null) {
                int end = cutEnd(content, sentenceEnd);
                if (addCandidate(content, end, cue, refOf(subject), subject) != null) {
                    consumed = end;
                    clauseStart = end;
                }
            }
            return;
        }
        if (postCueAfterQuote(hitStart, hitEnd, rest, cue) || postCueAfterComma(hitStart, hitEnd, rest, cue)) {
            return;
        }
        if (lexicon.english && (lastChunkWords(clauseStart, hitStart) <= 6 || appositionSubject(clauseStart, hitStart)
                || afterAnd) && !contains(',', hitEnd, rest)) {
            Phrase subject = subjectBefore(clauseStart, hitStart);
            if (subject == null && afterAnd) {
                subject = sentenceSubject();
            }
            if (subject != null && subject.kind() != Kind.EMPTY && rest < sentenceEnd
                    && phrases.wordCount(rest, sentenceEnd) >= 3
                    && !phrases.isPreposition(phrases.firstWord(rest, sentenceEnd))
                    && ",.;:".indexOf(maskedChars[rest]) < 0) {
                int end = cutEnd(rest, sentenceEnd);
                if (SecondVerb.end(maskedChars, end, sentenceEnd) >= 0) {
                    // "claimed responsibility … and said it had …": the first verb took an object, not speech
                    return;
                }
                if (addCandidate(rest, end, cue, refOf(subject), subject) != null) {
                    consumed = end;
                    clauseStart = end;
                }
            }
        }
    }

    /** Whether "and"/"y" stands right before the verb ("… kept rates on hold and said …"). */
    private boolean conjunctionBefore(int hitStart) {
        int end = QuoteScanner.trimEnd(maskedChars, clauseStart, hitStart);
        int start = end;
        while (start > clauseStart && CharTable.isLetter(maskedChars[start - 1])) {
            start--;
        }
        if (start == end || start == clauseStart || quoted[start]) {
            return false;
        }
        String word = lowerText(start, end);
        return word.equals("and") || word.equals("y") || word.equals("e") || word.equals("aunque")
                || word.equals("pero") || word.equals("but") || word.equals("although");
    }

    /** ", saying that …", ", añadiendo que …": what the subject of the sentence says. */
    private void participle(int hitStart, int hitEnd, int rest, int content, String cue) {
        int before = QuoteScanner.trimEnd(maskedChars, clauseStart, hitStart);
        if (before <= clauseStart || maskedChars[before - 1] != ',') {
            return;
        }
        int from = content;
        if (from < 0) {
            if (!lexicon.english || rest >= sentenceEnd || phrases.wordCount(rest, sentenceEnd) < 3
                    || phrases.isPreposition(phrases.firstWord(rest, sentenceEnd))) {
                return;
            }
            from = rest;
        }
        Phrase subject = sentenceSubject();
        if (subject == null) {
            return;
        }
        int end = cutEnd(from, sentenceEnd);
        if (addCandidate(from, end, cue, refOf(subject), subject) != null) {
            consumed = end;
            clauseStart = end;
        }
    }

    /** English "-s" forms are also plural nouns ("neighboring states"): a real cue follows its subject or a quote. */
    private boolean afterSubjectOrQuote(int hitStart) {
        int i = hitStart - 1;
        while (i >= sentenceStart && CharTable.isWhitespace(maskedChars[i])) {
            i--;
        }
        if (i < sentenceStart) {
            return false;
        }
        char c = maskedChars[i];
        if (c == ',' || isQuoteMark(c)) {
            return true;
        }
        int end = i + 1;
        int start = end;
        while (start > sentenceStart && isWordCharacter(maskedChars[start - 1])) {
            start--;
        }
        if (start == end) {
            return false;
        }
        String word = lowerText(start, end);
        return CharTable.isUpperCase(maskedChars[start]) || lexicon.speakerNouns.contains(word)
                || word.equals("he") || word.equals("she") || word.equals("it") || word.equals("who");
    }

    /** Whether the words before a verb are a name followed by an apposition ("Helen Bedford, a professor of …,"). */
    private boolean appositionSubject(int clause, int to) {
        List<int[]> chunks = phrases.chunks(windowStart(clause, to), to);
        int last = chunks.size() - 1;
        if (last < 1) {
            return false;
        }
        int[] previous = chunks.get(last - 1);
        return !phrases.isModifier(chunks.get(last)[0], chunks.get(last)[1])
                && (phrases.nameOnly(previous[0], previous[1]) != null
                || phrases.wordCount(previous[0], previous[1]) <= 6
                && phrases.endsWithPersonName(previous[0], previous[1]));
    }

    /** Words in the chunk just before a verb, leaving out a trailing relative or participle clause. */
    private int lastChunkWords(int clause, int to) {
        List<int[]> chunks = phrases.chunks(windowStart(clause, to), to);
        int last = chunks.size() - 1;
        while (last > 0 && phrases.isRelativeOrGerund(chunks.get(last)[0], chunks.get(last)[1])) {
            last--;
        }
        if (last < 0) {
            return 0;
        }
        int[] chunk = chunks.get(last);
        // a long name is one subject ("the U.S. Attorney's Office for the District of Arizona said …")
        return phrases.nameOnly(chunk[0], chunk[1]) != null ? 1 : phrases.wordCount(chunk[0], chunk[1]);
    }

    /** "“…,” the bank's chief economist, Jan Hatzius, wrote" and "«…», dijo X": a quote closes just before. */
    private boolean postCueAfterQuote(int hitStart, int hitEnd, int rest, String cue) {
        Quote quote = lastQuoteBefore(hitStart);
        if (quote == null) {
            return false;
        }
        int gap = quote.closeMark() >= 0 ? quote.closeMark() + 1 : quote.end();
        while (gap < hitStart
                && (CharTable.isWhitespace(maskedChars[gap]) || ",—–-".indexOf(maskedChars[gap]) >= 0)) {
            gap++;
        }
        if (gap > hitStart) {
            return false;
        }
        if (gap < hitStart && CLITICS.contains(lowerText(gap, QuoteScanner.trimEnd(maskedChars, gap, hitStart)))) {
            gap = hitStart; // "—¿Qué ocurrió? —le preguntó Herrero."
        }
        Phrase speaker;
        Ref ref;
        if (gap == hitStart) {
            speaker = phraseAfter(rest);
            ref = speaker.names() ? refOf(speaker) : Ref.BARE;
        } else {
            speaker = phrases.resolve(gap, hitStart);
            if (!speaker.names() || phrases.wordCount(gap, hitStart) > 15) {
                return false;
            }
            ref = refOf(speaker);
        }
        int contentEnd = quote.closeMark() >= 0 ? quote.closeMark() : quote.end();
        Candidate candidate = addCandidate(clauseStart, contentEnd, cue, ref, speaker);
        if (candidate != null && ref == Ref.BARE) {
            speakerFromNextSentence(candidate, rest);
        }
        endCueClause(hitEnd);
        return true;
    }

    /** The end of the head noun of a description ("the company| knew …"), or the phrase's end. */
    private int afterNoun(Phrase phrase) {
        if (phrase.noun() == null) {
            return phrase.end();
        }
        for (int i = phrase.start(); i < phrase.end(); i = QuoteScanner.skipSpace(maskedChars, wordEnd(i), phrase.end())) {
            if (!CharTable.isLetter(maskedChars[i])) {
                return phrase.end();
            }
            if (lowerText(i, wordEnd(i)).equals(phrase.noun())) {
                return wordEnd(i);
            }
        }
        return phrase.end();
    }

    /** Whether a lower-case word that is not a preposition, adverb, time or relative follows: a verb of its own. */
    private boolean verbFollows(int from) {
        int at = QuoteScanner.skipSpace(maskedChars, from, sentenceEnd);
        if (at >= sentenceEnd || !CharTable.isLowerCase(maskedChars[at]) || quoted[at]) {
            return false;
        }
        String word = lowerText(at, wordEnd(at));
        return !(phrases.isPreposition(word) || SKIPPED_ADVERBS.contains(word) || word.endsWith("mente")
                || word.endsWith("ly") || RELATIVES.contains(word) || ARTICLES.contains(word)
                || temporal.lookingAt(maskedChars, at, sentenceEnd) >= 0);
    }

    /** "…, dijo X." / "…, the ministry said." with no quote: the clause before the comma is the content. */
    private boolean postCueAfterComma(int hitStart, int hitEnd, int rest, String cue) {
        int before = QuoteScanner.trimEnd(maskedChars, clauseStart, hitStart);
        if (before > clauseStart && ",—–".indexOf(maskedChars[before - 1]) >= 0) {
            Phrase speaker = phraseAfter(rest);
            boolean restEmpty = restIsEmpty(rest);
            if (speaker.names() && speaker.kind() != Kind.NAME && verbFollows(afterNoun(speaker))) {
                // "One, filed in …, says the company failed …": the words after the verb are its content
                return false;
            }
            if (speaker.names() || restEmpty) {
                Ref ref = speaker.names() ? refOf(speaker) : Ref.BARE;
                Candidate candidate = addCandidate(clauseStart, before - 1, cue, ref, speaker);
                if (candidate != null && ref == Ref.BARE) {
                    speakerFromNextSentence(candidate, rest);
                }
                endCueClause(hitEnd);
                return candidate != null;
            }
            return false;
        }
        int comma = lastSeparator(clauseStart, hitStart);
        boolean restDone = restIsEmpty(rest) || contains(',', hitEnd, rest)
                && phrases.isRelativeOrGerund(rest, sentenceEnd);
        if (comma > clauseStart && restDone && phrases.wordCount(Math.max(clauseStart, comma - WINDOW), comma) >= 4
                && phrases.wordCount(comma + 1, hitStart) <= 8) {
            Phrase speaker = phrases.resolve(comma + 1, hitStart);
            if (speaker.names()) {
                addCandidate(clauseStart, comma, cue, refOf(speaker), speaker);
                endCueClause(hitEnd);
                return true;
            }
        }
        return false;
    }

    /**
     * The subject of a speech verb from the words before it: the chunk next to the verb, widened to an apposition
     * ("El portavoz …, Matthew Miller," / "Wang Son-taek, director de …,"); null if it cannot name a speaker.
     */
    private Phrase subjectBefore(int clause, int to) {
        int from = windowStart(clause, to);
        for (int q = firstQuoteFrom(clause); q < quotes.size() && quotes.get(q).start() < to; q++) {
            Quote quote = quotes.get(q);
            from = Math.max(from, Math.min(to, quote.closeMark() >= 0 ? quote.closeMark() + 1 : quote.end()));
        }
        List<int[]> chunks = phrases.chunks(from, to);
        if (chunks.isEmpty()) {
            return lexicon.spanish && phrases.wordCount(from, to) == 0 ? phrases.resolve(to, to) : null;
        }
        if (lexicon.spanish && !lexicon.english && frontedAdverbial(chunks, to)) {
            // "En su exposición inicial, sostuvo que …", "Preguntado por …, aseguró": the subject is left out
            return phrases.resolve(to, to);
        }
        int last = chunks.size() - 1;
        while (last > 0 && (phrases.isRelativeOrGerund(chunks.get(last)[0], chunks.get(last)[1])
                || parenthetical(chunks.get(last)[0], chunks.get(last)[1]))) {
            last--;
        }
        int[] chunk = chunks.get(last);
        if (phrases.wordCount(chunk[0], chunk[1]) > 12) {
            return null;
        }
        int regionStart = chunk[0];
        if (last > 0) {
            int[] previous = chunks.get(last - 1);
            boolean chunkIsName = phrases.nameOnly(chunk[0], chunk[1]) != null;
            boolean previousIsName = phrases.nameOnly(previous[0], previous[1]) != null
                    || phrases.wordCount(previous[0], previous[1]) <= 8
                    && phrases.endsWithPersonName(previous[0], previous[1]);
            if (chunkIsName && phrases.wordCount(previous[0], previous[1]) <= 10
                    && !phrases.isModifier(previous[0], previous[1]) && phrases.isApposition(previous[0], previous[1])
                    || previousIsName && !phrases.isModifier(chunk[0], chunk[1])) {
                regionStart = previous[0];
            }
        }
        Phrase subject = personAfterRole(phrases.resolve(regionStart, to), to);
        if (subject.kind() == Kind.CONJUNCTION) {
            // "Y añade: «…»": with no subject in the sentence, the speaker is carried over (Spanish drops it)
            Phrase named = sentenceSubject();
            return named != null || !lexicon.spanish ? named : phrases.resolve(to, to);
        }
        if (subject.kind() == Kind.EMPTY) {
            return lexicon.spanish ? subject : null;
        }
        return subject.names() ? subject : null;
    }

    /**
     * A comment between commas that is not the subject: "por su parte", "sin embargo", "for its part", or a phrase
     * opened by an adverb in -mente/-ly ("visiblemente emocionado", "clearly frustrated").
     */
    private boolean parenthetical(int from, int to) {
        if (mayBeParenthetical(from, to) && PARENTHETICALS.contains(lowerText(from, to).strip())) {
            return true;
        }
        int firstEnd = wordEnd(from);
        String first = lowerText(from, firstEnd);
        if (!CharTable.isLowerCase(maskedChars[from])) {
            return false;
        }
        // "One, filed in federal court in Nashville, says": a participle phrase describes the subject before it
        boolean participle = first.length() > 4 && (lexicon.english && first.endsWith("ed")
                || lexicon.spanish && (first.endsWith("ado") || first.endsWith("ada") || first.endsWith("ido")
                || first.endsWith("ida")));
        return participle || phrases.wordCount(from, to) <= 4
                && (first.endsWith("mente") || first.endsWith("ly") && first.length() > 4);
    }

    /**
     * Whether [from, to) is short enough to be one of the {@link #PARENTHETICALS}: most chunks are far longer, and
     * lower-casing each whole chunk to look it up was a waste. Generous, as lower case may hold fewer UTF-16 chars.
     */
    private boolean mayBeParenthetical(int from, int to) {
        int a = QuoteScanner.skipSpace(maskedChars, from, to);
        return QuoteScanner.trimEnd(maskedChars, a, to) - a <= 2 * LONGEST_PARENTHETICAL;
    }

    /**
     * "Harlow Rovers manager Stefan Lindqvist", "Acme chief executive Jane Roe": a body's name, then a role, then the
     * person, who is the speaker; the phrase itself otherwise.
     */
    private Phrase personAfterRole(Phrase phrase, int to) {
        if (phrase.kind() != Kind.NAME || phrase.end() >= to) {
            return phrase;
        }
        int i = QuoteScanner.skipSpace(maskedChars, phrase.end(), to);
        boolean role = false;
        for (int words = 0; words < 4 && i < to && CharTable.isLowerCase(maskedChars[i]); words++) {
            int end = wordEnd(i);
            role |= lexicon.speakerNouns.contains(lowerText(i, end));
            i = QuoteScanner.skipSpace(maskedChars, end, to);
        }
        if (!role || i >= to || !CharTable.isUpperCase(maskedChars[i])) {
            return phrase;
        }
        Phrase person = phrases.resolve(i, to);
        return person.kind() == Kind.NAME && person.person() && person.start() == i ? person : phrase;
    }

    /** Whether the words before a verb are only comma-ended adverbial chunks (a preposition or participle first). */
    private boolean frontedAdverbial(List<int[]> chunks, int to) {
        int[] last = chunks.get(chunks.size() - 1);
        if (!contains(',', last[1], to)) {
            return false;
        }
        for (int[] chunk : chunks) {
            String first = lowerText(chunk[0], wordEnd(chunk[0]));
            boolean participle = first.length() > 4 && (first.endsWith("ado") || first.endsWith("ada")
                    || first.endsWith("ido") || first.endsWith("ida"));
            if (!phrases.isPreposition(first) && !participle && !parenthetical(chunk[0], chunk[1])) {
                return false;
            }
            if (!phrases.names(chunk[0], chunk[1]).isEmpty() && !participle) {
                return false;
            }
        }
        return true;
    }

    /** The name a sentence opens with ("El Banco de España rebajó … y advirtió …"). */
    private Phrase sentenceSubject() {
        // from the sentence's start: a clause cut at "… y advirtió" still has the sentence's subject
        int from = Math.min(clauseStart, datelineEnd(sentenceStart, sentenceEnd));
        List<int[]> chunks = phrases.chunks(from, Math.min(sentenceEnd, from + WINDOW));
        while (chunks.size() > 1 && phrases.isPreposition(lowerText(chunks.get(0)[0], wordEnd(chunks.get(0)[0])))) {
            // "Desde Vox, su portavoz, Alejandro Nolasco, …": an opening prepositional phrase is not the subject
            chunks = chunks.subList(1, chunks.size());
        }
        if (chunks.isEmpty()) {
            return null;
        }
        int[] first = chunks.get(0);
        if (chunks.size() > 1 && phrases.wordCount(first[0], first[1]) <= 10
                && phrases.nameOnly(chunks.get(1)[0], chunks.get(1)[1]) != null) {
            Phrase apposition = phrases.resolve(first[0], chunks.get(1)[1]);
            if (apposition.kind() == Kind.NAME) {
                return apposition;
            }
        }
        int[] t = phrases.tokens(first[0], first[1]);
        int limit = t.length >= 12 ? t[11] : first[1];
        NameRun best = null;
        for (NameRun run : phrases.names(first[0], limit)) {
            if (!run.possessive() && (best == null || run.priority() > best.priority())) {
                best = run;
            }
        }
        return best == null ? null : phrases.name(best, null);
    }

    /** The speaker named right after a verb ("dijo el lunes la portavoz …, Adrienne Watson,"), if any. */
    private Phrase phraseAfter(int from) {
        int end = from;
        int limit = Math.min(sentenceEnd, from + WINDOW);
        while (end < limit && !isQuoteMark(maskedChars[end]) && maskedChars[end] != ':') {
            end++;
        }
        Phrase phrase = phrases.resolve(from, end);
        if (phrase.kind() == Kind.NAME) {
            List<int[]> chunks = phrases.chunks(from, end);
            if (chunks.isEmpty()) {
                return phrases.resolve(from, from);
            }
            int[] first = chunks.get(0);
            boolean inFirst = phrase.start() < first[1];
            if (inFirst ? phrases.wordCount(from, phrase.start()) > 4 : phrases.isModifier(first[0], first[1])
                    || !phrases.isApposition(first[0], first[1])) {
                return phrases.resolve(from, from);
            }
        } else if (phrase.kind() == Kind.PRONOUN || phrase.kind() == Kind.CONJUNCTION) {
            return phrases.resolve(from, from);
        }
        return phrase;
    }

    /** A bare "dijo." ending a sentence may have its speaker in the next one ("dijo. Yang Moo-jin, profesor …"). */
    private void speakerFromNextSentence(Candidate candidate, int rest) {
        if (!restIsEmpty(rest) || sentenceIndex + 1 >= sentences.size()) {
            return;
        }
        TextSpan next = sentences.get(sentenceIndex + 1);
        if (paragraph(next.start()) != paragraph(sentenceStart)) {
            return;
        }
        int from = next.start();
        if (CharTable.isLowerCase(maskedChars[from])) {
            int cueEnd = lexicon.cues.match(maskedChars, from, next.end());
            if (cueEnd < 0) {
                return;
            }
            from = cueEnd;
        }
        List<int[]> chunks = phrases.chunks(from, next.end());
        if (chunks.isEmpty()) {
            return;
        }
        NameRun run = phrases.nameOnly(chunks.get(0)[0], chunks.get(0)[1]);
        if (run == null || !run.personLike()) {
            return;
        }
        int end = chunks.size() > 1 && phrases.isApposition(chunks.get(1)[0], chunks.get(1)[1]) ? chunks.get(1)[1]
                : chunks.get(0)[1];
        candidate.phrase = phrases.resolve(chunks.get(0)[0], end);
        candidate.ref = Ref.NAME;
        sentenceUsed[sentenceIndex + 1] = true;
    }

    /** After "«…», dijo X": a quote later in the same sentence continues the same speaker. */
    private void endCueClause(int hitEnd) {
        for (int q = firstQuoteFrom(hitEnd); q < quotes.size(); q++) {
            Quote quote = quotes.get(q);
            if (quote.start() >= sentenceEnd) {
                break;
            }
            if (quote.openMark() >= hitEnd) {
                attachPoints.add(quote.start());
                clauseStart = quote.openMark();
                consumed = clauseStart;
                return;
            }
        }
        clauseStart = sentenceEnd;
        consumed = sentenceEnd;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Small readers

    /** Skips time phrases, adverbs and prepositional phrases after a verb ("durante una sesión informativa"). */
    private int skipAdverbials(int from, boolean objectFollows) {
        int i = from;
        boolean objectSkipped = !objectFollows;
        int guard = 0;
        while (i < sentenceEnd && guard++ < 20) {
            while (i < sentenceEnd
                    && (CharTable.isWhitespace(maskedChars[i]) || ",+&@#/*".indexOf(maskedChars[i]) >= 0)) {
                i++;
            }
            if (i >= sentenceEnd || !CharTable.isLetter(maskedChars[i])) {
                return i;
            }
            int temporalEnd = temporal.lookingAt(maskedChars, i, sentenceEnd);
            if (temporalEnd >= 0) {
                i = temporalEnd;
                continue;
            }
            int wordEnd = wordEnd(i);
            String word = lowerText(i, wordEnd);
            boolean lowerCase = CharTable.isLowerCase(maskedChars[i]);
            if (SKIPPED_ADVERBS.contains(word) || lowerCase && (word.endsWith("mente") || word.endsWith("ly"))) {
                i = wordEnd;
                continue;
            }
            if (!objectSkipped) {
                objectSkipped = true;
                i = skipObject(i);
                continue;
            }
            if (SKIPPED_PREPOSITIONS.contains(word) && lowerCase) {
                i = skipPrepositionalObject(wordEnd);
                continue;
            }
            return i;
        }
        return i;
    }

    /** The object of "told" ("reporters", "the BBC", "Reuters"). */
    private int skipObject(int from) {
        int i = from;
        String word = lowerText(i, wordEnd(i));
        if (word.equals("the") || word.equals("a") || word.equals("an")) {
            i = QuoteScanner.skipSpace(maskedChars, wordEnd(i), sentenceEnd);
        }
        if (i < sentenceEnd && CharTable.isUpperCase(maskedChars[i])) {
            for (NameRun run : phrases.names(i, Math.min(sentenceEnd, i + 80))) {
                return run.end();
            }
        }
        return i < sentenceEnd && CharTable.isLetter(maskedChars[i]) ? wordEnd(i) : i;
    }

    /** The words after a preposition, up to the next preposition, "que"/"that", punctuation or five words. */
    private int skipPrepositionalObject(int from) {
        int i = from;
        boolean previousLower = false;
        boolean nounSeen = false;
        for (int words = 0; words < 5; words++) {
            int start = QuoteScanner.skipSpace(maskedChars, i, sentenceEnd);
            if (start >= sentenceEnd || !isWordCharacter(maskedChars[start])) {
                return start;
            }
            int end = wordEnd(start);
            String word = lowerText(start, end);
            boolean upper = CharTable.isUpperCase(maskedChars[start]);
            boolean article = ARTICLES.contains(word);
            if (word.equals("que") || word.equals("that") || SKIPPED_PREPOSITIONS.contains(word) && words > 0
                    || lexicon.cues.match(maskedChars, start, sentenceEnd) > 0 && !upper
                    || upper && previousLower && nounSeen || article && nounSeen) {
                // "a esta redacción Carme Arcarazo", "a los periodistas el ministro": the object has ended.
                return start;
            }
            previousLower = !upper;
            nounSeen |= !article;
            i = end;
        }
        return i;
    }

    /** Where the content starts if a verb is followed by "que", "de que", "that" or ":"; -1 otherwise. */
    private int complementizer(int at) {
        if (at >= sentenceEnd) {
            return -1;
        }
        if (maskedChars[at] == ':') {
            return at + 1;
        }
        if (!CharTable.isLetter(maskedChars[at])) {
            return -1;
        }
        int end = wordEnd(at);
        String word = lowerText(at, end);
        if (word.equals("de") || word.equals("of")) {
            int next = QuoteScanner.skipSpace(maskedChars, end, sentenceEnd);
            if (next < sentenceEnd && CharTable.isLetter(maskedChars[next])) {
                int nextEnd = wordEnd(next);
                if (lowerText(next, nextEnd).equals("que")) {
                    return nextEnd;
                }
            }
            return -1;
        }
        return word.equals("que") || word.equals("that") ? end : -1;
    }

    private boolean restIsEmpty(int from) {
        for (int i = from; i < sentenceEnd; i++) {
            char c = maskedChars[i];
            if (CharTable.isLetterOrDigit(c) || isQuoteMark(c)) {
                return false;
            }
        }
        return true;
    }

    /** Skips "el centro de análisis de las cajas de ahorro," after "De acuerdo con Funcas,". */
    private int skipAppositionChunk(int from) {
        int comma = nextSeparator(from, Math.min(sentenceEnd, from + WINDOW));
        if (comma > 0 && phrases.isApposition(from, comma) && !phrases.isModifier(from, comma)
                && phrases.wordCount(comma + 1, sentenceEnd) >= 3) {
            return comma + 1;
        }
        return from;
    }

    /** The end of reported content: the sentence end, or a "…, según X", "; ", ", while …" that closes it first. */
    private int cutEnd(int from, int to) {
        int end = to;
        int cut = ClauseCut.find(maskedChars, from, to);
        if (cut >= 0) {
            end = cut;
        }
        for (int i = from; i < end; i++) {
            if (maskedChars[i] == ',') {
                int next = QuoteScanner.skipSpace(maskedChars, i + 1, end);
                if (next < end && lexicon.sources.match(maskedChars, next, end) > 0) {
                    return i;
                }
            }
        }
        for (int second = SecondVerb.find(maskedChars, from, end); second >= 0; ) {
            int verb = SecondVerb.end(maskedChars, second, end);
            if (!quoted[verb] && (lexicon.cues.match(maskedChars, verb, end) > 0
                    || REQUEST_VERBS.contains(lowerText(verb, wordEnd(verb))))) {
                return second;
            }
            second = SecondVerb.find(maskedChars, verb, end);
        }
        return end;
    }

    /** The last {@code c} in masked[from, to), or -1: bounded, where String.lastIndexOf would search back to 0. */
    private int lastIndexOf(char c, int from, int to) {
        for (int i = to - 1; i >= from; i--) {
            if (maskedChars[i] == c) {
                return i;
            }
        }
        return -1;
    }

    /** Whether masked[from, to) holds {@code c}, without the substring. */
    private boolean contains(char c, int from, int to) {
        for (int i = from; i < to; i++) {
            if (maskedChars[i] == c) {
                return true;
            }
        }
        return false;
    }

    private int nextSeparator(int from, int to) {
        for (int i = from; i < to; i++) {
            char c = maskedChars[i];
            if (c == ',' && !(i > 0 && i + 1 < masked.length() && CharTable.isDigit(maskedChars[i - 1])
                    && CharTable.isDigit(maskedChars[i + 1])) || c == ';') {
                return i;
            }
        }
        return -1;
    }

    private int lastSeparator(int from, int to) {
        for (int i = to - 1; i > from && i > to - WINDOW; i--) {
            char c = maskedChars[i];
            if (c == ',' && !(i + 1 < masked.length() && CharTable.isDigit(maskedChars[i - 1])
                    && CharTable.isDigit(maskedChars[i + 1])) || c == '—' || c == '–') {
                return i;
            }
        }
        return -1;
    }

    /** The start of the words before {@code to} worth reading for a speaker: the clause, at most a window back. */
    private int windowStart(int clause, int to) {
        if (to - clause <= WINDOW) {
            return clause;
        }
        int from = to - WINDOW;
        while (from < to && !CharTable.isWhitespace(maskedChars[from])) {
            from++;
        }
        return from;
    }

    private int wordEnd(int from) {
        int i = from;
        while (i < masked.length() && isWordCharacter(maskedChars[i])) {
            i++;
        }
        return i;
    }

    private static boolean isWordCharacter(char c) {
        return CharTable.isWordChar(c);
    }

    private String lowerText(int from, int to) {
        return phrases.lowerAsIs(from, to);
    }

    private static boolean isQuoteMark(char c) {
        return "«»“”\"‘’„".indexOf(c) >= 0;
    }

    private Quote lastQuoteBefore(int position) {
        int index = Arrays.binarySearch(quoteStarts, position);
        int q = index >= 0 ? index - 1 : -index - 2;
        for (; q >= 0; q--) {
            Quote quote = quotes.get(q);
            int close = quote.closeMark() >= 0 ? quote.closeMark() : quote.end();
            if (quote.start() < clauseStart && quote.openMark() < clauseStart) {
                return null;
            }
            if (close <= position) {
                return quote;
            }
        }
        return null;
    }

    private int firstQuoteFrom(int position) {
        int index = Arrays.binarySearch(quoteStarts, position);
        return index >= 0 ? index : -index - 1;
    }

    private static Ref refOf(Phrase phrase) {
        return switch (phrase.kind()) {
            case NAME -> Ref.NAME;
            case PRONOUN -> Ref.PRONOUN;
            case DEFINITE -> Ref.DEFINITE;
            case DESCRIPTION -> Ref.DESCRIPTION;
            default -> Ref.BARE;
        };
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Candidates

    /**
     * Adds the content [from, to) trimmed of punctuation at its edges; when quotes make most of it, the match is the
     * quoted words. Returns null (and adds nothing) for content of fewer than two words.
     */
    private Candidate addCandidate(int from, int to, String cue, Ref ref, Phrase phrase) {
        int a = from;
        int b = Math.min(to, text.length());
        while (a < b && (CharTable.isWhitespace(text.charAt(a)) || ":—–-,".indexOf(text.charAt(a)) >= 0)) {
            a++;
        }
        b = trimTrailing(a, b);
        if (a >= b || phrases.wordCount(a, b) < 2) {
            return null;
        }
        boolean direct = false;
        int quotedChars = 0;
        int firstStart = -1;
        int lastEnd = -1;
        for (int q = firstQuoteFrom(Math.max(0, a - 1)) - 1; q < quotes.size(); q++) {
            if (q < 0) {
                continue;
            }
            Quote quote = quotes.get(q);
            if (quote.start() >= b) {
                break;
            }
            if (quote.end() <= a) {
                continue;
            }
            int s = Math.max(a, quote.start());
            int e = Math.min(b, quote.end());
            quotedChars += e - s;
            if (firstStart < 0) {
                firstStart = s;
            }
            lastEnd = e;
        }
        if (quotedChars > 0 && quotedChars >= QUOTE_SHARE * (b - a)) {
            direct = true;
            a = firstStart;
            b = trimTrailing(a, lastEnd);
        }
        if (a >= b) {
            return null;
        }
        Candidate candidate = new Candidate();
        candidate.start = a;
        candidate.end = b;
        candidate.direct = direct;
        candidate.cue = cue;
        candidate.ref = ref;
        candidate.phrase = phrase;
        candidate.paragraph = paragraph(a);
        candidates.add(candidate);
        return candidate;
    }

    private int trimTrailing(int from, int to) {
        int b = to;
        while (b > from && (CharTable.isWhitespace(text.charAt(b - 1)) || ",;:—–".indexOf(text.charAt(b - 1)) >= 0
                || text.charAt(b - 1) == '.' && !quoted[b - 1])) {
            b--;
        }
        return b;
    }

    /** Quotes no cue took: their own sentence, a paragraph of a longer quote, or the rest of an interrupted one. */
    private void addStandaloneQuotes() {
        List<Candidate> explicit = new ArrayList<>(candidates);
        explicit.sort(Comparator.comparingInt(c -> c.start));
        int[] starts = new int[explicit.size()];
        int[] ends = new int[explicit.size()];
        int maxEnd = 0;
        for (int i = 0; i < explicit.size(); i++) {
            starts[i] = explicit.get(i).start;
            maxEnd = Math.max(maxEnd, explicit.get(i).end);
            ends[i] = maxEnd;
        }
        List<Integer> attach = new ArrayList<>(attachPoints);
        attach.sort(null);
        int sentence = 0;
        for (Quote quote : quotes) {
            if (covered(quote, starts, ends)) {
                continue;
            }
            while (sentence + 1 < sentences.size() && sentences.get(sentence).end() <= quote.start()) {
                sentence++;
            }
            boolean accepted = quote.chain() >= 0 || quote.openMark() < 0
                    || java.util.Collections.binarySearch(attach, quote.start()) >= 0
                    || opensSentence(quote, sentences.get(Math.min(sentence, sentences.size() - 1)));
            if (!accepted || !substantial(quote)) {
                continue;
            }
            Candidate candidate = new Candidate();
            candidate.start = quote.start();
            candidate.end = trimTrailing(quote.start(), quote.end());
            if (candidate.end <= candidate.start) {
                continue;
            }
            candidate.direct = true;
            candidate.ref = quote.chain() >= 0 ? Ref.CHAIN : Ref.CARRY;
            candidate.chain = quote.chain();
            candidate.paragraph = paragraph(quote.start());
            candidates.add(candidate);
        }
    }

    private static boolean covered(Quote quote, int[] starts, int[] ends) {
        int index = Arrays.binarySearch(starts, quote.end());
        int last = index >= 0 ? index - 1 : -index - 2;
        while (last >= 0 && starts[last] >= quote.end()) {
            last--;
        }
        return last >= 0 && ends[last] > quote.start();
    }

    private boolean opensSentence(Quote quote, TextSpan sentence) {
        int mark = quote.openMark();
        if (mark < sentence.start() - 1) {
            return false;
        }
        for (int i = sentence.start(); i < mark; i++) {
            char c = maskedChars[i];
            if (!CharTable.isWhitespace(c) && "—–-•*".indexOf(c) < 0) {
                return false;
            }
        }
        return true;
    }

    /** At least four words, or a whole sentence: a headline in quotes or a scare-quoted phrase is not a statement. */
    private boolean substantial(Quote quote) {
        if (phrases.wordCount(quote.start(), quote.end()) >= 4) {
            return true;
        }
        char last = text.charAt(quote.end() - 1);
        return last == '.' || last == '!' || last == '?' || last == '…';
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Speakers

    private void resolveSpeakers() {
        candidates.sort(Comparator.comparingInt(c -> c.start));
        Map<Integer, Candidate> chainSource = new HashMap<>();
        for (Candidate candidate : candidates) {
            if (candidate.ref != Ref.CARRY && candidate.ref != Ref.CHAIN) {
                for (int q = Math.max(0, firstQuoteFrom(candidate.start) - 1); q < quotes.size(); q++) {
                    Quote quote = quotes.get(q);
                    if (quote.start() >= candidate.end) {
                        break;
                    }
                    if (quote.chain() >= 0 && quote.end() > candidate.start) {
                        chainSource.putIfAbsent(quote.chain(), candidate);
                        int first = q;
                        while (first > 0 && quotes.get(first - 1).chain() == quote.chain()) {
                            first--;
                        }
                        if (first < q) {
                            candidate.anchor = quotes.get(first).start();
                            candidate.anchorParagraph = paragraph(candidate.anchor);
                        }
                    }
                }
            }
        }
        for (Candidate candidate : candidates) {
            if (candidate.ref == Ref.CHAIN && chainSource.containsKey(candidate.chain)) {
                continue;
            }
            resolve(candidate);
            if (candidate.ref == Ref.CHAIN && candidate.entity != null) {
                chainSource.putIfAbsent(candidate.chain, candidate);
            }
        }
        for (Candidate candidate : candidates) {
            if (candidate.ref == Ref.CHAIN && candidate.entity == null) {
                Candidate source = chainSource.get(candidate.chain);
                if (source != null && source != candidate && source.entity != null) {
                    candidate.entity = source.entity;
                    candidate.mentionStart = source.mentionStart;
                    candidate.mentionEnd = source.mentionEnd;
                    candidate.role = source.role;
                }
            }
        }
    }

    private void resolve(Candidate candidate) {
        Phrase phrase = candidate.phrase;
        Entity entity;
        switch (candidate.ref) {
            case NAME, DESCRIPTION -> entity = entityFor(phrase);
            case PRONOUN -> entity = recent(candidate, phrase.person() ? 1 : phrase.org() ? 2 : 0, CARRY_PARAGRAPHS);
            case DEFINITE -> {
                // "el club" is an organisation, not the person whose role is "director deportivo del club"
                entity = phrase.org() ? namedOrganisation(phrase.start()) : byRole(candidate, phrase.noun());
                if (entity == null) {
                    entity = recent(candidate, phrase.org() ? 2 : 1, DESCRIPTION_PARAGRAPHS);
                }
                if (entity == null) {
                    entity = entityFor(phrase);
                }
            }
            default -> entity = recent(candidate, 0, CARRY_PARAGRAPHS);
        }
        if (entity != null && candidate.ref != Ref.NAME && candidate.ref != Ref.DESCRIPTION) {
            entity = otherTurn(candidate, entity);
        }
        if (entity == null) {
            return;
        }
        if (dialogueLine(candidate)) {
            turns.add(new Entity[] {entity});
            turnParagraphs.add(candidate.paragraph);
        }
        candidate.entity = entity;
        boolean mentioned = (candidate.ref == Ref.NAME || candidate.ref == Ref.DESCRIPTION) && phrase != null;
        if (mentioned) {
            entity.mentionStart = phrase.start();
            entity.mentionEnd = phrase.end();
        }
        candidate.mentionStart = entity.mentionStart;
        candidate.mentionEnd = entity.mentionEnd;
        String role = phrase != null && phrase.role() != null ? phrase.role() : entity.role;
        candidate.role = role;
        if (entity.role == null) {
            entity.role = role;
        }
        entity.spoke |= candidate.cue == null || !lexicon.sources.isPhrase(candidate.cue);
        entity.lastPosition = Math.max(entity.lastPosition, Math.max(candidate.end, entity.mentionEnd));
        entities.seen(entity, candidate.paragraph);
    }

    /**
     * Lines of dialogue take turns: a line whose speaker is not named ("—Mucho.", "—… —respondió el acusado.") is not
     * said by whoever said the line just before; it goes to the one before that, or the latest other person.
     */
    private Entity otherTurn(Candidate candidate, Entity entity) {
        int last = turns.size() - 1;
        if (!dialogueLine(candidate) || last < 0 || turnParagraphs.get(last) != candidate.paragraph - 1
                || turns.get(last)[0] != entity) {
            return entity;
        }
        if (last > 0 && turnParagraphs.get(last - 1) == candidate.paragraph - 2 && turns.get(last - 1)[0] != entity) {
            return turns.get(last - 1)[0];
        }
        readAllRuns();
        int index = Arrays.binarySearch(runStarts, candidate.start);
        int from = Math.max(0, candidate.start - EXPANSION_AFTER);
        for (int r = (index >= 0 ? index : -index - 1) - 1; r >= 0 && runStarts[r] >= from; r--) {
            NameRun run = allRuns.get(r);
            if (!run.possessive() && !quoted[run.nameStart()] && (run.personLike() || !run.org()
                    && expand(masked.substring(run.nameStart(), run.end()), run.nameStart()).indexOf(' ') > 0)) {
                Entity named = entityFor(phrases.name(run, null));
                if (named != entity) {
                    return named;
                }
            }
        }
        Entity best = null;
        for (Entity other : entities.seenSince(candidate.paragraph - DESCRIPTION_PARAGRAPHS)) {
            if (other != entity && other.person && other.lastPosition < candidate.start
                    && candidate.paragraph - other.lastParagraph() <= DESCRIPTION_PARAGRAPHS
                    && (best == null || other.lastPosition > best.lastPosition)) {
                best = other;
            }
        }
        return best == null ? entity : best;
    }

    /** Whether the candidate is a line of dialogue: a quote opened by a dash at the start of its line. */
    private boolean dialogueLine(Candidate candidate) {
        int lineStart = masked.lastIndexOf('\n', candidate.start) + 1;
        int first = QuoteScanner.skipSpace(maskedChars, lineStart, candidate.start + 1);
        return first < candidate.start && (maskedChars[first] == '—' || maskedChars[first] == '―');
    }

    /**
     * The speaker most recently seen before the candidate, or the person the latest sentence opened with if that is
     * more recent. Kind: 0 anyone, 1 a person (or a name of unknown kind), 2 an organisation (or unknown).
     */
    private Entity recent(Candidate candidate, int kind, int paragraphs) {
        Entity best = null;
        for (Entity entity : entities.seenSince(candidate.paragraph - paragraphs)) {
            if (entity.lastPosition > candidate.start && entity.mentionStart > candidate.start
                    || candidate.paragraph - entity.lastParagraph() > paragraphs
                    || kind == 1 && entity.org || kind == 2 && entity.person || kind == 0 && !entity.spoke) {
                continue;
            }
            if (best == null || entity.lastPosition > best.lastPosition) {
                best = entity;
            }
        }
        {
            int from = candidate.anchor >= 0 ? candidate.anchor : candidate.start;
            int paragraph = candidate.anchor >= 0 ? candidate.anchorParagraph : candidate.paragraph;
            Subject subject = latestSubject(from, kind == 2);
            if (subject != null && paragraph - subject.paragraph() <= 1
                    && (best == null || subject.position() > best.lastPosition)) {
                Entity named = entityFor(subject.phrase());
                named.mentionStart = subject.phrase().start();
                named.mentionEnd = subject.phrase().end();
                named.lastPosition = Math.max(named.lastPosition, subject.phrase().end());
                entities.seen(named, subject.paragraph());
                return named;
            }
        }
        return best;
    }

    /** The subject of the latest sentence before the offset, in its paragraph or the one before, if any. */
    private Subject latestSubject(int before, boolean organisation) {
        int low = 0;
        int high = sentences.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sentences.get(mid).start() < before) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        int paragraph = paragraph(before);
        for (int k = low - 1; k >= 0 && paragraph(sentences.get(k).start()) >= paragraph - 1; k--) {
            Subject subject = subjectOf(k);
            if (subject != null && subject.position() < before) {
                return subject.organisation() == organisation ? subject : null;
            }
        }
        return null;
    }


    /** The recent speaker whose role or name contains the noun of "el economista", "the midfielder". */
    private Entity byRole(Candidate candidate, String noun) {
        if (noun == null || noun.length() < 3) {
            return null;
        }
        String key = Names.key(noun);
        Entity best = null;
        for (Entity entity : entities.seenSince(candidate.paragraph - DESCRIPTION_PARAGRAPHS)) {
            if (candidate.paragraph - entity.lastParagraph() > DESCRIPTION_PARAGRAPHS
                    || entity.lastPosition > candidate.start) {
                continue;
            }
            String role = entity.role == null ? "" : keys.computeIfAbsent(entity.role, Names::key);
            if ((role.contains(key) || entity.key.contains(key))
                    && (best == null || entity.lastPosition > best.lastPosition)) {
                best = entity;
            }
        }
        return best;
    }

    /**
     * The organisation "the company", "el club" or "fuentes del hospital" most likely means: among the organisations
     * named in the text before it, the one named most often, counting double a mention that opens this sentence or
     * the one before (not after a preposition) and one that reads as an organisation; the latest on a tie. Null if
     * none is named.
     */
    private Entity namedOrganisation(int before) {
        int from = Math.max(0, before - ORGANISATION_WINDOW);
        while (from > 0 && from < before && CharTable.isLetterOrDigit(maskedChars[from - 1])) {
            from++;
        }
        int sentence = sentenceAt(before);
        int recentFrom = sentences.get(Math.max(0, sentence - 1)).start();
        Map<String, int[]> counts = new HashMap<>();
        Map<String, NameRun> longest = new HashMap<>();
        int lastSentence = -1;
        int headline = headlineEnd();
        java.util.Set<String> named = new java.util.HashSet<>();
        readAllRuns();
        int firstRun = Arrays.binarySearch(runStarts, from);
        for (int r = firstRun >= 0 ? firstRun : -firstRun - 1; r < allRuns.size(); r++) {
            NameRun run = allRuns.get(r);
            if (run.end() > before) {
                break;
            }
            if (run.parenthesised() || quoted[run.nameStart()] || inDateline(run.nameStart())
                    || !run.org() && (run.nameStart() > run.start() || knownPerson(run)
                    || run.tokens() == 1 && expand(masked.substring(run.nameStart(), run.end()),
                    run.nameStart()).indexOf(' ') > 0)) {
                // a company's name may look like a person's ("Acme Robotics"), but not a titled or known person's
                continue;
            }
            int tail = run.end();
            while (tail < masked.length() && (CharTable.isLetter(maskedChars[tail]) || maskedChars[tail] == '-')) {
                tail++;
            }
            int hyphen = lastIndexOf('-', run.nameStart(), tail);
            if (hyphen >= 0 && hyphen + 1 < tail && CharTable.isLowerCase(maskedChars[hyphen + 1])) {
                continue; // "The Chicago-based firm": an adjective
            }
            String head = masked.substring(run.nameStart(), wordEnd(run.nameStart()));
            int[] count = counts.computeIfAbsent(head, h -> new int[2]);
            int sentenceOfRun = sentenceAt(run.start());
            boolean opens = run.start() >= recentFrom && run.start() >= headline && sentenceOfRun != lastSentence
                    && !afterPreposition(run.start());
            boolean firstWord = run.start() <= datelineEnd(sentences.get(sentenceOfRun).start(), run.end());
            if (run.org() || run.tokens() > 1 || !firstWord) {
                lastSentence = sentenceOfRun;
            }
            count[0] += (opens ? 2 : 1) * (run.org() ? 2 : 1);
            count[1] = run.start();
            NameRun known = longest.get(head);
            if (known == null || run.end() - run.nameStart() > known.end() - known.nameStart()) {
                longest.put(head, run);
            }
            // one capitalised word opening a sentence ("Shares fell …") is a name only if it is also seen elsewhere
            if (run.org() || run.tokens() > 1 || !firstWord) {
                named.add(head);
            }
        }
        counts.keySet().retainAll(named);
        String best = null;
        for (Map.Entry<String, int[]> entry : counts.entrySet()) {
            int[] c = entry.getValue();
            if (!longest.containsKey(entry.getKey())) {
                continue;
            }
            int[] b = best == null ? null : counts.get(best);
            int org = longest.get(entry.getKey()).org() ? 1 : 0;
            int bestOrg = best == null ? 0 : longest.get(best).org() ? 1 : 0;
            if (b == null || c[0] > b[0] || c[0] == b[0] && (org > bestOrg || org == bestOrg && c[1] > b[1])) {
                best = entry.getKey();
            }
        }
        return best == null ? null : entityFor(phrases.name(longest.get(best), null));
    }

    /** Reads every name once: each "the company" or dialogue turn then looks only at the runs near it. */
    private void readAllRuns() {
        if (allRuns == null) {
            allRuns = phrases.names(0, masked.length());
            runStarts = new int[allRuns.size()];
            for (int r = 0; r < runStarts.length; r++) {
                runStarts[r] = allRuns.get(r).start();
            }
        }
    }

    /** Whether a name is that of a person already seen speaking. */
    private boolean knownPerson(NameRun run) {
        Entity entity = entities.withKey(keys.computeIfAbsent(masked.substring(run.nameStart(), run.end()),
                Names::key));
        return entity != null && entity.person;
    }

    /** Whether the word before {@code at}, past any article, is a preposition ("ante el Getafe", "on Acme"). */
    private boolean afterPreposition(int at) {
        int i = at;
        for (int words = 0; words < 2; words++) {
            int end = i;
            while (end > 0 && maskedChars[end - 1] == ' ') {
                end--;
            }
            int start = end;
            while (start > 0 && CharTable.isLetter(maskedChars[start - 1])) {
                start--;
            }
            if (start == end) {
                return false;
            }
            String word = lowerText(start, end);
            if (!ARTICLES.contains(word)) {
                return phrases.isPreposition(word);
            }
            i = start;
        }
        return false;
    }

    /** Whether the offset lies in the dateline that opens its line ("NASHVILLE, Tenn. (Factdesk) — "). */
    private boolean inDateline(int offset) {
        int found = Arrays.binarySearch(lineStarts, offset);
        int line = found >= 0 ? found : -found - 2;
        int start = lineStarts[Math.max(0, line)];
        int end = line + 1 < lineStarts.length ? lineStarts[line + 1] - 1 : text.length();
        return offset < datelineEnd(start, Math.min(end, start + 120));
    }

    /** The index of the sentence holding the offset, or of the last one before it. */
    private int sentenceAt(int offset) {
        int low = 0;
        int high = sentences.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sentences.get(mid).start() <= offset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return Math.max(0, low - 1);
    }

    private Entity entityFor(Phrase phrase) {
        String name = phrase.text();
        String person = phrase.kind() == Kind.NAME ? personAfterBody(name) : null;
        if (person != null) {
            return entityFor(new Phrase(Kind.NAME, phrase.end() - person.length(), phrase.end(), person,
                    phrase.role(), phrase.noun(), false, false, true));
        }
        if (phrase.kind() == Kind.NAME) {
            name = widenOverPreposition(name, phrase.start());
        }
        if (phrase.kind() == Kind.NAME) {
            name = phrase.org() ? expandOrganisation(name, phrase.start()) : expand(name, phrase.start());
        }
        boolean isPerson = phrase.kind() != Kind.NAME ? phrase.person()
                : !phrase.org() && Names.tokenCount(name) >= 2;
        String key = keys.computeIfAbsent(name, Names::key);
        boolean isName = Names.isName(name);
        Entity known = entities.withKey(key);
        if (known != null) {
            return known;
        }
        Entity same = entities.sameSpeaker(key, isName);
        if (same != null) {
            if (Names.tokenCount(name) > Names.tokenCount(same.name)) {
                entities.rename(same, name, key, isName);
            }
            entities.alias(key, same);
            same.person |= isPerson;
            if (same.role == null) {
                same.role = phrase.role();
            }
            return same;
        }
        Entity entity = new Entity();
        entity.name = name;
        entity.key = key;
        entity.isName = isName;
        entity.org = phrase.org();
        entity.person = isPerson;
        entity.role = phrase.role();
        entity.mentionStart = phrase.start();
        entity.mentionEnd = phrase.end();
        entity.lastPosition = phrase.end();
        return entities.add(entity, paragraph(phrase.start()));
    }

    /**
     * The person at the end of a long description run together with the name ("Economía Aplicada de la Universidad de
     * Sevilla Antonio Delgado" → "Antonio Delgado"): after the last connector, a place or body word and then at least
     * two plain capitalised words; null if the name is not of that shape.
     */
    private static String personAfterBody(String name) {
        String[] words = name.split(" ");
        int last = -1;
        for (int k = 0; k < words.length; k++) {
            if (CONNECTORS.contains(words[k])) {
                last = k;
            }
        }
        int first = words.length;
        while (first > last + 2 && plainCapitalised(words[first - 1])) {
            first--;
        }
        if (last < 1 || words.length - first < 2) {
            return null;
        }
        return String.join(" ", java.util.Arrays.copyOfRange(words, first, words.length));
    }

    /** "Delgado", "Son-taek": a capital then lower-case letters (not "III", "CSIC"). */
    private static boolean plainCapitalised(String w) {
        if (w.length() < 2 || !CharTable.isUpperCase(w.charAt(0))) {
            return false;
        }
        for (int c = 1; c < w.length(); c++) {
            if (!CharTable.isLowerCase(w.charAt(c)) && w.charAt(c) != '-') {
                return false;
            }
        }
        return true;
    }

    /** "Ecologistas en Acción", "Médicos sin Fronteras": a name cut at "en"/"sin" gets its first word back. */
    private String widenOverPreposition(String name, int start) {
        int space = start - 1;
        if (space < 4 || maskedChars[space] != ' ') {
            return name;
        }
        int wordStart = space;
        while (wordStart > 0 && CharTable.isLetter(maskedChars[wordStart - 1])) {
            wordStart--;
        }
        String preposition = masked.substring(wordStart, space);
        if (!preposition.equals("en") && !preposition.equals("sin") || wordStart < 2
                || maskedChars[wordStart - 1] != ' ') {
            return name;
        }
        int headEnd = wordStart - 1;
        int headStart = headEnd;
        while (headStart > 0 && CharTable.isLetter(maskedChars[headStart - 1])) {
            headStart--;
        }
        boolean opens = headStart == 0 || headStart == datelineEnd(sentenceStartOf(headStart), headStart + 1)
                || ARTICLES.contains(previousWord(headStart));
        if (headStart == headEnd || !CharTable.isUpperCase(maskedChars[headStart]) || quoted[headStart] || !opens
                || lexicon.stopwords.contains(lowerText(headStart, headEnd))) {
            return name;
        }
        return masked.substring(headStart, start) + name;
    }

    private int sentenceStartOf(int offset) {
        return sentences.isEmpty() ? 0 : sentences.get(sentenceAt(offset)).start();
    }

    private String previousWord(int at) {
        int end = QuoteScanner.trimEnd(maskedChars, Math.max(0, at - 40), at);
        int start = end;
        while (start > 0 && CharTable.isLetter(maskedChars[start - 1])) {
            start--;
        }
        return lowerText(start, end);
    }

    /**
     * The most complete form of a person's name near where it is written ("Urrutia" → "Iker Urrutia Zabala"): worked
     * out at each mention, since one surname may stand for two people in one text.
     */
    private String expand(String name, int around) {
        return fullNames().complete(name, around);
    }

    /** The fullest form of an organisation's name near it ("the Council" → "West Northamptonshire Council"). */
    private String expandOrganisation(String name, int around) {
        return fullNames().completeOrganisation(name, around);
    }

    private FullNames fullNames() {
        if (fullNames == null) {
            readAllRuns();
            fullNames = new FullNames(masked, maskedChars, allRuns, EXPANSION_BEFORE, EXPANSION_AFTER);
        }
        return fullNames;
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Output

    private List<AttributionMatch> matches() {
        List<AttributionMatch> out = new ArrayList<>();
        Candidate previous = null;
        for (Candidate candidate : candidates) {
            if (candidate.entity == null) {
                continue;
            }
            if (previous != null && overlapsMostly(previous, candidate)) {
                if (previous.ref != Ref.NAME && candidate.ref == Ref.NAME) {
                    out.remove(out.size() - 1);
                } else {
                    continue;
                }
            }
            Integer speakerStart = candidate.mentionStart >= 0 && candidate.mentionEnd >= candidate.mentionStart
                    && candidate.mentionEnd <= text.length() ? candidate.mentionStart : null;
            Integer speakerEnd = speakerStart == null ? null : candidate.mentionEnd;
            Attribution attribution = new Attribution(candidate.entity.name, speakerStart, speakerEnd,
                    candidate.role, candidate.cue, candidate.direct, null);
            out.add(new AttributionMatch(candidate.start, candidate.end, attribution));
            previous = candidate;
        }
        return out;
    }

    private static boolean overlapsMostly(Candidate a, Candidate b) {
        int overlap = Math.min(a.end, b.end) - Math.max(a.start, b.start);
        return overlap > 0 && overlap * 2 >= Math.min(a.end - a.start, b.end - b.start);
    }
}
