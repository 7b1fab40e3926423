package org.factdesk.analysis.figures;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.factdesk.model.FigureType;
import org.factdesk.model.Qualifier;

/**
 * Reads the figures of one tokenised text: at each token it tries a hedge, then a date, a time, a fraction, a
 * multiple, an ordinal and finally a quantity (number, scale, unit or currency), and skips codes and phone numbers.
 * One instance per text; not shared between threads.
 */
final class FigureParser {

    private static final BigDecimal HALF = new BigDecimal("0.5");
    private static final MathContext FRACTION_PRECISION = new MathContext(6);
    private static final Set<String> ENGLISH_ORDINAL_SUFFIXES = Set.of("st", "nd", "rd", "th");
    private static final Set<String> SPANISH_ORDINAL_SUFFIXES = Set.of("er", "ra", "ro", "do", "da", "to", "ta");
    private static final Set<String> GLUED_SUFFIXES = Set.of("st", "nd", "rd", "th", "s", "x", "am", "pm", "h", "hs",
            "hrs", "min", "mins", "km", "kms", "kg", "kgs", "cm", "mm", "m", "g", "gr", "t", "l", "ha", "ft", "mi",
            "mph", "kmh", "kw", "mw", "gw", "tw", "kwh", "mwh", "gwh", "twh", "bn", "mn", "mln", "tn", "k", "b", "pp",
            "pb", "bps", "bp", "pct", "yr", "yrs", "fold", "er", "ra", "ro", "do", "da", "to", "ta", "mdd", "mdp",
            "º", "ª", "seg", "sec", "secs", "ppt", "ppts", "pts");
    private static final Set<String> ORDINAL_STOP_WORDS = Set.of("de", "del", "of", "y", "and", "que", "that", "en",
            "in", "a", "to", "por", "for", "con", "with", "o", "or", "después", "later", "after", "antes", "before",
            "es", "is", "was", "fue", "se");

    private final Tokens t;
    private final Lexicon lx;
    private final boolean decimalComma;
    /** Token index just after the last figure found, so "a year" in "$50,000 a year" is read as a rate. */
    private int lastEnd = -1;

    FigureParser(Tokens tokens, Lexicon lexicon, boolean decimalComma) {
        this.t = tokens;
        this.lx = lexicon;
        this.decimalComma = decimalComma;
    }

    List<Candidate> run() {
        List<Candidate> found = new ArrayList<>();
        int i = 0;
        while (i < t.size) {
            Candidate c = mayStartAt(i) ? matchAt(i) : null;
            if (c == null) {
                i++;
                continue;
            }
            if (!c.skip) {
                found.add(c);
                lastEnd = c.endTok;
            }
            i = Math.max(c.endTok, i + 1);
        }
        borrowAcrossRanges(found);
        return found;
    }

    /**
     * Whether a figure, a code or a phone number may start at token i: digits or a trigger word. Kept apart from
     * {@link #matchAt}, which is too large to be inlined, so that the three tokens in four that are neither cost no
     * call.
     */
    private boolean mayStartAt(int i) {
        return t.kind[i] == Tokens.NUM || lx.triggers.contains(t, i);
    }

    /** The figure, code or phone number starting at token i, where {@link #mayStartAt} holds, or {@code null}. */
    private Candidate matchAt(int i) {
        byte kind = t.kind[i];
        Candidate phone = phone(i);
        if (phone != null) {
            return phone;
        }
        PhraseTable.Hit<Qualifier> hedge = lx.qualifiers.match(t, i);
        if (hedge != null && hedge.value() == Qualifier.UP_TO && i > 0 && t.joined(i)
                && (t.isSym(i - 1, ',') || lx.changeVerbs.contains(t, i - 1))) {
            hedge = null;
        }
        if (hedge != null && t.joined(hedge.end())) {
            int j = hedge.end();
            Candidate c = core(j, hedge.value());
            if (c == null && lx.spanish && lx.articles.contains(t, j) && t.joined(j + 1)) {
                c = core(j + 1, hedge.value());
            }
            if (c != null && !c.skip) {
                if (c.type == FigureType.DATE) {
                    return c;
                }
                c.startTok = i;
                c.qualifier = hedge.value();
                c.bare = false;
                return c;
            }
        }
        if (kind == Tokens.WORD && !lx.coreStarts.contains(t, i)) {
            // a hedge or an article, not followed here by a figure: no core parser begins at this word
            return null;
        }
        return core(i, null);
    }

    /**
     * A figure starting at token j, after a hedge or with none. Each parser below is tried only at digits or at its
     * start words in {@link Lexicon} ({@link Lexicon#dateStarts} and so on): a parser that comes to accept another
     * first word must add it there.
     */
    private Candidate core(int j, Qualifier hedge) {
        if (j >= t.size) {
            return null;
        }
        boolean digits = t.kind[j] == Tokens.NUM;
        Candidate c = null;
        if (digits || lx.dateStarts.contains(t, j)) {
            c = date(j);
        }
        if (c == null && digits) {
            c = time(j);
        }
        if (c == null && (digits || lx.fractionStarts.contains(t, j))) {
            c = fraction(j);
        }
        if (c == null && lx.multipleStarts.contains(t, j)) {
            c = multiple(j, hedge != null);
        }
        if (c == null && (digits || lx.ordinalStarts.contains(t, j))) {
            c = ordinal(j);
        }
        if (c == null && (digits || lx.quantityStarts.contains(t, j))) {
            c = quantity(j, hedge);
        }
        return c;
    }

    // ---------------------------------------------------------------- codes and phone numbers

    /** The end of a code the digit run at k belongs to ("G20", "COVID-19", "F-35", "5G", "H5N1"), or -1. */
    private int codeEnd(int k) {
        boolean code = false;
        if (t.length(k) > Tokens.MAX_NUMBER_LENGTH) {
            code = true;
        } else if (t.glued(k) && t.isWord(k - 1)) {
            code = true;
        } else if (t.glued(k) && (t.isSym(k - 1, '-') || t.isSym(k - 1, '/') || t.isSym(k - 1, '‑'))
                && t.glued(k - 1) && t.isWord(k - 2) && !lx.dateModifiers.containsKey(t, k - 2)) {
            code = true;
        } else if (t.glued(k) && t.isSym(k - 1, '#')) {
            code = true;
        } else if (t.glued(k + 1) && t.isWord(k + 1) && !knownSuffix(k + 1, k)) {
            code = true;
        } else if (t.glued(k + 1) && t.isNum(k + 2) && t.glued(k + 2) && t.isSym(k + 1, '.')) {
            code = true;
        }
        if (!code) {
            return -1;
        }
        int e = k + 1;
        while (e < t.size && t.glued(e)) {
            if (t.kind[e] != Tokens.SYM) {
                e++;
            } else if ((t.isSym(e, '-') || t.isSym(e, '/') || t.isSym(e, '.')) && e + 1 < t.size && t.glued(e + 1)
                    && t.kind[e + 1] != Tokens.SYM) {
                e += 2;
            } else {
                break;
            }
        }
        return e;
    }

