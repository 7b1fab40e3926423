package org.factdesk.analysis.statements;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.factdesk.analysis.AnalysedText;
import org.factdesk.analysis.CharTable;
import org.factdesk.analysis.WordTable;
import org.factdesk.model.Language;
import org.factdesk.text.TextSpan;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Scores each sentence for how much it deserves checking, in Spanish and English. A logistic function of readable
 * features: figures, dates, named entities, past-tense and reporting verbs and comparisons with figures raise the
 * score; questions, exclamations, opinions, predictions and modal hedges, first person, small talk, headlines and
 * datelines lower it. The weights were set by hand and checked against a labelled set of sentences.
 */
public final class StatementScorer {

    /**
     * Sentences scoring at least this are proposed as statements: roughly one strong sign of a verifiable fact (a
     * figure, a date, a past event with a name) and no sign of opinion or prediction. On the labelled sentences of the
     * tests it proposes only check-worthy ones and 9 in 10 of them; on held-out news sentences 7 proposals in 10 are
     * check-worthy and nearly 9 in 10 check-worthy sentences are proposed.
     */
    public static final double PROPOSAL_THRESHOLD = 0.6;

    private static final Logger LOG = LoggerFactory.getLogger(StatementScorer.class);

    private static final double BIAS = -0.6;
    private static final double NUMBER = 0.7;
    private static final double UNIT = 0.5;
    private static final double NUMBER_WORD = 0.3;
    private static final double DATE = 0.5;
    private static final double NAME = 0.3;
    private static final double PAST = 0.6;
    private static final double REPORTING = 0.3;
    private static final double COMPARISON_WITH_FIGURE = 0.5;
    private static final double COMPARISON = 0.2;
    private static final double QUESTION = -2.5;
    private static final double EXCLAMATION = -1.2;
    private static final double OPINION = -1.5;
    private static final double HEDGE = -1.0;
    private static final double MORE_HEDGE = -0.5;
    private static final double FIRST_PERSON = -0.4;
    private static final double SMALL_TALK = -2.0;
    private static final double METADATA = -3.0;
    private static final double HEADLINE = -1.5;
    private static final double TOO_SHORT = -1.5;
    private static final double TOO_LONG = -0.5;

