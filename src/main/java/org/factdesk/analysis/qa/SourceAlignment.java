package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.factdesk.model.Language;

/**
 * A translation aligned with its source: paragraphs first, then the sentences inside each pair of aligned
 * paragraphs, by length and anchors (numbers, capitalised names, and look-alike words such as "confirmed" and
 * "confirmó", compared by their first four letters without accents).
 */
final class SourceAlignment {

    private static final int MAX_KEYS = 64;

    private final TextModel source;
    private final TextModel target;
    private final List<Aligner.Link> sentenceLinks;

    private SourceAlignment(TextModel source, TextModel target, List<Aligner.Link> sentenceLinks) {
        this.source = source;
        this.target = target;
        this.sentenceLinks = sentenceLinks;
    }

    TextModel source() {
        return source;
    }

    TextModel target() {
        return target;
    }

    /** Sentence links in text order; source and target indexes are sentence indexes of the two models. */
    List<Aligner.Link> links() {
        return sentenceLinks;
    }

    static SourceAlignment align(TextModel source, TextModel target) {
        long[][] sourceKeys = sentenceKeys(source);
        long[][] targetKeys = sentenceKeys(target);
        double ratio = ratio(source, target);
        int[] sourceParagraphSentences = firstSentenceOfParagraphs(source);
        int[] targetParagraphSentences = firstSentenceOfParagraphs(target);
        List<Aligner.Link> paragraphs = Aligner.align(
                paragraphLengths(source), paragraphLengths(target),
                paragraphKeys(source, sourceKeys, sourceParagraphSentences),
                paragraphKeys(target, targetKeys, targetParagraphSentences), ratio, true);
        List<Aligner.Link> sentences = new ArrayList<>();
        for (Aligner.Link link : paragraphs) {
            int s0 = sourceParagraphSentences[link.sourceFrom()];
            int s1 = sourceParagraphSentences[link.sourceTo()];
            int t0 = targetParagraphSentences[link.targetFrom()];
            int t1 = targetParagraphSentences[link.targetTo()];
            if (s0 == s1 || t0 == t1) {
                if (s0 < s1 || t0 < t1) {
                    sentences.add(new Aligner.Link(s0, s1, t0, t1));
                }
                continue;
            }
            List<Aligner.Link> inside = Aligner.align(sentenceLengths(source, s0, s1), sentenceLengths(target, t0, t1),
                    Arrays.copyOfRange(sourceKeys, s0, s1), Arrays.copyOfRange(targetKeys, t0, t1), ratio, false);
            for (Aligner.Link l : inside) {
                sentences.add(new Aligner.Link(s0 + l.sourceFrom(), s0 + l.sourceTo(), t0 + l.targetFrom(),
                        t0 + l.targetTo()));
            }
        }
        return new SourceAlignment(source, target, List.copyOf(sentences));
    }

    /**
     * Expected characters of translation per character of source: Spanish runs about 12 % longer than English.
     * Measured on the two texts only when a language is unknown, since a missing part would skew the measure.
     */
    private static double ratio(TextModel source, TextModel target) {
        Language from = source.lexicon().language();
        Language to = target.lexicon().language();
        if (from == Language.EN && to == Language.ES) {
            return 1.12;
        }
        if (from == Language.ES && to == Language.EN) {
            return 1 / 1.12;
        }
        if (from == to) {
            return 1.0;
        }
        long ls = 0;
        for (int s = 0; s < source.sentenceCount(); s++) {
            ls += source.sentenceEnd(s) - source.sentenceStart(s);
        }
        long lt = 0;
        for (int s = 0; s < target.sentenceCount(); s++) {
            lt += target.sentenceEnd(s) - target.sentenceStart(s);
        }
        if (ls == 0 || lt == 0) {
            return 1.0;
        }
        return Math.max(0.6, Math.min(1.6, lt / (double) ls));
    }

    /** For each paragraph its first sentence, plus the sentence count at the end (so p's sentences are [a[p], a[p+1])). */
    private static int[] firstSentenceOfParagraphs(TextModel model) {
        int[] first = new int[model.paragraphCount() + 1];
        int s = 0;
        for (int p = 0; p < model.paragraphCount(); p++) {
            while (s < model.sentenceCount() && model.sentenceParagraph(s) < p) {
                s++;
            }
            first[p] = s;
        }
        first[model.paragraphCount()] = model.sentenceCount();
        return first;
    }

