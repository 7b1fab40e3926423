package org.factdesk.analysis.qa;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.factdesk.analysis.WordNumbers;
import org.factdesk.model.Language;

/**
 * The numbers written in a stretch of text, each with every value it may stand for, so that numbers in two languages
 * compare by value: "1,000" and "1.000" (a thousand, or one with decimals), "3.5" and "3,5", "30%" and "30 %",
 * "four" and "cuatro", "3 billion" and "3.000 millones".
 */
final class Numbers {

    /**
     * A number in the text: its span, the values it may have (canonical strings), and whether it is written as a
     * word ("four"), which translations often render otherwise ("the two men" → "ambos").
     */
    record Mention(int start, int end, List<String> values, boolean word) {

        boolean sameValueAs(Mention other) {
            for (String value : values) {
                if (other.values.contains(value)) {
                    return true;
                }
            }
            return false;
        }
    }

    private static final Pattern GROUPS_OF_THREE = Pattern.compile("\\d{1,3}(?:[.,]\\d{3})+");
    private static final Map<Language, Map<String, Integer>> WORDS = new HashMap<>();
    private static final Map<String, Double> SCALES = Map.ofEntries(Map.entry("mil", 1e3), Map.entry("thousand", 1e3),
            Map.entry("millón", 1e6), Map.entry("millones", 1e6), Map.entry("million", 1e6),
            Map.entry("millions", 1e6), Map.entry("billion", 1e9), Map.entry("billions", 1e9),
            Map.entry("billón", 1e12), Map.entry("billones", 1e12), Map.entry("trillion", 1e12));
    /** The lengths of the scale words, to pass over other words without lower-casing them. */
    private static final BitSet SCALE_LENGTHS = new BitSet();

    static {
        SCALES.keySet().forEach(word -> SCALE_LENGTHS.set(word.length()));
    }

    /** The numbers met so far, as written, and the readings of each (by number in {@link #written}). */
    private final WordNumbers written = new WordNumbers();
    private double[][] readingsOf = new double[64][];
    private String[][] canonicalOf = new String[64][];
    /** Per text, the value of each of its lower-case words that is a number word, 0 for the others. */
    private final Map<TextModel, int[]> wordValues = new IdentityHashMap<>();

    /**
     * A reader of the numbers of one or two texts, for one run of a check: each distinct number is read once, and
     * each distinct word looked up once among the number words.
     */
    Numbers() {
    }

    /** The numbers, in digits or words, inside sentences [fromSentence, toSentence) of a text. */
    List<Mention> in(TextModel model, int fromSentence, int toSentence) {
        List<Mention> mentions = new ArrayList<>();
        if (fromSentence >= toSentence) {
            return mentions;
        }
        String text = model.text();
        int start = model.sentenceStart(fromSentence);
        int end = model.sentenceEnd(toSentence - 1);
        char[] chars = model.chars();
        int i = start;
        while (i < end) {
            if (!isDigit(chars[i])) {
                i++;
                continue;
            }
            int numberStart = i;
            int numberEnd = scanNumber(chars, i, end);
            int id = read(chars, numberStart, numberEnd);
            double[] readings = readingsOf[id];
            String[] canonical = canonicalOf[id];
            List<String> values = new ArrayList<>();
            double scale = scaleAfter(text, numberEnd, end);
            for (int k = 0; k < readings.length; k++) {
                values.add(canonical[k]);
                if (scale > 0) {
                    values.add(canonical(readings[k] * scale));
                }
            }
            mentions.add(new Mention(numberStart, numberEnd, values, false));
            i = numberEnd;
        }
        int[] values = wordValues.computeIfAbsent(model, Numbers::numberWordValues);
        for (int w = model.firstWord(fromSentence); w < model.wordLimit(toSentence - 1); w++) {
            if (!model.is(w, TextModel.LOWER) && !model.isSentenceFirstWord(w)) {
                continue;
            }
            int value = values[model.lowerId(w)];
            if (value != 0) {
                List<String> wordValues = new ArrayList<>();
                wordValues.add(canonical(value));
                double scale = scaleAfter(text, model.wordEnd(w), end);
                if (scale > 0) {
                    wordValues.add(canonical(value * scale));
                }
                mentions.add(new Mention(model.wordStart(w), model.wordEnd(w), wordValues, true));
            }
        }
        mentions.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return mentions;
    }

    /** The number of the number written at chars[from, to), its readings made the first time it is met. */
    private int read(char[] chars, int from, int to) {
        int id = written.id(chars, from, to);
        if (id == readingsOf.length) {
            readingsOf = Arrays.copyOf(readingsOf, id * 2);
            canonicalOf = Arrays.copyOf(canonicalOf, id * 2);
        }
        if (readingsOf[id] == null) {
            List<Double> readings = readings(written.string(id));
            double[] values = new double[readings.size()];
            String[] canonical = new String[values.length];
            for (int k = 0; k < values.length; k++) {
                values[k] = readings.get(k);
                canonical[k] = canonical(values[k]);
            }
            readingsOf[id] = values;
            canonicalOf[id] = canonical;
        }
        return id;
    }