    private static final Set<String> UNITS = Set.of("%", "por", "percent", "per", "euros", "euro", "dólares", "dólar",
            "dollars", "dollar", "pesos", "libras", "pounds", "yuanes", "millones", "millón", "mil", "billones",
            "million", "millions", "billion", "billions", "trillion", "thousand", "kilómetros", "km", "kilos", "kg",
            "toneladas", "tons", "tonnes", "metros", "meters", "metres", "grados", "degrees", "años", "years", "meses",
            "months", "días", "days", "horas", "hours", "puntos", "points", "votos", "votes", "casos", "cases",
            "personas", "people", "muertos", "dead", "víctimas", "victims", "dosis", "doses", "$", "€", "£");
    private static final Set<String> NUMBER_WORDS = Set.of("dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho",
            "nueve", "diez", "once", "doce", "veinte", "treinta", "cien", "cientos", "mil", "millones", "mitad",
            "tercio", "cuarto", "doble", "triple", "triplicaron", "duplicaron", "duplicó", "triplicó", "two", "three",
            "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "twenty", "hundred", "hundreds",
            "thousand", "thousands", "million", "millions", "billion", "half", "third", "quarter", "double", "twice",
            "tripled", "doubled", "dozen", "dozens", "first", "second", "primer", "primera", "segundo",
            "segunda", "récord", "record");
    private static final Set<String> MONTHS = Set.of("enero", "febrero", "marzo", "abril", "mayo", "junio", "julio",
            "agosto", "septiembre", "setiembre", "octubre", "noviembre", "diciembre", "january", "february", "march",
            "april", "june", "july", "august", "september", "october", "november", "december", "lunes", "martes",
            "miércoles", "jueves", "viernes", "sábado", "domingo", "monday", "tuesday", "wednesday", "thursday",
            "friday", "saturday", "sunday", "ayer", "yesterday", "trimestre", "quarter", "semestre", "año", "year");
    private static final Set<String> PAST_WORDS = Set.of("fue", "fueron", "hubo", "era", "eran", "estaba", "estaban",
            "tuvo", "tuvieron", "hizo", "hicieron", "dijo", "dijeron", "was", "were", "had", "did", "rose", "fell",
            "grew", "won", "lost", "sold", "paid", "spent", "made", "took", "left", "hit", "cut", "said", "told",
            "became", "began", "built", "bought", "brought", "came", "drew", "fought", "found", "gave", "held", "kept",
            "led", "met", "ran", "saw", "sent", "set", "shot", "struck", "threw", "wrote", "broke", "chose", "drove",
            "flew", "froze", "stole", "swore", "woke", "overtook", "sank", "shrank", "spoke");
    private static final Set<String> PERFECT = Set.of("ha", "han", "había", "habían", "has", "have", "had");
    private static final Set<String> NOT_PAST = Set.of("need", "seed", "feed", "speed", "indeed", "bed", "red", "shed",
            "hundred", "embed", "breed", "greed", "proceed", "exceed", "succeed", "weed", "naked", "sacred", "wicked",
            "kindred", "rugged", "ragged", "beloved", "aged", "wretched", "learned", "alleged");
    private static final Set<String> REPORTING_WORDS = Set.of("dijo", "dijeron", "afirmó", "aseguró", "señaló",
            "informó", "anunció", "confirmó", "declaró", "según", "said", "told", "reported", "announced", "confirmed",
            "stated", "according");
    private static final Set<String> COMPARATIVES = Set.of("más", "menos", "mayor", "menor", "superior", "inferior",
            "than", "more", "less", "fewer", "higher", "lower", "highest", "lowest", "largest", "smallest", "biggest",
            "récord", "record", "doble", "triple", "twice", "double", "respecto", "compared", "frente", "up", "down");
    private static final Set<String> OPINION_WORDS = Set.of("creo", "creemos", "pienso", "opino", "debería",
            "deberían", "deberíamos", "debemos", "maravillosa", "maravilloso", "terrible", "vergüenza", "increíble",
            "fantástico", "fantástica", "horrible", "excelente", "bonito", "bonita", "precioso", "preciosa", "genial",
            "lamentable", "inaceptable", "ojalá", "think", "believe", "should", "must", "ought", "best", "worst",
            "great", "wonderful", "amazing", "awful", "unacceptable", "disgrace", "beautiful", "shameful",
            "hopefully", "hope", "feel", "siento");
    private static final Set<String> HEDGE_WORDS = Set.of("podría", "podrían", "puede", "pueden", "podrá", "podrán",
            "quizá", "quizás", "posiblemente", "probablemente", "probable", "posible", "espera", "esperan",
            "prevé", "prevén", "habrá", "será", "serán", "va", "van", "sería", "serían", "habría", "may", "might",
            "could", "would", "will", "won't", "perhaps", "maybe", "probably", "possibly", "likely", "unlikely",
            "expect", "expects", "expected", "remains", "whether", "if", "si");
    private static final Set<String> FIRST_PERSON_WORDS = Set.of("yo", "nosotros", "nosotras", "nos", "nuestro",
            "nuestra", "i", "we", "us", "our", "me", "my", "you", "your", "tú", "usted", "ustedes", "vosotros");
    private static final Set<String> SMALL_TALK_WORDS = Set.of("gracias", "bienvenidos", "bienvenidas",
            "enhorabuena", "felicidades", "saludos", "hola", "adiós", "thank", "thanks", "welcome", "congratulations",
            "hello", "goodbye", "tuned", "cheers", "vemos");
    private static final int F_UNIT = 1;
    private static final int F_NUMBER_WORD = 1 << 1;
    private static final int F_MONTH = 1 << 2;
    private static final int F_PAST = 1 << 3;
    private static final int F_PERFECT = 1 << 4;
    private static final int F_NOT_PAST = 1 << 5;
    private static final int F_REPORTING = 1 << 6;
    private static final int F_COMPARATIVE = 1 << 7;
    private static final int F_OPINION = 1 << 8;
    private static final int F_HEDGE = 1 << 9;
    private static final int F_FIRST_PERSON = 1 << 10;
    private static final int F_SMALL_TALK = 1 << 11;
    /**
     * Words the rules compare with the word before or after them ("por ciento", "tal vez"): each has an id, kept in the
     * bits of its entry above {@link #ID_SHIFT}, so that the rules compare ids rather than strings.
     */
    private static final List<String> PAIRED = List.of("por", "per", "ciento", "cent", "año", "year", "el", "last",
            "this", "pasado", "the", "opinión", "mi", "view", "my", "que", "hay", "vez", "tal", "días", "buenos",
            "morning", "good");
    private static final int ID_SHIFT = 16;
    private static final int POR = id("por");
    private static final int PER = id("per");
    private static final int CIENTO = id("ciento");
    private static final int CENT = id("cent");
    private static final int ANO = id("año");
    private static final int YEAR = id("year");
    private static final int EL = id("el");
    private static final int LAST = id("last");
    private static final int THIS = id("this");
    private static final int PASADO = id("pasado");
    private static final int THE = id("the");
    private static final int OPINION_ID = id("opinión");
    private static final int MI = id("mi");
    private static final int VIEW = id("view");
    private static final int MY = id("my");
    private static final int QUE = id("que");
    private static final int HAY = id("hay");
    private static final int VEZ = id("vez");
    private static final int TAL = id("tal");
    private static final int DIAS = id("días");
    private static final int BUENOS = id("buenos");
    private static final int MORNING = id("morning");
    private static final int GOOD = id("good");
    /** The id of the "word" before a word that follows a number. */
    private static final int NUMBER_ID = PAIRED.size() + 1;
    /**
     * Every listed word with the lists it is on (low bits) and its {@link #PAIRED} id (high bits), looked up by char
     * range, so that each word of a text costs one lookup and no string.
     */
    private static final WordTable WORDS = words();

