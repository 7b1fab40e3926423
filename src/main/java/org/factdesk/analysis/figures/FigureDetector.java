package org.factdesk.analysis.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factdesk.model.Figure;
import org.factdesk.model.FigureType;
import org.factdesk.model.Language;
import org.factdesk.model.Qualifier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds the figures of a Spanish or English text — numbers, percentages, fractions, multiples, money, durations,
 * dates, times and ordinals — and normalises each one.
 *
 * <h2>Spans</h2>
 * The number with its scale word, unit, currency, "%"/"por ciento"/"percent" and any hedge or bound before it
 * ("casi", "hasta el", "al menos", "unos", "nearly", "up to", "more than"), but not the counted noun: "265 migrantes"
 * gives "265", "los dos líderes" gives "dos". Fractions and multiples keep their article ("la mitad", "el triple",
 * "a third of" gives "a third"). A whole date is one figure ("lunes 11 de septiembre de 2023", "Oct. 14, 2023",
 * "finales de 2022", "mid-2019"); a clock time is another ("2:42 p.m. ET"; the "a las" before it is left out). Each
 * end of a range is its own figure; the first end borrows the unit, scale or month of the second ("entre 10 y 20 %",
 * "del 11 al 14 de septiembre"). Hedges are not kept on dates ("hasta 2025" gives "2025").
 *
 * <h2>Not figures</h2>
 * Digits inside names and codes ("COVID-19", "G20", "F-35", "H5N1", "5G"), numbers after a label or a capitalised
 * name ("artículo 155", "cuadro 8", "page 3", "Boeing 737", "Agenda 2030"), phone numbers, capitalised number words
 * inside a sentence ("Dos Hermanas", "Segunda Guerra Mundial"), and "one"-words on their own: "un", "una", "uno",
 * "a", "an", "one" are figures only with a unit, scale or fraction ("un año", "a week", "un millón", "un tercio",
 * "one in five"), never as articles or pronouns ("uno de ellos", "one of the"). "first"/"primer" are ordinals only
 * before a noun of order or period ("por primera vez", "first quarter"). Vague amounts ("miles de", "cientos",
 * "dozens") and verbs ("duplicó", "doubled") are left out.
 *
 * <h2>Types and units</h2>
 * <ul>
 * <li>{@code count}: unit {@code null}, or {@code people} when the counted noun is a people noun, {@code points},
 * {@code times} ("tres veces"), {@code lb}, or a measure ({@code km}, {@code m}, {@code kg}, {@code t}, {@code l},
 * {@code ha}, {@code °C}, {@code MW}…); normalised "1722217", "265 people".</li>
 * <li>{@code percent}: unit {@code percent} ("30 %"), {@code percentage-points} ("2 pp"), {@code basis-points}
 * ("50 bp").</li>
 * <li>{@code fraction}: unit {@code fraction}, value in [0, 1], normalised as a percentage ("≈ 50 %").</li>
 * <li>{@code ratio}: unit {@code times}, "el triple" → 3, normalised "×3".</li>
 * <li>{@code money}: unit an ISO 4217 code ({@code USD} for "$" and "dólares", {@code EUR}, {@code GBP},
 * {@code JPY}…), {@code peso} when the country is not said, {@code cent}; value with its scale applied
 * ("$2.2 million" → 2200000), normalised "2200000 USD".</li>
 * <li>{@code duration}: unit {@code second}, {@code minute}, {@code hour}, {@code day}, {@code week},
 * {@code month}, {@code year}, {@code decade}, {@code century}; normalised "1.5 years".</li>
 * <li>{@code date}: unit {@code date}, value {@code null}, normalised ISO 8601: "2023-09-11", "2019-04", "2019",
 * "--10-14" (no year), "1990s"; clock times have unit {@code time} and normalised "14:42 ET" (24-hour clock,
 * time zone as written).</li>
 * <li>{@code ordinal}: unit {@code null}, value the rank, normalised "#3".</li>
 * </ul>
 * A hedge prefixes the normalised form: "≈" (approximately, nearly), "≥" (at least), "≤" (at most, up to),
 * "&gt;" (more than), "&lt;" (less than). Numbers are read with the language's separators ("1.722.217" and
 * "3,2" in Spanish, "1,722,217" and "3.2" in English); a text that clearly uses the other convention throughout is
 * read with it, and a shape that allows only one reading ("1.722.217" in English) is read that way.
 *
 * <p>Thread-safe and reusable: the word tables are built once per language on first use.
 */
public final class FigureDetector {

    private static final Logger LOG = LoggerFactory.getLogger(FigureDetector.class);

