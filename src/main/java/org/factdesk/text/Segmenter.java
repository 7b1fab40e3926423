package org.factdesk.text;

import com.ibm.icu.text.BreakIterator;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.factdesk.model.Language;
import org.factdesk.model.Paragraph;

/**
 * Splits normalised text (LF line breaks) into paragraphs and sentences, as UTF-16 spans.
 *
 * <p>Paragraphs: text that is hard-wrapped (blocks of short lines separated by blank lines, as in e-mail or Markdown)
 * has one paragraph per block, a Markdown heading or list item starting a new one; any other text has one paragraph
 * per non-blank line, which is how articles copied from the web and the sample article are laid out.
 *
 * <p>Sentences: ICU's sentence rules for the language, with abbreviations that do not end a sentence ("Sr.",
 * "EE. UU.", "Mr.", "p.m."). A sentence never crosses a paragraph break; inside a hard-wrapped paragraph, a line
 * break is read as a space so that a wrapped sentence stays one sentence.
 */
public final class Segmenter {

    /** Lines of at most this many chars that run on into the next line may be hard-wrapped. */
    private static final int WRAPPED_LINE_MAX = 100;
    /**
     * Share (in percent) of run-on lines that must look wrapped (short, and not ending a sentence) for the text to
     * count as hard-wrapped. Wrapped prose scores around 85–90; one-paragraph-per-line text only has short headlines
     * and datelines among its long lines.
     */
    private static final int WRAPPED_SHARE = 60;

    /** Abbreviations after which a period does not end a sentence, whatever the language. */
    private static final List<String> COMMON_ABBREVIATIONS = List.of(
            "a.m.", "p.m.", "A.M.", "P.M.", "Dr.", "Dra.", "Prof.", "Sr.", "Jr.", "St.", "Gen.", "Col.", "Lt.",
            "Capt.", "U.S.", "U.K.", "U.N.", "EE.", "vs.", "approx.", "aprox.", "Vol.", "vol.", "pp.",
            "Fig.", "fig.");
    private static final List<String> SPANISH_ABBREVIATIONS = List.of(
            "Sra.", "Srta.", "Sres.", "Sras.", "Dres.", "Lic.", "Ing.", "Arq.", "Profa.", "Gral.", "Cnel.", "Tte.",
            "Sgto.", "Cap.", "Cmdte.", "Mons.", "Pbro.", "Sto.", "Sta.", "Excmo.", "Excma.", "Ilmo.", "Ilma.", "Ud.",
            "Uds.", "Vd.", "Vds.", "Dña.", "Av.", "Avda.", "Pza.", "Univ.", "Depto.", "Dpto.", "Cía.", "núm.",
            "Núm.", "nro.", "Nro.", "pág.", "págs.", "art.", "Art.", "cap.", "ej.", "tel.", "Tel.", "a.C.", "d.C.",
            "FF.", "AA.", "CC.", "OO.", "RR.", "HH.", "JJ.", "ss.", "Ej.");
    private static final List<String> ENGLISH_ABBREVIATIONS = List.of(
            "Mr.", "Mrs.", "Ms.", "Mx.", "Rev.", "Gov.", "Sen.", "Rep.", "Sgt.", "Maj.", "Adm.", "Cmdr.", "Hon.",
            "Pres.", "Supt.", "Insp.", "Det.", "Mt.", "Ft.", "Ave.", "Blvd.", "Rd.", "e.g.", "i.e.", "Jan.", "Feb.",
            "Aug.", "Sept.", "Sep.", "Oct.", "Nov.", "Dec.", "D.C.", "E.U.");
    /**
     * The abbreviations each language's text is checked for. Both lists apply to undetermined text; Spanish articles
     * also use some English ones ("2:42 p.m. ET"), which are in the common list. Initials ("George W. Bush") are
     * recognised apart: a sentence rarely ends in a lone capital letter.
     */
    private static final Map<Language, Set<String>> ABBREVIATIONS = Map.of(
            Language.ES, union(COMMON_ABBREVIATIONS, SPANISH_ABBREVIATIONS),
            Language.EN, union(COMMON_ABBREVIATIONS, ENGLISH_ABBREVIATIONS),
            Language.UNDETERMINED, union(COMMON_ABBREVIATIONS, union(SPANISH_ABBREVIATIONS, ENGLISH_ABBREVIATIONS)));
    /** The length of the longest abbreviation of any language. */
    private static final int LONGEST_ABBREVIATION = ABBREVIATIONS.get(Language.UNDETERMINED).stream()
            .mapToInt(String::length).max().orElse(0);
    /** What a line that ends a sentence or a quote ends with. */
    private static final String SENTENCE_END = ".!?:;»”\"…";
    /** What may stand before an abbreviation in the same word: "(p.m.", "«Sr.". */
    private static final String OPENING_PUNCTUATION = "([{«‹\"'“‘¿¡";