    private static int id(String word) {
        return PAIRED.indexOf(word) + 1;
    }

    private static WordTable words() {
        Map<String, Integer> words = new HashMap<>();
        List<Set<String>> lists = List.of(UNITS, NUMBER_WORDS, MONTHS, PAST_WORDS, PERFECT, NOT_PAST, REPORTING_WORDS,
                COMPARATIVES, OPINION_WORDS, HEDGE_WORDS, FIRST_PERSON_WORDS, SMALL_TALK_WORDS);
        for (int i = 0; i < lists.size(); i++) {
            for (String word : lists.get(i)) {
                words.merge(word, 1 << i, (a, b) -> a | b);
            }
        }
        for (String word : PAIRED) {
            words.merge(word, id(word) << ID_SHIFT, (a, b) -> a | b);
        }
        return new WordTable(words);
    }

    private static final List<String> METADATA_OPENINGS = List.of("actualizado", "actualización", "actualizaciones",
            "editado por", "información adicional", "con información de", "lea también", "lee también", "leer más",
            "fotografía", "foto:", "suscríbete", "síguenos", "updated", "edited by", "editing by", "reporting by",
            "additional reporting", "read more", "read also", "photo:", "copyright", "©", "subscribe", "sign up",
            "follow us", "by ", "por ", "click");
    /**
     * The openings by their first char (all below U+0100), in list order, so that a sentence is compared only with
     * those that may match it.
     */
    private static final String[][] METADATA_OPENINGS_BY_FIRST = openingsByFirstChar();

    private static String[][] openingsByFirstChar() {
        String[][] byFirst = new String[256][];
        for (String opening : METADATA_OPENINGS) {
            String[] same = byFirst[opening.charAt(0)];
            same = same == null ? new String[1] : Arrays.copyOf(same, same.length + 1);
            same[same.length - 1] = opening;
            byFirst[opening.charAt(0)] = same;
        }
        return byFirst;
    }