    private static final Set<String> SPANISH_MARKERS = Set.of("de", "la", "el", "que", "los", "las", "en", "del",
            "por", "una", "se", "con", "para", "según", "dijo", "es", "y");
    private static final Set<String> ENGLISH_MARKERS = Set.of("the", "of", "and", "to", "in", "is", "was", "that",
            "for", "with", "said", "on", "it", "by", "are");
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /**
     * Finds the figures of a text.
     *
     * @param text the normalised text of a document (never modified)
     * @param language {@link Language#ES} or {@link Language#EN}; {@link Language#UNDETERMINED} reads the text with
     *     the rules of whichever of the two its common words point to
     * @return the figures, sorted by start, not overlapping; empty for a null or empty text, and for a text the
     *     parser fails on (logged), so that the other analysers' suggestions are still made
     */
    public List<FigureMatch> find(String text, Language language) {
        if (text == null || text.isEmpty()) {
            return List.of();
        }
        try {
            return parse(text, language);
        } catch (RuntimeException e) {
            LOG.warn("Figure detection gave up on a text of {} chars; no figures proposed", text.length(), e);
            return List.of();
        }
    }

    /** {@link #find} without its safety net, for the tests that make sure there is nothing for it to catch. */
    List<FigureMatch> parse(String text, Language language) {
        Tokens tokens = Tokens.of(text);
        boolean spanish = language == Language.ES || language != Language.EN && looksSpanish(tokens);
        boolean decimalComma = spanish
                ? !(tokens.decimalPointEvidence > 0 && tokens.decimalCommaEvidence == 0)
                : tokens.decimalCommaEvidence > 0 && tokens.decimalPointEvidence == 0;
        List<Candidate> candidates = new FigureParser(tokens, Lexicon.of(spanish), decimalComma).run();
        List<FigureMatch> matches = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            int start = tokens.start[c.startTok];
            int end = tokens.end[c.endTok - 1];
            matches.add(new FigureMatch(start, end, figure(c)));
        }
        return matches;
    }

    private static boolean looksSpanish(Tokens tokens) {
        int spanish = 0;
        int english = 0;
        int limit = Math.min(tokens.size, 20_000);
        for (int k = 0; k < limit; k++) {
            if (tokens.kind[k] == Tokens.WORD) {
                if (SPANISH_MARKERS.contains(tokens.key(k))) {
                    spanish++;
                } else if (ENGLISH_MARKERS.contains(tokens.key(k))) {
                    english++;
                }
            }
        }
        return spanish > english;
    }

    private static Figure figure(Candidate c) {
        BigDecimal value = c.value == null ? null : clean(c.value);
        return new Figure(value, c.unit, c.type, c.qualifier, null, normalized(c, value));
    }

    private static BigDecimal clean(BigDecimal value) {
        BigDecimal stripped = value.stripTrailingZeros();
        return stripped.scale() < 0 ? stripped.setScale(0) : stripped;
    }

    private static String normalized(Candidate c, BigDecimal value) {
        if (c.type == FigureType.DATE) {
            return dateText(c);
        }
        String number = value.toPlainString();
        String body = switch (c.type) {
            case PERCENT -> switch (c.unit) {
                case "percentage-points" -> number + " pp";
                case "basis-points" -> number + " bp";
                default -> number + " %";
            };
            case FRACTION -> clean(value.multiply(HUNDRED).setScale(1, RoundingMode.HALF_UP)).toPlainString() + " %";
            case RATIO -> "×" + number;
            case ORDINAL -> "#" + number;
            case DURATION -> number + " " + plural(c.unit, value);
            default -> c.unit == null ? number : number + " " + c.unit;
        };
        return prefix(c.qualifier) + body;
    }

    private static String plural(String unit, BigDecimal value) {
        if (value.compareTo(BigDecimal.ONE) == 0) {
            return unit;
        }
        return "century".equals(unit) ? "centuries" : unit + "s";
    }

    private static String prefix(Qualifier qualifier) {
        return switch (qualifier) {
            case EXACT -> "";
            case APPROXIMATELY, NEARLY -> "≈ ";
            case AT_LEAST -> "≥ ";
            case AT_MOST, UP_TO -> "≤ ";
            case MORE_THAN -> "> ";
            case LESS_THAN -> "< ";
        };
    }

    private static String dateText(Candidate c) {
        if (c.dateText != null) {
            return c.dateText;
        }
        StringBuilder out = new StringBuilder(10);
        if (c.year > 0) {
            out.append(c.year);
        } else {
            out.append('-');
        }
        if (c.month > 0) {
            out.append('-').append(c.month < 10 ? "0" : "").append(c.month);
            if (c.day > 0) {
                out.append('-').append(c.day < 10 ? "0" : "").append(c.day);
            }
        }
        return out.toString();
    }
}