    private static int[] paragraphLengths(TextModel model) {
        int[] lengths = new int[model.paragraphCount()];
        for (int p = 0; p < lengths.length; p++) {
            lengths[p] = model.paragraphEnd(p) - model.paragraphStart(p);
        }
        return lengths;
    }

    private static int[] sentenceLengths(TextModel model, int from, int to) {
        int[] lengths = new int[to - from];
        for (int s = from; s < to; s++) {
            lengths[s - from] = model.sentenceEnd(s) - model.sentenceStart(s);
        }
        return lengths;
    }

    private static long[][] paragraphKeys(TextModel model, long[][] sentenceKeys, int[] firstSentence) {
        long[][] keys = new long[model.paragraphCount()][];
        for (int p = 0; p < keys.length; p++) {
            int size = 0;
            for (int s = firstSentence[p]; s < firstSentence[p + 1]; s++) {
                size += sentenceKeys[s].length;
            }
            long[] all = new long[size];
            int k = 0;
            for (int s = firstSentence[p]; s < firstSentence[p + 1]; s++) {
                System.arraycopy(sentenceKeys[s], 0, all, k, sentenceKeys[s].length);
                k += sentenceKeys[s].length;
            }
            keys[p] = sortedUnique(all, all.length, MAX_KEYS * 2);
        }
        return keys;
    }

    private static long[][] sentenceKeys(TextModel model) {
        long[][] keys = new long[model.sentenceCount()][];
        long[] buffer = new long[256];
        for (int s = 0; s < keys.length; s++) {
            int k = 0;
            for (int w = model.firstWord(s); w < model.wordLimit(s) && k < buffer.length; w++) {
                int length = model.wordEnd(w) - model.wordStart(w);
                if (model.is(w, TextModel.NUMERIC)) {
                    buffer[k++] = numberKey(model.text(), model.wordStart(w), model.wordEnd(w));
                } else if (length >= 5 || (model.is(w, TextModel.CAP) || model.is(w, TextModel.UPPER)) && length >= 3) {
                    if (length < 5 && model.tagged(w, WordTags.FUNCTION)) {
                        continue;
                    }
                    buffer[k++] = prefixKey(model.text(), model.wordStart(w), model.wordEnd(w));
                }
            }
            keys[s] = sortedUnique(buffer, k, MAX_KEYS);
        }
        return keys;
    }

    /** The digits of a number, whatever its separators ("1,000" and "1.000" give the same key). */
    private static long numberKey(String text, int start, int end) {
        long key = 0x4E00000000000000L;
        for (int i = start; i < end; i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                key = key * 31 + c;
            }
        }
        return key;
    }

    /** The first four letters, lower case and without accents, packed into a long. */
    private static long prefixKey(String text, int start, int end) {
        long key = 0;
        int taken = 0;
        for (int i = start; i < end && taken < 4; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c > 127) {
                c = foldLatin(c);
            }
            key = (key << 16) | c;
            taken++;
        }
        return key;
    }

    private static char foldLatin(char c) {
        switch (c) {
            case 'á', 'à', 'â', 'ä', 'ã' -> {
                return 'a';
            }
            case 'é', 'è', 'ê', 'ë' -> {
                return 'e';
            }
            case 'í', 'ì', 'î', 'ï' -> {
                return 'i';
            }
            case 'ó', 'ò', 'ô', 'ö', 'õ' -> {
                return 'o';
            }
            case 'ú', 'ù', 'û', 'ü' -> {
                return 'u';
            }
            case 'ñ' -> {
                return 'n';
            }
            case 'ç' -> {
                return 'c';
            }
            default -> {
                return c;
            }
        }
    }

    private static long[] sortedUnique(long[] values, int size, int max) {
        long[] copy = Arrays.copyOf(values, size);
        Arrays.sort(copy);
        int unique = 0;
        for (int i = 0; i < copy.length; i++) {
            if (i == 0 || copy[i] != copy[i - 1]) {
                copy[unique++] = copy[i];
            }
        }
        return Arrays.copyOf(copy, Math.min(unique, max));
    }
}