    private boolean knownSuffix(int k, int number) {
        String key = t.key(k);
        if (!GLUED_SUFFIXES.contains(key)) {
            return false;
        }
        String raw = t.raw(k);
        if (raw.length() == 1 && !raw.equals(key)) {
            boolean money = t.glued(number) || t.joined(number) ? isCurrencySymbol(number - 1) : false;
            return money && ("m".equals(key) || "b".equals(key) || "k".equals(key));
        }
        return true;
    }

    private boolean isCurrencySymbol(int k) {
        return k >= 0 && t.kind[k] == Tokens.SYM && "$€£¥₩₽₹".contains(t.key(k));
    }

    /** Phone numbers ("+34 91 123 45 67", "(202) 555-0143", "555-0143", "912 345 678") are passed over whole. */
    private Candidate phone(int i) {
        boolean labelled = lx.phoneLabels.contains(t, i);
        int k = i;
        if (labelled) {
            k++;
            if (t.isSym(k, ':') && t.glued(k)) {
                k++;
            }
            if (!t.joined(k)) {
                return null;
            }
        }
        boolean plus = t.isSym(k, '+');
        boolean paren = t.isSym(k, '(');
        if (!labelled && !plus && !paren && t.kind[i] != Tokens.NUM) {
            return null;
        }
        int e = plus || paren ? k + 1 : k;
        if ((plus || paren) && !t.glued(e)) {
            return null;
        }
        int groups = 0;
        int digits = 0;
        int[] lengths = new int[8];
        boolean hyphenAfterFirst = false;
        while (e < t.size && groups < 8 && t.isNum(e) && t.plainInt(e) >= 0) {
            lengths[groups++] = t.length(e);
            digits += t.length(e);
            e++;
            if (paren && groups == 1) {
                if (t.isSym(e, ')') && t.glued(e) && t.isNum(e + 1) && t.joined(e + 1)) {
                    e++;
                    continue;
                }
                break;
            }
            if ((t.isSym(e, '-') || t.isSym(e, '.')) && t.glued(e) && t.isNum(e + 1) && t.glued(e + 1)) {
                if (groups == 1) {
                    hyphenAfterFirst = t.isSym(e, '-');
                }
                e++;
            } else if (!(t.isNum(e) && t.gap[e] == Tokens.GAP_SPACE)) {
                break;
            }
        }
        boolean phone;
        if (groups == 0) {
            phone = false;
        } else if (labelled || plus) {
            phone = digits >= 6;
        } else if (paren) {
            phone = groups >= 2 && digits >= 9;
        } else if (groups >= 3) {
            phone = digits >= 8 && allBetween(lengths, groups, hyphenAfterFirst ? 1 : 2, 4);
        } else {
            phone = groups == 2 && lengths[0] == 3 && lengths[1] == 4 && hyphenAfterFirst
                    && !round(e - 1);
        }
        return phone ? Candidate.skip(i, e) : null;
    }

    private static boolean allBetween(int[] lengths, int count, int min, int max) {
        for (int g = 0; g < count; g++) {
            if (lengths[g] < min || lengths[g] > max) {
                return false;
            }
        }
        return true;
    }

    private boolean round(int k) {
        int v = t.plainInt(k);
        return v >= 1000 && v <= 2199 || v % 100 == 0;
    }

    /** A number that is a reference, not a quantity: "artículo 155", "cuadro 8", "page 3", "Boeing 737". */
    private boolean labelled(int k) {
        if (!t.joined(k) || k == 0) {
            return false;
        }
        int p = k - 1;
        if (t.isSym(p, '.') && t.glued(p) && t.isWord(p - 1)) {
            p--;
        }
        if (t.isSym(p, '#')) {
            return true;
        }
        if (!t.isWord(p)) {
            return false;
        }
        if (lx.labels.contains(t, p)) {
            return true;
        }
        if (lx.months.containsKey(t, p) || lx.monthAbbreviations.containsKey(t, p) || lx.weekdays.contains(t, p)
                || lx.triggers.contains(t, p)) {
            return false;
        }
        if (lx.functionWords.contains(t, p)) {
            return false;
        }
        boolean scoreOrRange = (t.isSym(k + 1, '-') || t.isSym(k + 1, '–')) && t.glued(k + 1) && t.isNum(k + 2);
        if (!t.capitalized(p) && !t.mixedCase(p) || scoreOrRange) {
            return false;
        }
        // "Agenda 2030", "Boeing 737"; at a sentence start only a year-like number makes a name ("'España 2050'"),
        // since "Votaron 1.722.217 personas" starts with a verb
        return !t.sentenceStart(p) || t.length(k) == 4 && t.plainInt(k) >= 1000;
    }

    // ---------------------------------------------------------------- numbers

    /** A number read at k: digits or words. */
    private static final class Num {
        BigDecimal value;
        int end;
        boolean digits;
        boolean words;
        boolean one;
        boolean half;
        boolean year;
        /** "año y medio": no number is written, the unit comes first and is read from {@link #end}. */
        boolean unitFirst;
        int codeEnd = -1;
    }