    /**
     * Every sentence of the text with its score, in text order. Never throws: an empty or unreadable text has no
     * sentences.
     *
     * @param text     normalised document text
     * @param language its language ({@link Language#UNDETERMINED} or null: the word lists of both)
     * @return one match per sentence, UTF-16 offsets into {@code text}, score in [0, 1]
     */
    public List<StatementMatch> score(String text, Language language) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return score(new AnalysedText(text, language));
    }

    /**
     * The same as {@link #score(String, Language)}, on a text whose sentences the other analysers share.
     *
     * @param analysed the text and its language
     * @return one match per sentence, UTF-16 offsets into the text, score in [0, 1]
     */
    public List<StatementMatch> score(AnalysedText analysed) {
        String text = analysed.text();
        if (text.isBlank()) {
            return List.of();
        }
        try {
            List<TextSpan> sentences = analysed.sentences();
            int longest = 0;
            for (TextSpan sentence : sentences) {
                longest = Math.max(longest, sentence.length());
            }
            // one pair of buffers for the chars of every sentence
            char[] original = new char[longest];
            char[] lower = new char[longest];
            List<StatementMatch> matches = new ArrayList<>(sentences.size());
            for (TextSpan sentence : sentences) {
                matches.add(new StatementMatch(sentence.start(), sentence.end(),
                        score(Features.of(text, sentence.start(), sentence.end(), original, lower))));
            }
            return matches;
        } catch (RuntimeException e) {
            LOG.warn("Statement scoring gave up on a text of {} chars; no statements proposed", text.length(), e);
            return List.of();
        }
    }

    /**
     * The sentences worth proposing as statements: those scoring at least {@link #PROPOSAL_THRESHOLD}, in text order.
     *
     * @param text     normalised document text
     * @param language its language
     * @return the proposed sentences with their scores
     */
    public List<StatementMatch> proposals(String text, Language language) {
        return aboveThreshold(score(text, language));
    }

    /**
     * The same as {@link #proposals(String, Language)}, on a text whose sentences the other analysers share.
     *
     * @param analysed the text and its language
     * @return the proposed sentences with their scores
     */
    public List<StatementMatch> proposals(AnalysedText analysed) {
        return aboveThreshold(score(analysed));
    }

    private static List<StatementMatch> aboveThreshold(List<StatementMatch> scored) {
        List<StatementMatch> proposals = new ArrayList<>();
        for (StatementMatch match : scored) {
            if (match.score() >= PROPOSAL_THRESHOLD) {
                proposals.add(match);
            }
        }
        return proposals;
    }

    /** The score of the sentence [start, end) of the text. */
    static double scoreSentence(String text, int start, int end) {
        return score(Features.of(text, start, end, new char[end - start], new char[end - start]));
    }

    private static double score(Features f) {
        double logit = BIAS
                + NUMBER * Math.min(f.numbers, 3)
                + (f.unit ? UNIT : 0)
                + NUMBER_WORD * Math.min(f.numberWords, 2)
                + (f.date ? DATE : 0)
                + NAME * Math.min(f.names, 4)
                + (f.past ? PAST : 0)
                + (f.reporting ? REPORTING : 0)
                + (f.comparative ? (f.numbers > 0 || f.numberWords > 0 ? COMPARISON_WITH_FIGURE : COMPARISON) : 0)
                + (f.question ? QUESTION : 0)
                + (f.exclamation ? EXCLAMATION : 0)
                + OPINION * Math.min(f.opinions, 2) * 0.85
                + (f.hedges > 0 ? HEDGE + MORE_HEDGE * Math.min(f.hedges - 1, 2) : 0)
                + (f.firstPerson ? FIRST_PERSON : 0)
                + (f.smallTalk ? SMALL_TALK : 0)
                + (f.metadata ? METADATA : 0)
                + (f.headline ? HEADLINE : 0)
                + (f.words < 5 ? TOO_SHORT : 0)
                + (f.words > 60 ? TOO_LONG : 0);
        return 1 / (1 + Math.exp(-logit));
    }

    /** What one sentence shows, counted in one pass over its words. */
    private static final class Features {
        int words;
        int numbers;
        boolean unit;
        int numberWords;
        boolean date;
        int names;
        boolean past;
        boolean reporting;
        boolean comparative;
        boolean question;
        boolean exclamation;
        int opinions;
        int hedges;
        boolean firstPerson;
        boolean smallTalk;
        boolean metadata;
        boolean headline;

        /**
         * The features of the sentence [start, end) of the text.
         *
         * @param original room for at least {@code end - start} chars, overwritten with the sentence
         * @param lower    room for as many, overwritten with the lower case of its words
         */
        static Features of(String text, int start, int end, char[] original, char[] lower) {
            text.getChars(start, end, original, 0);
            return of(text, start, end, original, lower, end - start);
        }

        /**
         * The features of text[start, end), whose chars are original[0, length). Chars are told apart by their own
         * case, which is what their lower case would tell (the marks and digits the rules look for have no case, and a
         * char is a letter exactly when its lower case is); only the chars of words are lowered, into lower at the same
         * indexes, as each word is read.
         */
        private static Features of(String text, int start, int end, char[] original, char[] lower, int length) {
            Features f = new Features();
            char first = length == 0 ? ' ' : lowerCase(original[0]);
            String[] openings = first >= METADATA_OPENINGS_BY_FIRST.length ? null : METADATA_OPENINGS_BY_FIRST[first];
            if (openings != null) {
                for (String opening : openings) {
                    if (startsWithLowerCase(original, length, opening)) {
                        f.metadata = !opening.equals("by ") && !opening.equals("por ")
                                || startsWithByline(text, start + opening.length(), end);
                        if (f.metadata) {
                            break;
                        }
                    }
                }
            }
            f.exclamation = startsWithLowerCase(original, length, "qué ")
                    || startsWithLowerCase(original, length, "what a ");
            char last = length == 0 ? ' ' : original[length - 1];
            boolean terminated = isTerminator(last);
            int previous = 0;
            int previousFlags = 0;
            boolean sentenceInitial = true;
            int i = 0;
            char[] chars = original;
            while (i < length) {
                char c = chars[i];
                if (isDigit(c)) {
                    int j = i;
                    while (j < length && (isDigit(chars[j]) || isNumberSeparator(chars[j])
                            && j + 1 < length && isDigit(chars[j + 1]))) {
                        j++;
                    }
                    boolean inName = i > 0 && (isLetter(chars[i - 1]) || chars[i - 1] == '-');
                    if (!inName) {
                        f.numbers++;
                        if (j - i == 4 && (chars[i] == '1' && chars[i + 1] == '9'
                                || chars[i] == '2' && chars[i + 1] == '0')) {
                            f.date = true;
                        }
                    }
                    f.words++;
                    sentenceInitial = false;
                    previous = NUMBER_ID;
                    previousFlags = 0;
                    i = j;
                    continue;
                }
                if (!isLetter(c)) {
                    // the marks that count anywhere in the sentence are never part of a word or a number
                    switch (c) {
                        case '?', '¿' -> f.question = true;
                        case '!', '¡' -> f.exclamation = true;
                        case '%', '$', '€', '£' -> f.unit = true;
                        default -> {
                        }
                    }
                    i++;
                    continue;
                }
                int j = i;
                int hash = 0;
                while (j < length && (isLetter(chars[j]) || chars[j] == '\''
                        || chars[j] == '’' || chars[j] == '-' && j + 1 < length
                        && isLetter(chars[j + 1]))) {
                    char lowerCase = lowerCase(chars[j]);
                    lower[j] = lowerCase;
                    hash = WordTable.hash(hash, lowerCase);
                    j++;
                }
                // what a word follows is looked at only if it is capitalised, which most words are not
                boolean name = CharTable.isUpperCase(chars[i]) && !sentenceInitial && !followsQuote(chars, i);
                int entry = WORDS.get(lower, i, j, hash, 0);
                f.count(lower, i, j, entry, previous, previousFlags, name);
                f.words++;
                sentenceInitial = false;
                previous = entry >>> ID_SHIFT;
                previousFlags = entry;
                i = j;
            }
            f.headline = !terminated && f.words <= 20;
            return f;
        }

        /** Whether the lower case of chars[0, length) starts with the lower-case prefix. */
        private static boolean startsWithLowerCase(char[] chars, int length, String prefix) {
            if (prefix.length() > length) {
                return false;
            }
            for (int k = 0; k < prefix.length(); k++) {
                if (lowerCase(chars[k]) != prefix.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /** What a finished sentence ends with: {@code .!?…»”"’)}. */
        private static boolean isTerminator(char c) {
            return switch (c) {
                case '.', '!', '?', '…', '»', '”', '"', '’', ')' -> true;
                default -> false;
            };
        }

        /** What may stand inside a number between digits: {@code .,:}. */
        private static boolean isNumberSeparator(char c) {
            return c == '.' || c == ',' || c == ':';
        }

        /** Whether the word at chars[i] follows a quote or a clause's opening, right after it or after one space. */
        private static boolean followsQuote(char[] chars, int i) {
            return i > 0 && opensQuoteOrClause(chars[i - 1])
                    || i > 1 && chars[i - 1] == ' ' && opensQuote(chars[i - 2]);
        }

        /** What a capitalised word may follow without being a name: {@code «“"‘(:—}. */
        private static boolean opensQuoteOrClause(char c) {
            return switch (c) {
                case '«', '“', '"', '‘', '(', ':', '—' -> true;
                default -> false;
            };
        }

        /** What a capitalised word may follow after one space without being a name: {@code «“"‘:}. */
        private static boolean opensQuote(char c) {
            return switch (c) {
                case '«', '“', '"', '‘', ':' -> true;
                default -> false;
            };
        }

        /**
         * The lower case of c, char for char, so that a sentence's lower case is as long as the sentence and its
         * indexes read the same chars ("İstanbul": String.toLowerCase makes two chars of the dotted capital I).
         */
        private static char lowerCase(char c) {
            return CharTable.toLowerCase(c);
        }

        private static boolean isLetter(char c) {
            return CharTable.isLetter(c);
        }

        private static boolean isDigit(char c) {
            return CharTable.isDigit(c);
        }

        private static boolean startsWithByline(String text, int from, int end) {
            int i = from;
            int capitalised = 0;
            boolean wordStart = true;
            while (i < end && i < from + 60) {
                char c = text.charAt(i);
                if (wordStart && Character.isLetter(c)) {
                    if (!Character.isUpperCase(c) && !(c == 'y' || c == 'a' || c == 'd')) {
                        return false;
                    }
                    capitalised += Character.isUpperCase(c) ? 1 : 0;
                }
                wordStart = !Character.isLetter(c);
                i++;
            }
            return capitalised >= 1;
        }

        /**
         * Counts the word {@code lower[from, to)}, whose table entry is {@code entry}, after a word with the id
         * {@code previous} and the table entry {@code before}.
         */
        private void count(char[] lower, int from, int to, int entry, int previous, int before, boolean name) {
            if (name) {
                names++;
            }
            int word = entry >>> ID_SHIFT;
            if (!past && ((entry & F_PAST) != 0 || (before & F_PERFECT) != 0 && (endsWith(lower, from, to, "ado")
                    || endsWith(lower, from, to, "ido") || endsWith(lower, from, to, "ed")
                    || endsWith(lower, from, to, "en") || endsWith(lower, from, to, "wn"))
                    || isSpanishPreterite(lower, from, to)
                    || endsWith(lower, from, to, "ed") && to - from > 4 && (entry & F_NOT_PAST) == 0)) {
                past = true;
            }
            if ((entry & F_HEDGE) != 0 || word == VEZ && previous == TAL || isSpanishFuture(lower, from, to)) {
                hedges++;
            }
            if (entry != 0) {
                // most words are on no list and have no id: none of the rules below applies to them
                countListed(entry, word, previous);
            }
        }

        /** Counts a word on a list or with an id, for the rules that only look at its entry and the word before. */
        private void countListed(int flags, int word, int previous) {
            if ((flags & F_UNIT) != 0 && word != POR && word != PER
                    || word == CIENTO && previous == POR
                    || word == CENT && previous == PER) {
                unit = true;
            }
            if ((flags & F_NUMBER_WORD) != 0) {
                numberWords++;
            }
            if ((flags & F_MONTH) != 0 && (word != ANO && word != YEAR || previous == NUMBER_ID
                    || previous == EL || previous == LAST || previous == THIS
                    || previous == PASADO || previous == THE)) {
                date = true;
            }
            if ((flags & F_REPORTING) != 0) {
                reporting = true;
            }
            if ((flags & F_COMPARATIVE) != 0) {
                comparative = true;
            }
            if ((flags & F_OPINION) != 0 || word == OPINION_ID && previous == MI
                    || word == VIEW && previous == MY || word == QUE && previous == HAY) {
                opinions++;
            }
            if ((flags & F_FIRST_PERSON) != 0) {
                firstPerson = true;
            }
            if ((flags & F_SMALL_TALK) != 0 || word == DIAS && previous == BUENOS
                    || word == MORNING && previous == GOOD) {
                smallTalk = true;
            }
        }

        private static boolean endsWith(char[] lower, int from, int to, String suffix) {
            int at = to - suffix.length();
            if (at < from) {
                return false;
            }
            for (int k = 0; k < suffix.length(); k++) {
                if (lower[at + k] != suffix.charAt(k)) {
                    return false;
                }
            }
            return true;
        }

        /**
         * Ends in "ó", "aron" or "ieron", and is longer than three chars. This runs for nearly every word: the last
         * char, which few words match, is compared before the length, which a branch cannot predict.
         */
        private static boolean isSpanishPreterite(char[] lower, int from, int to) {
            char last = lower[to - 1];
            return last == 'ó' && to - from > 3
                    || last == 'n' && (endsWith(lower, from, to, "aron") || endsWith(lower, from, to, "ieron"));
        }

        /** Ends in "rá" or "rán", and is longer than four chars (the last char compared first, as above). */
        private static boolean isSpanishFuture(char[] lower, int from, int to) {
            char last = lower[to - 1];
            return last == 'á' && to - from > 4 && lower[to - 2] == 'r'
                    || last == 'n' && endsWith(lower, from, to, "rán") && to - from > 4;
        }
    }
}