    /** The value of each lower-case word of a text that is a number word of its language ("four", "cuatro"). */
    private static int[] numberWordValues(TextModel model) {
        Map<String, Integer> words = wordsOf(model.lexicon().language());
        int[] values = new int[model.lowerWordCount()];
        for (int id = 0; id < values.length; id++) {
            Integer value = words.get(model.lowerWord(id));
            values[id] = value == null ? 0 : value;
        }
        return values;
    }

    /** The end of the number starting at {@code i}: digits, with single separators between digits. */
    private static int scanNumber(char[] chars, int i, int end) {
        int j = i;
        while (j < end) {
            char c = chars[j];
            if (isDigit(c)) {
                j++;
            } else if ((c == '.' || c == ',' || c == '\u00A0' || c == '\u202F') && j + 1 < end
                    && isDigit(chars[j + 1])) {
                j++;
            } else {
                break;
            }
        }
        return j;
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** The values a written number may have: "1,000" is a thousand in English and one in Spanish. */
    static List<Double> readings(String written) {
        String plain = written.replace("\u00A0", "").replace("\u202F", "");
        List<Double> values = new ArrayList<>(2);
        int commas = count(plain, ',');
        int dots = count(plain, '.');
        if (commas == 0 && dots == 0) {
            add(values, plain);
        } else if (commas > 0 && dots > 0) {
            // the later separator is the decimal one: "1,000.5", "1.000,5"
            boolean decimalDot = plain.lastIndexOf('.') > plain.lastIndexOf(',');
            add(values, decimalDot ? plain.replace(",", "") : plain.replace(".", "").replace(',', '.'));
        } else {
            char separator = commas > 0 ? ',' : '.';
            boolean groupsOfThree = GROUPS_OF_THREE.matcher(plain).matches();
            if (groupsOfThree) {
                add(values, plain.replace(String.valueOf(separator), ""));
            }
            if (commas + dots == 1) {
                add(values, plain.replace(',', '.'));
            }
        }
        return values;
    }

    private static void add(List<Double> values, String number) {
        try {
            values.add(Double.parseDouble(number));
        } catch (NumberFormatException e) {
            // not a number after all; it simply has no reading
        }
    }

    private static int count(String s, char c) {
        int n = 0;
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) == c) {
                n++;
            }
        }
        return n;
    }

    static String canonical(double value) {
        if (Double.isInfinite(value) || Double.isNaN(value)) {
            return "NaN";
        }
        double rounded = Math.round(value * 1000.0) / 1000.0;
        if (rounded == Math.rint(rounded) && Math.abs(rounded) < 1e15) {
            return Long.toString((long) rounded);
        }
        return Double.toString(rounded);
    }

    /** The multiplier of a scale word right after a number ("3 millones", "3.000 millones", "3 billion"). */
    private static double scaleAfter(String text, int from, int limit) {
        int i = from;
        while (i < limit && TextModel.isSpace(text.charAt(i))) {
            i++;
        }
        if (i == from || i >= limit) {
            return 0;
        }
        int j = i;
        while (j < limit && Character.isLetter(text.charAt(j))) {
            j++;
        }
        if (!SCALE_LENGTHS.get(j - i)) {
            return 0; // lower-casing keeps the length of any word that could be a scale word
        }
        String word = text.substring(i, j).toLowerCase(Locale.ROOT);
        Double scale = SCALES.get(word);
        if (scale == null) {
            return 0;
        }
        if (word.equals("mil")) {
            double next = scaleAfter(text, j, limit);
            if (next >= 1e6) {
                return 1e3 * next; // "mil millones"
            }
        }
        return scale;
    }

    /** Number words of a language, two to a hundred, built once with ICU's spell-out rules. */
    private static synchronized Map<String, Integer> wordsOf(Language language) {
        Language key = language == Language.ES ? Language.ES : Language.EN;
        return WORDS.computeIfAbsent(key, l -> {
            RuleBasedNumberFormat format = new RuleBasedNumberFormat(new ULocale(l.code()),
                    RuleBasedNumberFormat.SPELLOUT);
            Map<String, Integer> words = new HashMap<>();
            for (int n = 2; n <= 100; n++) {
                String spelt = format.format(n).toLowerCase(Locale.ROOT);
                if (spelt.indexOf(' ') < 0) {
                    words.put(spelt, n);
                }
            }
            return Map.copyOf(words);
        });
    }
}