    /** ICU's breakers are costly to build and not thread-safe: one per language and thread, reused. */
    private static final ThreadLocal<Map<Language, SentenceBreaker>> BREAKERS =
            ThreadLocal.withInitial(() -> new EnumMap<>(Language.class));

    private Segmenter() {
    }

    private static Set<String> union(Collection<String> first, Collection<String> second) {
        Set<String> all = new HashSet<>(first);
        all.addAll(second);
        return Set.copyOf(all);
    }

    /** The paragraphs of {@code text}, numbered from 0, trimmed of surrounding whitespace, none empty. */
    public static List<Paragraph> paragraphs(String text) {
        return paragraphs(text, isHardWrapped(text));
    }

    private static List<Paragraph> paragraphs(String text, boolean hardWrapped) {
        List<Paragraph> paragraphs = new ArrayList<>();
        int length = text.length();
        int blockStart = -1;
        int blockEnd = -1;
        boolean previousWasHeading = false;
        int lineStart = 0;
        while (lineStart <= length) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            int contentStart = skipSpaceForward(text, lineStart, lineEnd);
            boolean blank = contentStart == lineEnd;
            if (blank) {
                blockStart = addParagraph(text, paragraphs, blockStart, blockEnd);
            } else if (!hardWrapped) {
                addParagraph(text, paragraphs, lineStart, lineEnd);
            } else {
                boolean heading = isHeading(text, contentStart, lineEnd);
                if (heading || previousWasHeading || isListItem(text, contentStart, lineEnd)) {
                    blockStart = addParagraph(text, paragraphs, blockStart, blockEnd);
                }
                if (blockStart < 0) {
                    blockStart = lineStart;
                }
                blockEnd = lineEnd;
                previousWasHeading = heading;
            }
            if (blank) {
                previousWasHeading = false;
            }
            lineStart = lineEnd + 1;
        }
        addParagraph(text, paragraphs, blockStart, blockEnd);
        return paragraphs;
    }

    /**
     * The sentences of {@code text}, trimmed of surrounding whitespace, in order. {@link Language#UNDETERMINED} uses
     * ICU's root rules with the abbreviations of both languages.
     */
    public static List<TextSpan> sentences(String text, Language language) {
        return split(text, language).sentences();
    }

    /**
     * The paragraphs and sentences of {@code text}, as {@link #paragraphs} and {@link #sentences} cut them.
     *
     * @param text     normalised text
     * @param language the language whose sentence rules apply
     * @return the text's segmentation
     */
    public static SentenceSplit split(String text, Language language) {
        return split(text, language, null);
    }

    /**
     * The same as {@link #split(String, Language)}, taking the sentences of each paragraph that is unchanged in
     * {@code like} (same offsets, same chars, same layout) from it instead of cutting them again. Sentences depend only
     * on their paragraph, so the result is the same; a text that differs from {@code like} in a few places (quotations
     * masked) costs only those.
     *
     * @param text     normalised text
     * @param language the language whose sentence rules apply
     * @param like     an earlier split of a text of the same length, or {@code null}
     * @return the text's segmentation
     */
    public static SentenceSplit split(String text, Language language, SentenceSplit like) {
        return split(text, language, like,
                (start, end) -> text.regionMatches(start, like.text(), start, end - start));
    }

    /** Whether a text has the same chars as another in a range, as a caller that made it from the other knows. */
    @FunctionalInterface
    public interface SameChars {

        /** Whether the chars [start, end) are the same in both texts. */
        boolean between(int start, int end);
    }

    /**
     * The same as {@link #split(String, Language, SentenceSplit)}, told by the caller which ranges of the text are the
     * same as in {@code like}: comparing every paragraph's chars was a large share of the time saved.
     *
     * @param text     normalised text
     * @param language the language whose sentence rules apply
     * @param like     an earlier split of a text of the same length, or {@code null}
     * @param same     whether a range of the text has the same chars as {@code like}'s text (never false when they
     *                 are; a false answer for an unchanged range only costs its cutting)
     * @return the text's segmentation
     */
    public static SentenceSplit split(String text, Language language, SentenceSplit like, SameChars same) {
        boolean hardWrapped = isHardWrapped(text);
        List<Paragraph> paragraphs = paragraphs(text, hardWrapped);
        boolean reusable = like != null && like.language() == language && like.hardWrapped() == hardWrapped
                && like.text().length() == text.length();
        SentenceBreaker breaker = null;
        Set<String> abbreviations = ABBREVIATIONS.get(language);
        List<TextSpan> sentences = new ArrayList<>();
        int likeParagraph = 0;
        int likeSentence = 0;
        for (Paragraph paragraph : paragraphs) {
            if (reusable) {
                List<Paragraph> likeParagraphs = like.paragraphs();
                while (likeParagraph < likeParagraphs.size()
                        && likeParagraphs.get(likeParagraph).start() < paragraph.start()) {
                    likeParagraph++;
                }
                Paragraph known = likeParagraph < likeParagraphs.size() ? likeParagraphs.get(likeParagraph) : null;
                if (known != null && known.start() == paragraph.start() && known.end() == paragraph.end()
                        && same.between(paragraph.start(), paragraph.end())) {
                    List<TextSpan> knownSentences = like.sentences();
                    while (likeSentence < knownSentences.size()
                            && knownSentences.get(likeSentence).start() < paragraph.start()) {
                        likeSentence++;
                    }
                    while (likeSentence < knownSentences.size()
                            && knownSentences.get(likeSentence).end() <= paragraph.end()) {
                        sentences.add(knownSentences.get(likeSentence++));
                    }
                    continue;
                }
            }
            if (breaker == null) {
                breaker = BREAKERS.get().computeIfAbsent(language, SentenceBreaker::new);
            }
            cut(text, paragraph, hardWrapped, breaker, abbreviations, sentences);
        }
        return new SentenceSplit(text, language, hardWrapped, Collections.unmodifiableList(paragraphs),
                Collections.unmodifiableList(sentences));
    }

    private static void cut(String text, Paragraph paragraph, boolean hardWrapped, SentenceBreaker sentenceBreaker,
            Set<String> abbreviations, List<TextSpan> sentences) {
        // The paragraph is content[first, last), and content's offset i is the text's offset + i: the text itself,
        // unless the paragraph's line breaks must be read as spaces.
        String content = text;
        int first = paragraph.start();
        int last = paragraph.end();
        int offset = 0;
        if (hardWrapped) {
            // Same length, so offsets stay valid; ICU always breaks after a line feed.
            content = text.substring(first, last).replace('\n', ' ');
            offset = first;
            first = 0;
            last = content.length();
        }
        BreakIterator breaker = sentenceBreaker.over(content, first, last);
        int start = first + breaker.first();
        for (int boundary = breaker.next(); boundary != BreakIterator.DONE; boundary = breaker.next()) {
            int end = first + boundary;
            int to = skipSpaceBackward(content, start, end);
            if (end < last && endsWithAbbreviation(content, start, to, abbreviations)) {
                continue;
            }
            int from = skipSpaceForward(content, start, to);
            if (from < to) {
                sentences.add(new TextSpan(offset + from, offset + to));
            }
            start = end;
        }
    }

    /**
     * Whether the candidate sentence [start, end) ends with one of our abbreviations or an initial. ICU's filter
     * cannot suppress a break after an abbreviation with an inner period ("p.m. ET"), so this check is ours.
     */
    private static boolean endsWithAbbreviation(String content, int start, int end, Set<String> abbreviations) {
        if (end == start || content.charAt(end - 1) != '.') {
            return false;
        }
        int wordStart = end - 1;
        while (wordStart > start && !isSpace(content.charAt(wordStart - 1))) {
            wordStart--;
        }
        while (wordStart < end && OPENING_PUNCTUATION.indexOf(content.charAt(wordStart)) >= 0) {
            wordStart++;
        }
        int length = end - wordStart;
        if (length == 2 && content.charAt(wordStart) >= 'A' && content.charAt(wordStart) <= 'Z') {
            return true;
        }
        // most sentences end in a word longer than any abbreviation, which needs no substring to be told apart
        return length <= LONGEST_ABBREVIATION && abbreviations.contains(content.substring(wordStart, end));
    }

    /**
     * Whether the text is laid out as blocks of hard-wrapped lines: it has blank lines, and the lines that run on into
     * the next line mostly look wrapped. The sample article has blank lines too, but its lines are whole paragraphs.
     */
    private static boolean isHardWrapped(String text) {
        int length = text.length();
        boolean blankLineSeen = false;
        int runOnLines = 0;
        int wrappedLines = 0;
        boolean previousNonBlank = false;
        boolean previousLooksWrapped = false;
        int lineStart = 0;
        while (lineStart <= length) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) {
                lineEnd = length;
            }
            int contentStart = skipSpaceForward(text, lineStart, lineEnd);
            boolean blank = contentStart == lineEnd;
            if (blank) {
                blankLineSeen |= previousNonBlank;
            } else if (previousNonBlank) {
                runOnLines++;
                if (previousLooksWrapped) {
                    wrappedLines++;
                }
            }
            previousNonBlank = !blank;
            int contentEnd = skipSpaceBackward(text, contentStart, lineEnd);
            previousLooksWrapped = !blank && contentEnd - lineStart <= WRAPPED_LINE_MAX
                    && SENTENCE_END.indexOf(text.charAt(contentEnd - 1)) < 0;
            lineStart = lineEnd + 1;
        }
        return blankLineSeen && runOnLines > 0 && wrappedLines * 100L >= runOnLines * (long) WRAPPED_SHARE;
    }

    /** Adds the trimmed span [start, end) as a paragraph unless it is empty or start is negative; returns -1. */
    private static int addParagraph(String text, List<Paragraph> paragraphs, int start, int end) {
        if (start >= 0) {
            int from = skipSpaceForward(text, start, end);
            int to = skipSpaceBackward(text, from, end);
            if (from < to) {
                paragraphs.add(new Paragraph(paragraphs.size(), from, to));
            }
        }
        return -1;
    }

    /** A Markdown ATX heading: one to six '#' and a space. */
    private static boolean isHeading(String text, int from, int to) {
        int i = from;
        while (i < to && i - from < 7 && text.charAt(i) == '#') {
            i++;
        }
        int hashes = i - from;
        return hashes >= 1 && hashes <= 6 && (i == to || text.charAt(i) == ' ' || text.charAt(i) == '\t');
    }

    /** A Markdown or plain-text list item: "- ", "* ", "+ ", "• " or a number followed by ". " or ") ". */
    private static boolean isListItem(String text, int from, int to) {
        if (to - from < 2) {
            return false;
        }
        char first = text.charAt(from);
        if ((first == '-' || first == '*' || first == '+' || first == '•') && text.charAt(from + 1) == ' ') {
            return true;
        }
        int i = from;
        while (i < to && i - from < 4 && first >= '0' && first <= '9' && Character.isDigit(text.charAt(i))) {
            i++;
        }
        return i > from && i + 1 < to && (text.charAt(i) == '.' || text.charAt(i) == ')') && text.charAt(i + 1) == ' ';
    }

    private static int skipSpaceForward(String text, int from, int to) {
        int i = from;
        while (i < to && isSpace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int skipSpaceBackward(String text, int from, int to) {
        int i = to;
        while (i > from && isSpace(text.charAt(i - 1))) {
            i--;
        }
        return i;
    }

    private static boolean isSpace(char c) {
        if (c > ' ' && c < 0x80) {
            // most chars asked about are ASCII letters and marks, which the JDK would look up twice to say no
            return false;
        }
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }
}