    private Num number(int k) {
        if (t.isNum(k)) {
            Num n = new Num();
            int code = codeEnd(k);
            if (code > 0) {
                n.codeEnd = code;
                return n;
            }
            String raw = t.raw(k);
            BigDecimal value = parseDigits(raw);
            if (value == null) {
                n.codeEnd = k + 1;
                return n;
            }
            int e = k + 1;
            if (raw.indexOf('.') < 0 && raw.indexOf(',') < 0 && raw.length() <= 3) {
                StringBuilder grouped = null;
                while (e < t.size && t.gap[e] == Tokens.GAP_THIN && t.isNum(e) && t.length(e) == 3
                        && t.plainInt(e) >= 0) {
                    if (grouped == null) {
                        grouped = new StringBuilder(raw);
                    }
                    grouped.append(t.raw(e));
                    e++;
                }
                if (grouped != null) {
                    value = new BigDecimal(grouped.toString());
                }
            }
            n.value = value;
            n.end = e;
            n.digits = true;
            int plain = t.plainInt(k);
            n.year = e == k + 1 && t.length(k) == 4 && plain >= 1000 && plain <= 2199;
            return n;
        }
        if (t.isWord(k)) {
            return numberWords(k);
        }
        return null;
    }

    /** Reads a digit run with this text's separators; {@code null} when it is not a well-formed number. */
    BigDecimal parseDigits(String raw) {
        int dots = 0;
        int commas = 0;
        int lastDot = -1;
        int lastComma = -1;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == '.') {
                dots++;
                lastDot = i;
            } else if (c == ',') {
                commas++;
                lastComma = i;
            }
        }
        if (dots == 0 && commas == 0) {
            return new BigDecimal(raw);
        }
        char thousands;
        char decimal;
        if (dots > 0 && commas > 0) {
            decimal = lastDot > lastComma ? '.' : ',';
            thousands = decimal == '.' ? ',' : '.';
            if ((decimal == '.' ? dots : commas) > 1) {
                return null;
            }
        } else {
            char sep = dots > 0 ? '.' : ',';
            int count = Math.max(dots, commas);
            int after = raw.length() - 1 - Math.max(lastDot, lastComma);
            if (count > 1) {
                thousands = sep;
                decimal = 0;
            } else if (after != 3 || raw.indexOf(sep) > 3 || raw.charAt(0) == '0' && raw.indexOf(sep) == 1) {
                decimal = sep;
                thousands = 0;
            } else if (sep == ',' ? decimalComma : !decimalComma) {
                decimal = sep;
                thousands = 0;
            } else {
                thousands = sep;
                decimal = 0;
            }
        }
        StringBuilder plain = new StringBuilder(raw.length());
        int run = 0;
        int groups = 0;
        boolean inFraction = false;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (c == thousands) {
                if (inFraction || (groups == 0 ? run > 3 : run != 3)) {
                    return null;
                }
                groups++;
                run = 0;
            } else if (c == decimal) {
                if (groups > 0 && run != 3) {
                    return null;
                }
                inFraction = true;
                plain.append('.');
            } else {
                run++;
                plain.append(c);
            }
        }
        if (!inFraction && groups > 0 && run != 3) {
            return null;
        }
        return new BigDecimal(plain.toString());
    }

    /** Reads spelled-out numbers: "dos", "treinta y cinco", "doscientos mil", "twenty-five", "a hundred". */
    private Num numberWords(int k) {
        if (lx.numbers.get(t, k) == null) {
            return null;
        }
        // last: 0 nothing yet, 1 a unit or teen, 2 a round ten, 3 a hundred, 4 a scale word
        long total = 0;
        long current = 0;
        int last = 0;
        int count = 0;
        boolean firstIsOne = false;
        int e = k;
        while (e < t.size && (e == k || t.joined(e))) {
            Lexicon.NumberWord w = lx.numbers.get(t, e);
            if (w == null) {
                if (count == 0 || !t.joined(e + 1)) {
                    break;
                }
                boolean hyphen = !lx.spanish && t.isSym(e, '-') && t.glued(e) && t.glued(e + 1);
                boolean and = lx.spanish ? t.is(e, "y") : t.is(e, "and");
                Lexicon.NumberWord after = hyphen || and ? lx.numbers.get(t, e + 1) : null;
                if (after == null) {
                    break;
                }
                boolean small = after.role() == Lexicon.SMALL || lx.spanish && after.role() == Lexicon.ONE;
                boolean ok;
                if (lx.spanish || hyphen) {
                    ok = last == 2 && small && after.value() < 10;
                } else {
                    ok = (last == 3 || last == 4) && small;
                }
                if (!ok) {
                    break;
                }
                current += after.value();
                last = 1;
                count += 2;
                e += 2;
                continue;
            }
            int role = w.role();
            long v = w.value();
            if (role == Lexicon.ONE && count > 0) {
                break;
            }
            if (role == Lexicon.SMALL || role == Lexicon.ONE) {
                if (last == 0 || last == 3 || last == 4 || last == 2 && v < 10 && !lx.spanish) {
                    current += v;
                } else {
                    break;
                }
                last = v >= 20 && v % 10 == 0 ? 2 : 1;
                firstIsOne = count == 0 && role == Lexicon.ONE;
            } else if (role == Lexicon.HUNDREDS) {
                if (last != 0 && last != 4) {
                    break;
                }
                current += v;
                last = 3;
            } else if (role == Lexicon.HUNDRED) {
                if (last != 1 && last != 2) {
                    break;
                }
                current = (current == 0 ? 1 : current) * 100;
                last = 3;
            } else {
                if (last == 0 && !(lx.spanish && v == 1000)) {
                    break;
                }
                if (v < 1_000_000L) {
                    total += (current == 0 ? 1 : current) * v;
                } else {
                    long segment = total + current;
                    total = (segment == 0 ? 1 : segment) * v;
                }
                current = 0;
                last = 4;
            }
            count++;
            e++;
            if (total > 1_000_000_000_000_000L) {
                break;
            }
        }
        if (count == 0 || count == 1 && "ciento".equals(t.key(k))) {
            return null;
        }
        Num n = new Num();
        n.value = BigDecimal.valueOf(total + current);
        n.end = e;
        n.words = true;
        n.one = firstIsOne && count == 1;
        return n;
    }

    // ---------------------------------------------------------------- quantities

    private Candidate quantity(int j, Qualifier hedge) {
        int k = j;
        String currency = null;
        PhraseTable.Hit<String> before = lx.currencyBefore.match(t, k);
        if (before != null && t.joined(before.end()) && (t.kind[k] == Tokens.SYM
                || t.allCaps(k) && (before.end() == k + 1 || t.glued(k + 1)))) {
            currency = before.value();
            k = before.end();
        }
        Num n = number(k);
        if (n == null) {
            n = halfOrYearAndHalf(k);
            if (n == null) {
                return null;
            }
        }
        if (n.codeEnd > 0) {
            return Candidate.skip(j, n.codeEnd);
        }
        if (n.one && (j == lastEnd || j > 0 && t.joined(j) && (lx.timesWords.contains(t, j - 1)
                || t.is(j - 1, "once") || t.is(j - 1, "twice")))) {
            return null;
        }
        int e = n.end;
        BigDecimal value = n.value;
        if (!lx.spanish && t.is(e, "and") && t.is(e + 1, "a") && t.is(e + 2, "half") && t.joined(e)
                && t.joined(e + 1) && t.joined(e + 2)) {
            value = value.add(HALF);
            e += 3;
        }
        BigDecimal scale = null;
        if (n.digits || n.half) {
            int words = 0;
            while (words < 2 && t.joined(e) && t.isWord(e)) {
                Lexicon.NumberWord w = lx.numbers.get(t, e);
                if (w == null || w.role() != Lexicon.SCALE) {
                    break;
                }
                scale = scale == null ? BigDecimal.valueOf(w.value()) : scale.multiply(BigDecimal.valueOf(w.value()));
                e++;
                words++;
            }
            String key = t.key(e);
            BigDecimal abbreviation = scale == null && t.isWord(e) && t.joined(e) ? lx.abbreviatedScales.get(key) : null;
            if (abbreviation != null
                    && (lx.looseAbbreviatedScales.contains(key) || currency != null && t.glued(e))) {
                scale = abbreviation;
                e++;
                if ("mdd".equals(key)) {
                    currency = "USD";
                } else if ("mdp".equals(key)) {
                    currency = "peso";
                }
            }
        }
        if (scale != null) {
            value = value.multiply(scale);
        }
        FigureType type = null;
        String unit = null;
        if (currency == null && t.joined(e)) {
            PhraseTable.Hit<String> after = lx.currencyAfter.match(t, e);
            if (after != null && (!t.is(e, "de") || scale != null || n.words && n.value.compareTo(BigDecimal
                    .valueOf(1_000_000)) >= 0)) {
                currency = after.value();
                if ((t.is(e, "pounds") || t.is(e, "pound") || t.is(e, "libras")) && scale == null) {
                    currency = null;
                    type = FigureType.COUNT;
                    unit = "lb";
                }
                e = after.end();
            }
        }
        if (currency != null) {
            type = FigureType.MONEY;
            unit = currency;
        }
        if (type == null && t.joined(e)) {
            PhraseTable.Hit<Lexicon.Unit> percent = lx.percents.match(t, e);
            if (percent != null && (t.kind[e] != Tokens.WORD || t.length(e) > 2 || t.glued(e) || !t.isWord(e + 1))) {
                type = percent.value().type();
                unit = percent.value().id();
                e = percent.end();
                if ("tenths-of-a-point".equals(unit)) {
                    value = value.divide(BigDecimal.TEN);
                    unit = "percentage-points";
                }
            }
        }
        if (type == null && (t.joined(e) || n.unitFirst)) {
            // "Año y medio después": the unit opens the line, joined to nothing before it
            int d = durationEnd(e, n);
            if (d > 0) {
                type = FigureType.DURATION;
                int u = e;
                while (u + 1 < t.size && lx.durations.match(t, u) == null) {
                    u++;
                }
                unit = lx.durations.match(t, u).value().id();
                if (lx.spanish && (t.is(d, "y") && t.joined(d) && t.joined(d + 1) && lx.halfWords.contains(t, d + 1))) {
                    value = value.add(HALF);
                    d += 2;
                } else if (!lx.spanish && t.is(d, "and") && t.is(d + 1, "a") && t.is(d + 2, "half")
                        && t.joined(d) && t.joined(d + 1) && t.joined(d + 2)) {
                    value = value.add(HALF);
                    d += 3;
                }
                e = d;
            }
        }
        if (type == null && t.joined(e)) {
            PhraseTable.Hit<Lexicon.Unit> measure = lx.measures.match(t, e);
            if (measure != null && measureFits(e, measure.end())) {
                type = FigureType.COUNT;
                unit = measure.value().id();
                e = measure.end();
            }
        }
        if (type == null && t.joined(e) && lx.timesWords.contains(t, e) && !n.one) {
            boolean ratio = t.joined(e + 1) && lx.ratioFollowers.contains(t, e + 1);
            type = ratio ? FigureType.RATIO : FigureType.COUNT;
            unit = "times";
            e++;
        }
        boolean plain = type == null;
        if (n.unitFirst && type != FigureType.DURATION) {
            return null; // no number and no unit: nothing was read
        }
        if (plain) {
            if (n.one || n.half && scale == null || scale == null && n.words && n.value.signum() == 0) {
                return null;
            }
            if (n.words && t.capitalized(k) && !t.sentenceStart(k)) {
                return null;
            }
            if (n.words && t.isSym(e, '-') && t.glued(e) && t.glued(e + 1) && lx.ordinals.containsKey(t, e + 1)) {
                return null;
            }
            if (n.digits && currency == null && labelled(k)) {
                return Candidate.skip(j, e);
            }
            if (n.year && scale == null && (hedge == null || hedge == Qualifier.UP_TO)) {
                Candidate year = Candidate.date(j, e, n.value.intValue(), 0, 0);
                return year;
            }
            type = FigureType.COUNT;
            if (t.joined(e) && lx.peopleNouns.contains(t, e)
                    || t.is(e, "de") && t.joined(e + 1) && lx.peopleNouns.contains(t, e + 1)) {
                unit = "people";
            }
        }
        Candidate c = Candidate.of(j, e, type, unit, value);
        c.scale = scale;
        c.bare = plain && scale == null && currency == null;
        return c;
    }

    /** "medio millón", "media hora", "half a million", "half an hour"; and Spanish "año y medio". */
    private Num halfOrYearAndHalf(int k) {
        if (!t.isWord(k)) {
            return null;
        }
        if (lx.halfWords.contains(t, k)) {
            int e = k + 1;
            if (!lx.spanish && (t.is(e, "a") || t.is(e, "an")) && t.joined(e)) {
                e++;
            }
            if (!t.joined(e)) {
                return null;
            }
            Lexicon.NumberWord w = lx.numbers.get(t, e);
            boolean scale = w != null && w.role() == Lexicon.SCALE && w.value() >= 1000;
            boolean duration = lx.singularDurations.contains(t, e);
            if (!scale && !duration) {
                return null;
            }
            Num n = new Num();
            n.value = HALF;
            n.end = e;
            n.half = true;
            if (duration) {
                n.half = false;
                n.words = true;
            }
            return n;
        }
        if (lx.spanish && lx.singularDurations.contains(t, k) && t.is(k + 1, "y") && t.joined(k + 1)
                && t.joined(k + 2) && lx.halfWords.contains(t, k + 2) && (k == 0 || !lx.articles.contains(t, k - 1))) {
            Num n = new Num();
            n.value = BigDecimal.ONE;
            n.end = k;
            n.words = true;
            n.unitFirst = true;
            return n;
        }
        return null;
    }

    /** The end of a duration unit at e ("años", "-year", "-year-old"), or -1. */
    private int durationEnd(int e, Num n) {
        if (t.isWord(e) && lx.durationAdjectives.contains(t, e) && t.joined(e + 1)
                && lx.durations.match(t, e + 1) != null && t.length(e + 1) > 3) {
            e++;
        }
        boolean hyphen = t.isSym(e, '-') && t.glued(e) && t.glued(e + 1);
        int u = hyphen ? e + 1 : e;
        PhraseTable.Hit<Lexicon.Unit> hit = lx.durations.match(t, u);
        if (hit == null) {
            return -1;
        }
        String key = t.key(u);
        if (("second".equals(key) || "segundo".equals(key)) && !n.digits) {
            return -1;
        }
        if ("h".equals(key) || "hs".equals(key) || "hrs".equals(key) || "min".equals(key) || "seg".equals(key)) {
            if (!n.digits) {
                return -1;
            }
        }
        if ("sec".equals(key) && !n.digits) {
            return -1;
        }
        int d = hit.end();
        if (hyphen && t.isSym(d, '-') && t.glued(d) && t.glued(d + 1) && (t.is(d + 1, "old") || t.is(d + 1, "olds"))) {
            d += 2;
        }
        return d;
    }

    /** Single-letter and symbol units ("m", "t", "°") only right after digits, never before another word. */
    private boolean measureFits(int e, int end) {
        String key = t.key(e);
        if (end - e > 1 || t.length(e) > 1 && !"ha".equals(key) && !"mi".equals(key) && !"in".equals(key)) {
            return true;
        }
        if (!t.raw(e).equals(t.key(e)) && t.length(e) == 1) {
            return false;
        }
        return t.isNum(e - 1) && (t.glued(e) || !t.isWord(end)) && !t.isSym(end, '.') || t.kind[e] == Tokens.SYM;
    }

    // ---------------------------------------------------------------- dates and times

    private Candidate date(int j) {
        if (t.isWord(j) && lx.weekdays.contains(t, j)) {
            int d = j + 1;
            if (t.isSym(d, ',') && t.joined(d)) {
                d++;
            }
            if (!t.joined(d)) {
                return null;
            }
            Candidate c = dateBody(d);
            if (c != null && c.day > 0) {
                c.startTok = j;
                return c;
            }
            return null;
        }
        if (t.isWord(j) && lx.dateModifiers.containsKey(t, j)) {
            int d = j + 1;
            if (lx.spanish) {
                if (!(t.is(d, "de") || t.is(d, "del")) || !t.joined(d)) {
                    return null;
                }
                d++;
            } else if (t.isSym(d, '-') && t.glued(d)) {
                d++;
            } else if (t.is(d, "in") && t.joined(d)) {
                return null;
            }
            if (!t.joined(d)) {
                return null;
            }
            Candidate c = dateBody(d);
            if (c == null && yearAt(d) > 0) {
                c = Candidate.date(d, d + 1, yearAt(d), 0, 0);
            }
            if (c != null && c.year > 0) {
                c.startTok = j;
                return c;
            }
            return null;
        }
        return dateBody(j);
    }

    private Candidate dateBody(int k) {
        if (t.isNum(k)) {
            Candidate numeric = numericDate(k);
            if (numeric != null) {
                return numeric;
            }
            int day = dayAt(k);
            if (day > 0) {
                int e = dayEnd(k);
                if (lx.spanish) {
                    if (t.is(e, "de") && t.joined(e) && t.joined(e + 1) && lx.months.containsKey(t, e + 1)) {
                        int month = lx.months.get(t, e + 1);
                        e += 2;
                        int year = 0;
                        if ((t.is(e, "de") || t.is(e, "del")) && t.joined(e) && t.joined(e + 1) && yearAt(e + 1) > 0) {
                            year = yearAt(e + 1);
                            e += 2;
                        }
                        return Candidate.date(k, e, year, month, day);
                    }
                } else {
                    int m = englishMonth(e);
                    if (m > 0 && t.joined(e)) {
                        int after = englishMonthEnd(e);
                        int year = 0;
                        int y = after;
                        if (t.isSym(y, ',') && t.joined(y)) {
                            y++;
                        }
                        if (t.joined(y) && yearAt(y) > 0) {
                            year = yearAt(y);
                            after = y + 1;
                        }
                        return Candidate.date(k, after, year, m, day);
                    }
                }
            }
            if (!lx.spanish && t.glued(k + 1) && t.is(k + 1, "s") && t.length(k) == 4) {
                int year = t.plainInt(k);
                if (year >= 1000 && year <= 2190 && year % 10 == 0) {
                    Candidate c = Candidate.date(k, k + 2, year, 0, 0);
                    c.dateText = year + "s";
                    return c;
                }
            }
            return null;
        }
        if (!t.isWord(k)) {
            return null;
        }
        if (lx.spanish) {
            Integer month = lx.months.get(t, k);
            if (month == null) {
                if ("primero".equals(t.key(k)) && t.is(k + 1, "de") && t.joined(k + 1) && t.joined(k + 2)
                        && lx.months.containsKey(t, k + 2)) {
                    int e = k + 3;
                    int year = 0;
                    if ((t.is(e, "de") || t.is(e, "del")) && t.joined(e) && t.joined(e + 1) && yearAt(e + 1) > 0) {
                        year = yearAt(e + 1);
                        e += 2;
                    }
                    return Candidate.date(k, e, year, lx.months.get(t, k + 2), 1);
                }
                return null;
            }
            int e = k + 1;
            if ((t.is(e, "de") || t.is(e, "del")) && t.joined(e) && t.joined(e + 1) && yearAt(e + 1) > 0) {
                return Candidate.date(k, e + 2, yearAt(e + 1), month, 0);
            }
            return null;
        }
        int month = englishMonth(k);
        if (month <= 0) {
            return null;
        }
        int e = englishMonthEnd(k);
        if (!t.joined(e)) {
            return null;
        }
        int day = dayAt(e);
        if (day > 0 && !(t.length(e) == 4)) {
            int after = dayEnd(e);
            int year = 0;
            int y = after;
            if (t.isSym(y, ',') && t.joined(y)) {
                y++;
            }
            if (t.joined(y) && yearAt(y) > 0) {
                year = yearAt(y);
                after = y + 1;
            }
            return Candidate.date(k, after, year, month, day);
        }
        int y = e;
        if (t.isSym(y, ',') && t.joined(y)) {
            y++;
        } else if (t.is(y, "of") && t.joined(y)) {
            y++;
        }
        if (t.joined(y) && yearAt(y) > 0) {
            return Candidate.date(k, y + 1, yearAt(y), month, 0);
        }
        return null;
    }

    /** An English month name or abbreviation at k, capitalised, or 0. */
    private int englishMonth(int k) {
        if (!t.isWord(k) || !t.capitalized(k)) {
            return 0;
        }
        Integer m = lx.months.get(t, k);
        if (m == null) {
            m = lx.monthAbbreviations.get(t, k);
        }
        return m == null ? 0 : m;
    }

    private int englishMonthEnd(int k) {
        if (lx.monthAbbreviations.containsKey(t, k) && t.isSym(k + 1, '.') && t.glued(k + 1)) {
            return k + 2;
        }
        return k + 1;
    }

    private int dayAt(int k) {
        if (!t.isNum(k) || t.length(k) > 2 || codeEnd(k) > 0 && !ordinalSuffix(k + 1)) {
            return 0;
        }
        int v = t.plainInt(k);
        return v >= 1 && v <= 31 ? v : 0;
    }

    private boolean ordinalSuffix(int k) {
        return t.glued(k) && t.isWord(k) && ENGLISH_ORDINAL_SUFFIXES.contains(t.key(k));
    }

    private int dayEnd(int k) {
        if (ordinalSuffix(k + 1)) {
            return k + 2;
        }
        if ((t.isWord(k + 1) && (t.is(k + 1, "º") || t.is(k + 1, "ª"))) && t.glued(k + 1)) {
            return k + 2;
        }
        if (t.isSym(k + 1, '.') && t.glued(k + 1) && (t.is(k + 2, "º") || t.is(k + 2, "ª")) && t.glued(k + 2)) {
            return k + 3;
        }
        return k + 1;
    }

    private int yearAt(int k) {
        if (!t.isNum(k) || t.length(k) != 4 || t.glued(k + 1) && t.isWord(k + 1)) {
            return 0;
        }
        int v = t.plainInt(k);
        return v >= 1000 && v <= 2199 ? v : 0;
    }

    /** "11/09/2023", "9/11/2023" (English month first), "2023-09-11", "11.09.2023", "11-09-2023". */
    private Candidate numericDate(int k) {
        String raw = t.raw(k);
        if (raw.length() == 10 && raw.charAt(2) == '.' && raw.charAt(5) == '.') {
            return dayMonthYear(k, k + 1, toInt(raw, 0, 2), toInt(raw, 3, 5), toInt(raw, 6, 10));
        }
        if (t.plainInt(k) < 0 || codeEnd(k) > 0 && !(t.glued(k) && t.isSym(k - 1, '-'))) {
            return null;
        }
        for (char sep : new char[] {'/', '-'}) {
            if (t.isSym(k + 1, sep) && t.glued(k + 1) && t.isNum(k + 2) && t.glued(k + 2) && t.isSym(k + 3, sep)
                    && t.glued(k + 3) && t.isNum(k + 4) && t.glued(k + 4)) {
                int a = t.plainInt(k);
                int b = t.plainInt(k + 2);
                int c = t.plainInt(k + 4);
                if (a < 0 || b < 0 || c < 0) {
                    return null;
                }
                if (t.length(k) == 4) {
                    return dayMonthYear(k, k + 5, c, b, a);
                }
                if (t.length(k + 4) != 4 && t.length(k + 4) != 2) {
                    return null;
                }
                int year = t.length(k + 4) == 2 ? 2000 + c : c;
                if (!lx.spanish && a <= 12) {
                    return dayMonthYear(k, k + 5, b, a, year);
                }
                return dayMonthYear(k, k + 5, a, b, year);
            }
        }
        return null;
    }

    private Candidate dayMonthYear(int from, int to, int day, int month, int year) {
        if (day < 1 || day > 31 || month < 1 || month > 12 || year < 1000 || year > 2199) {
            return null;
        }
        return Candidate.date(from, to, year, month, day);
    }

    private static int toInt(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            v = v * 10 + c - '0';
        }
        return v;
    }

    private Candidate time(int j) {
        if (!t.isNum(j) || t.length(j) > 2) {
            return null;
        }
        int hour = t.plainInt(j);
        if (hour < 0 || hour > 24) {
            return null;
        }
        int minute = 0;
        int e = j + 1;
        boolean colon = false;
        if (t.isSym(e, ':') && t.glued(e) && t.isNum(e + 1) && t.glued(e + 1) && t.length(e + 1) == 2) {
            minute = t.plainInt(e + 1);
            if (minute < 0 || minute > 59) {
                return null;
            }
            colon = true;
            e += 2;
            if (t.isSym(e, ':') && t.glued(e) && t.isNum(e + 1) && t.glued(e + 1) && t.length(e + 1) == 2) {
                e += 2;
            }
        }
        int meridiem = meridiemEnd(e);
        boolean dayPart = lx.spanish && t.is(e, "de") && t.is(e + 1, "la") && t.joined(e) && t.joined(e + 1)
                && t.joined(e + 2) && lx.dayParts.containsKey(t, e + 2);
        if (!colon && meridiem < 0 && !(dayPart && hour <= 12)) {
            return null;
        }
        if (meridiem > 0) {
            if (hour > 12 || hour == 0) {
                return null;
            }
            boolean pm = t.is(e, "p") || t.is(e, "pm");
            if (pm && hour < 12) {
                hour += 12;
            } else if (!pm && hour == 12) {
                hour = 0;
            }
            e = meridiem;
        } else if (t.joined(e) && (t.is(e, "h") || t.is(e, "horas") || t.is(e, "hrs") || t.is(e, "hs"))) {
            e++;
        }
        if (lx.spanish && t.is(e, "de") && t.is(e + 1, "la") && t.joined(e) && t.joined(e + 1) && t.joined(e + 2)
                && lx.dayParts.containsKey(t, e + 2)) {
            if (hour < 12 && lx.dayParts.get(t, e + 2) == 12) {
                hour += 12;
            }
            e += 3;
        }
        String zone = null;
        if (t.joined(e) && t.isWord(e) && lx.zones.contains(t.raw(e))) {
            zone = t.raw(e);
            e++;
        } else if (t.joined(e) && (t.is(e, "hora") && t.is(e + 1, "local") || t.is(e, "local") && t.is(e + 1, "time"))
                && t.joined(e + 1)) {
            zone = "local";
            e += 2;
        }
        Candidate c = Candidate.of(j, e, FigureType.DATE, "time", null);
        c.dateText = twoDigits(hour) + ":" + twoDigits(minute) + (zone == null ? "" : " " + zone);
        return c;
    }

    /** A number from 0 to 99 with two digits, as {@code %02d}: String.format parses its pattern at every call. */
    private static String twoDigits(int n) {
        return n < 10 ? "0" + n : Integer.toString(n);
    }

    /** The end of "a.m.", "p. m.", "am", "PM" starting at e, or -1. */
    private int meridiemEnd(int e) {
        if (!t.joined(e) || !t.isWord(e)) {
            return -1;
        }
        if (t.is(e, "am") || t.is(e, "pm")) {
            return t.isSym(e + 1, '.') && t.glued(e + 1) && !t.joined(e + 2) ? e + 2 : e + 1;
        }
        if ((t.is(e, "a") || t.is(e, "p")) && t.isSym(e + 1, '.') && t.glued(e + 1) && t.is(e + 2, "m")
                && t.joined(e + 2)) {
            return t.isSym(e + 3, '.') && t.glued(e + 3) ? e + 4 : e + 3;
        }
        return -1;
    }

    // ---------------------------------------------------------------- fractions, multiples, ordinals

    private Candidate fraction(int j) {
        if (lx.spanish) {
            if ((t.is(j, "la") || t.is(j, "una")) && t.is(j + 1, "mitad") && t.joined(j + 1)) {
                return fractionOf(j, j + 2, 1, 2);
            }
        } else if (t.is(j, "half") || (t.is(j, "one") || t.is(j, "a")) && t.is(j + 2, "half")
                && (t.isSym(j + 1, '-') && t.glued(j + 1) && t.glued(j + 2))) {
            int h = t.is(j, "half") ? j : j + 2;
            if (t.isSym(h + 1, '-') && t.glued(h + 1)) {
                return null;
            }
            if ((t.is(h + 1, "a") || t.is(h + 1, "an")) && t.joined(h + 1) && t.joined(h + 2)) {
                Lexicon.NumberWord w = lx.numbers.get(t, h + 2);
                if (w != null && w.role() == Lexicon.SCALE || lx.singularDurations.contains(t, h + 2)) {
                    return null;
                }
            }
            if (h > 0 && t.isWord(h - 1) && (lx.ordinals.containsKey(t, h - 1) || t.is(h - 1, "other"))) {
                return null;
            }
            if (t.capitalized(h) && !t.sentenceStart(h)) {
                return null;
            }
            return fractionOf(j, h + 1, 1, 2);
        }
        // "la tercera parte", "dos terceras partes", "las dos terceras partes", "una quinta parte"
        int k = j;
        if (lx.spanish && (t.is(k, "las") || t.is(k, "la")) && t.joined(k + 1)) {
            k++;
        }
        int numerator;
        int e;
        Integer part = lx.spanish ? lx.partOrdinals.get(t, k) : null;
        if (part != null && (t.is(j, "la") && k == j + 1)) {
            numerator = 1;
            e = k;
        } else {
            Num n = t.isWord(k) ? numberWords(k) : null;
            if (n == null && t.plainInt(k) > 0 && codeEnd(k) < 0) {
                n = new Num();
                n.value = BigDecimal.valueOf(t.plainInt(k));
                n.end = k + 1;
                n.digits = true;
            }
            if (n == null || n.value.signum() <= 0 || n.value.compareTo(BigDecimal.valueOf(1000)) > 0) {
                return null;
            }
            numerator = n.value.intValue();
            e = n.end;
        }
        if (!lx.spanish && t.isSym(e, '-') && t.glued(e) && t.glued(e + 1)) {
            e++;
        } else if (!t.joined(e)) {
            return null;
        }
        Integer denominator = lx.spanish ? lx.partOrdinals.get(t, e) : null;
        if (denominator != null && (t.is(e + 1, "parte") || t.is(e + 1, "partes")) && t.joined(e + 1)) {
            return fractionOf(j, e + 2, numerator, denominator);
        }
        denominator = lx.fractionDenominators.get(t, e);
        if (denominator != null && t.isSym(e + 1, '-') && t.glued(e + 1)) {
            return null;
        }
        if (denominator != null && !(lx.spanish && t.is(j, "la"))) {
            boolean singular = lx.fractionsNeedingOf.contains(t, e);
            if (singular) {
                String of = lx.spanish ? "de" : "of";
                if (!t.is(e + 1, of) || numerator != 1) {
                    return null;
                }
            }
            if (t.is(e + 1, "de") && t.is(e + 2, "final")) {
                return null;
            }
            if (t.capitalized(e) && !t.sentenceStart(j)) {
                return null;
            }
            return fractionOf(j, e + 1, numerator, denominator);
        }
        // "uno de cada cinco", "one in five", "9 out of 10"
        int m = e;
        if (lx.spanish && t.is(m, "de") && t.is(m + 1, "cada") && t.joined(m + 1) && t.joined(m + 2)) {
            m += 2;
        } else if (!lx.spanish && t.is(m, "in") && t.joined(m + 1)) {
            m += 1;
            if (t.is(m, "every") && t.joined(m + 1)) {
                m++;
            }
        } else if (!lx.spanish && t.is(m, "out") && t.is(m + 1, "of") && t.joined(m + 1) && t.joined(m + 2)) {
            m += 2;
        } else {
            return null;
        }
        int of;
        int end;
        if (t.isNum(m)) {
            of = t.plainInt(m);
            if (of < 0 || t.length(m) >= 4 || codeEnd(m) > 0) {
                return null;
            }
            end = m + 1;
        } else {
            Num d = numberWords(m);
            if (d == null || d.one) {
                return null;
            }
            of = d.value.intValue();
            end = d.end;
        }
        if (of <= numerator || of > 1000) {
            return null;
        }
        return fractionOf(j, end, numerator, of);
    }

    private Candidate fractionOf(int from, int to, int numerator, int denominator) {
        BigDecimal value = BigDecimal.valueOf(numerator).divide(BigDecimal.valueOf(denominator), FRACTION_PRECISION);
        return Candidate.of(from, to, FigureType.FRACTION, "fraction", value);
    }

    private Candidate multiple(int j, boolean hedged) {
        int k = j;
        if (lx.spanish && (t.is(k, "el") || t.is(k, "al")) && t.joined(k + 1)) {
            k++;
        } else if (lx.spanish && !hedged) {
            return null;
        }
        Integer times = lx.multiples.get(t, k);
        if (times == null || t.isSym(k + 1, '-') && t.glued(k + 1)) {
            return null;
        }
        if (!lx.spanish) {
            String key = t.key(k);
            boolean always = !("double".equals(key) || "triple".equals(key) || "quadruple".equals(key));
            if (!always && !hedged && !(t.joined(k + 1) && lx.multipleDeterminers.contains(t, k + 1))) {
                return null;
            }
            if (t.capitalized(k) && !t.sentenceStart(k)) {
                return null;
            }
        }
        return Candidate.of(j, k + 1, FigureType.RATIO, "times", BigDecimal.valueOf(times));
    }

    private Candidate ordinal(int j) {
        if (t.isNum(j)) {
            int v = t.plainInt(j);
            if (v < 0 || !t.glued(j + 1)) {
                return null;
            }
            if (t.isWord(j + 1) && (lx.spanish ? SPANISH_ORDINAL_SUFFIXES : ENGLISH_ORDINAL_SUFFIXES)
                    .contains(t.key(j + 1)) || t.is(j + 1, "º") || t.is(j + 1, "ª")) {
                return ordinalOf(j, j + 2, v);
            }
            if (t.isSym(j + 1, '.') && t.glued(j + 2) && (t.is(j + 2, "º") || t.is(j + 2, "ª"))) {
                return ordinalOf(j, j + 3, v);
            }
            return null;
        }
        if (!t.isWord(j)) {
            return null;
        }
        Integer v = lx.ordinals.get(t, j);
        int end = j + 1;
        if (v == null && !lx.spanish) {
            Lexicon.NumberWord tens = lx.numbers.get(t, j);
            if (tens != null && tens.value() >= 20 && tens.value() % 10 == 0 && tens.value() < 100
                    && t.isSym(j + 1, '-') && t.glued(j + 1) && t.glued(j + 2)) {
                Integer unit = lx.ordinals.get(t, j + 2);
                if (unit != null && unit < 10) {
                    v = (int) tens.value() + unit;
                    end = j + 3;
                }
            }
        }
        if (v == null) {
            return null;
        }
        if (t.capitalized(j) && !t.sentenceStart(j) || t.isSym(end, '-') && t.glued(end)) {
            return null;
        }
        String next = t.joined(end) && t.isWord(end) ? t.key(end) : null;
        boolean determiner = j > 0 && t.joined(j) && lx.ordinalDeterminers.contains(t, j - 1);
        if (lx.firstOrdinals.contains(t, j)) {
            // "por primera vez", "first quarter"; or "the first woman", "la primera mujer", but not "first lady"
            boolean periodNoun = next != null && lx.firstOrdinalNouns.contains(t, end);
            boolean rankedNoun = determiner && next != null && !ORDINAL_STOP_WORDS.contains(next)
                    && !lx.firstOrdinalExclusions.contains(t, end);
            if (!periodNoun && !rankedNoun || t.is(j - 1, "en") && "lugar".equals(next)) {
                return null;
            }
        } else {
            boolean noun = next != null && !ORDINAL_STOP_WORDS.contains(next);
            if (!determiner && !noun || t.is(j - 1, "en") && "lugar".equals(next)) {
                return null;
            }
        }
        return ordinalOf(j, end, v);
    }

    private Candidate ordinalOf(int from, int to, int value) {
        return Candidate.of(from, to, FigureType.ORDINAL, null, BigDecimal.valueOf(value));
    }

    // ---------------------------------------------------------------- ranges

    /** "entre 10 y 20 %", "del 11 al 14 de septiembre", "$2 to $3 billion": the first end borrows the second's unit. */
    private void borrowAcrossRanges(List<Candidate> found) {
        for (int i = found.size() - 2; i >= 0; i--) {
            Candidate a = found.get(i);
            Candidate b = found.get(i + 1);
            int between = a.endTok;
            if (b.startTok != between + 1 || !t.joined(between) || !t.joined(b.startTok)
                    || !lx.rangeWords.contains(t, between)) {
                continue;
            }
            if (b.bare && a.type == FigureType.DATE && a.day > 0 && a.month > 0
                    && b.value.scale() <= 0 && b.value.intValue() > a.day && b.value.intValue() <= 31) {
                b.type = FigureType.DATE;
                b.unit = "date";
                b.year = a.year;
                b.month = a.month;
                b.day = b.value.intValue();
                b.value = null;
                b.bare = false;
                continue;
            }
            if (a.bare && b.type == FigureType.DATE && b.day > 0 && b.month > 0) {
                int day = a.value.intValue();
                if (a.value.scale() <= 0 && day >= 1 && day <= 31 && day < b.day) {
                    a.type = FigureType.DATE;
                    a.unit = "date";
                    a.year = b.year;
                    a.month = b.month;
                    a.day = day;
                    a.value = null;
                    a.bare = false;
                }
                continue;
            }
            if (b.scale != null && a.scale == null && a.value != null && (a.bare || a.type == b.type)) {
                a.value = a.value.multiply(b.scale);
                a.scale = b.scale;
            }
            if (a.bare && b.type != FigureType.DATE && b.type != FigureType.ORDINAL && b.unit != null
                    && !"people".equals(b.unit)) {
                a.type = b.type;
                a.unit = b.unit;
                a.bare = false;
            }
        }
    }
}
