package org.factdesk.analysis.figures;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.factdesk.model.FigureType;
import org.factdesk.model.Qualifier;

/**
 * The words of one language that figures are made of: number words (built once with ICU4J's spell-out rules),
 * scale words, hedges, units, currencies, months, ordinals, fractions and multiples.
 */
final class Lexicon {

    /** What a unit word makes of the number before it. */
    record Unit(FigureType type, String id) {
    }

    /** A number word: its value and how it combines with its neighbours. */
    record NumberWord(long value, int role) {
    }

    /** Units, teens, tens and their compounds ("dos", "veintitrés", "ten"). */
    static final int SMALL = 1;
    /** Spanish hundreds, which add ("doscientos cincuenta"). */
    static final int HUNDREDS = 2;
    /** English "hundred", which multiplies ("two hundred"). */
    static final int HUNDRED = 3;
    /** "mil", "millón", "thousand", "million", "docena"… */
    static final int SCALE = 4;
    /** A word for one that is usually an article or a pronoun ("un", "una", "uno", "a", "an", "one"). */
    static final int ONE = 5;

    final boolean spanish;
    final WordMap<NumberWord> numbers = new WordMap<>();
    final Map<String, BigDecimal> abbreviatedScales = new HashMap<>();
    final Set<String> looseAbbreviatedScales = new HashSet<>();
    final PhraseTable<Qualifier> qualifiers = new PhraseTable<>();
    final PhraseTable<Unit> percents = new PhraseTable<>();
    final PhraseTable<String> currencyBefore = new PhraseTable<>();
    final PhraseTable<String> currencyAfter = new PhraseTable<>();
    final PhraseTable<Unit> durations = new PhraseTable<>();
    final PhraseTable<Unit> measures = new PhraseTable<>();
    final WordSet singularDurations = new WordSet();
    final WordMap<Integer> months = new WordMap<>();
    final WordMap<Integer> monthAbbreviations = new WordMap<>();
    final WordSet weekdays = new WordSet();
    final WordMap<String> dateModifiers = new WordMap<>();
    final WordMap<Integer> ordinals = new WordMap<>();
    final WordSet firstOrdinals = new WordSet();
    final WordSet firstOrdinalNouns = new WordSet();
    /** Nouns after which "first"/"primer" names a role or an idiom, not a rank ("first lady", "primer ministro"). */
    final WordSet firstOrdinalExclusions = new WordSet();
    final WordMap<Integer> fractionDenominators = new WordMap<>();
    final WordSet fractionsNeedingOf = new WordSet();
    final WordMap<Integer> partOrdinals = new WordMap<>();
    final WordMap<Integer> multiples = new WordMap<>();
    final WordSet multipleDeterminers = new WordSet();
    final WordSet ratioFollowers = new WordSet();
    final WordSet timesWords = new WordSet();
    final WordSet labels = new WordSet();
    final WordSet phoneLabels = new WordSet();
    final WordSet peopleNouns = new WordSet();
    final WordSet articles = new WordSet();
    final WordSet rangeWords = new WordSet();
    final WordSet ordinalDeterminers = new WordSet();
    final WordMap<Integer> dayParts = new WordMap<>();
    final Set<String> zones = new HashSet<>();
    final WordSet halfWords = new WordSet();
    /** Words that may stand at the start of a sentence before a number without naming it ("En 2019", "Since"). */
    final WordSet functionWords = new WordSet();
    /** Verbs of change after which "hasta"/"up to" means "to", not a bound ("cayó hasta el 11 %"). */
    final WordSet changeVerbs = new WordSet();
    /** Adjectives allowed between a number and its time unit ("five straight months", "dos largos años"). */
    final WordSet durationAdjectives = new WordSet();
    final WordSet triggers = new WordSet();
    /*
     * The words and symbols at which each of FigureParser's core parsers may find a figure (all but the time parser
     * may also start at digits): supersets, read off the tests each parser starts with. The parser tries a core
     * parser only at its own start words, since most words that reach it are articles ("la", "el", "un") at which
     * one parser at most can start. A parser that comes to start at other words must add them here.
     */
    final WordSet dateStarts = new WordSet();
    final WordSet fractionStarts = new WordSet();
    final WordSet multipleStarts = new WordSet();
    final WordSet ordinalStarts = new WordSet();
    final WordSet quantityStarts = new WordSet();
    /**
     * The words at which any core parser may find a figure. Most triggers are hedges or articles ("de", "en", "del",
     * "por"), at which only a hedge may start; the parser then skips the core parsers there.
     */
    final WordSet coreStarts = new WordSet();

    private Lexicon(boolean spanish) {
        this.spanish = spanish;
    }

    static Lexicon of(boolean spanish) {
        return spanish ? Holder.SPANISH : Holder.ENGLISH;
    }

    /** The words of both lexicons, numbered. */
    static Vocabulary vocabulary() {
        return Holder.VOCABULARY;
    }

    /** Builds both tables and their vocabulary once, on first use, thread-safely. */
    private static final class Holder {
        static final Vocabulary VOCABULARY = new Vocabulary();
        static final Lexicon SPANISH = build(true, VOCABULARY);
        static final Lexicon ENGLISH = build(false, VOCABULARY);
    }

    private static Lexicon build(boolean spanish, Vocabulary vocabulary) {
        Lexicon lexicon = new Lexicon(spanish);
        lexicon.common();
        if (spanish) {
            lexicon.spanish();
        } else {
            lexicon.english();
        }
        lexicon.collectTriggers();
        lexicon.collectCoreStarts();
        lexicon.number(vocabulary);
        return lexicon;
    }

    /** Numbers the words of every table that the parser looks tokens up in. */
    private void number(Vocabulary vocabulary) {
        for (WordMap<?> map : List.of(numbers, months, monthAbbreviations, dateModifiers, ordinals,
                fractionDenominators, partOrdinals, multiples, dayParts)) {
            map.number(vocabulary);
        }
        for (WordSet set : List.of(singularDurations, weekdays, firstOrdinals, firstOrdinalNouns,
                firstOrdinalExclusions, fractionsNeedingOf, multipleDeterminers, ratioFollowers, timesWords, labels,
                phoneLabels, peopleNouns, articles, rangeWords, ordinalDeterminers, halfWords, functionWords,
                changeVerbs, durationAdjectives, triggers, dateStarts, fractionStarts, multipleStarts, ordinalStarts,
                quantityStarts, coreStarts)) {
            set.number(vocabulary);
        }
        for (PhraseTable<?> table : List.of(qualifiers, percents, currencyBefore, currencyAfter, durations,
                measures)) {
            table.number(vocabulary);
        }
    }

    private void number(String word, long value, int role) {
        String w = word.replace("\u00AD", "").toLowerCase(Locale.ROOT);
        if (role == ONE) {
            numbers.put(w, new NumberWord(value, role));
            return;
        }
        numbers.putIfAbsent(w, new NumberWord(value, role));
        numbers.putIfAbsent(PhraseTable.stripAccents(w), new NumberWord(value, role));
    }

    private void spellOut(ULocale locale, String ruleSet, int from, int to, int step) {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        format.setDefaultRuleSet(ruleSet);
        for (int n = from; n <= to; n += step) {
            String words = format.format(n).replace("\u00AD", "");
            if (words.indexOf(' ') < 0 && words.indexOf('-') < 0) {
                number(words, n, n >= 100 ? HUNDREDS : SMALL);
            }
        }
    }

    private void ordinal(String word, int value) {
        String w = word.replace("\u00AD", "").toLowerCase(Locale.ROOT);
        if (w.indexOf(' ') >= 0 || w.indexOf('-') >= 0) {
            return;
        }
        ordinals.putIfAbsent(w, value);
        ordinals.putIfAbsent(PhraseTable.stripAccents(w), value);
    }

    private void spellOutOrdinals(ULocale locale, String ruleSet, int[] values) {
        RuleBasedNumberFormat format = new RuleBasedNumberFormat(locale, RuleBasedNumberFormat.SPELLOUT);
        format.setDefaultRuleSet(ruleSet);
        for (int n : values) {
            ordinal(format.format(n), n);
        }
    }

    private static void words(Set<String> into, String... words) {
        for (String w : words) {
            into.add(w);
            into.add(PhraseTable.stripAccents(w));
        }
    }

    private void common() {
        currencyBefore.add("$", "USD").add("us $", "USD").add("u . s . $", "USD").add("€", "EUR").add("£", "GBP")
                .add("¥", "JPY").add("₩", "KRW").add("₽", "RUB").add("₹", "INR").add("r $", "BRL").add("c $", "CAD")
                .add("a $", "AUD").add("mx $", "MXN");
        for (String code : new String[] {"USD", "EUR", "GBP", "JPY", "CNY", "RUB", "KRW", "MXN", "ARS", "COP", "CLP",
                "PEN", "BRL", "CHF", "INR", "CAD", "AUD", "VES", "UYU"}) {
            currencyBefore.add(code, code);
            currencyAfter.add(code, code);
        }
        currencyAfter.add("€", "EUR");
        measures.addAll(new Unit(FigureType.COUNT, "km"), "km", "kms");
        measures.addAll(new Unit(FigureType.COUNT, "km2"), "km2", "km²", "km ²");
        measures.addAll(new Unit(FigureType.COUNT, "m2"), "m2", "m²", "m ²");
        measures.addAll(new Unit(FigureType.COUNT, "km/h"), "km / h", "kmh");
        measures.addAll(new Unit(FigureType.COUNT, "m"), "m");
        measures.addAll(new Unit(FigureType.COUNT, "cm"), "cm");
        measures.addAll(new Unit(FigureType.COUNT, "mm"), "mm");
        measures.addAll(new Unit(FigureType.COUNT, "kg"), "kg", "kgs");
        measures.addAll(new Unit(FigureType.COUNT, "g"), "g", "gr");
        measures.addAll(new Unit(FigureType.COUNT, "t"), "t");
        measures.addAll(new Unit(FigureType.COUNT, "l"), "l");
        measures.addAll(new Unit(FigureType.COUNT, "ha"), "ha");
        measures.addAll(new Unit(FigureType.COUNT, "°C"), "° c", "º c", "°c", "ºc");
        measures.addAll(new Unit(FigureType.COUNT, "°F"), "° f", "º f");
        measures.addAll(new Unit(FigureType.COUNT, "°"), "°", "º");
        for (String power : new String[] {"kW", "MW", "GW", "TW", "kWh", "MWh", "GWh", "TWh"}) {
            measures.add(power, new Unit(FigureType.COUNT, power));
        }
        measures.addAll(new Unit(FigureType.COUNT, "mph"), "mph");
        abbreviatedScales.put("bn", new BigDecimal("1e9"));
        abbreviatedScales.put("mn", new BigDecimal("1e6"));
        abbreviatedScales.put("mln", new BigDecimal("1e6"));
        abbreviatedScales.put("tn", new BigDecimal("1e12"));
        abbreviatedScales.put("m", new BigDecimal("1e6"));
        abbreviatedScales.put("k", new BigDecimal("1e3"));
        abbreviatedScales.put("b", new BigDecimal("1e9"));
        looseAbbreviatedScales.add("bn");
        looseAbbreviatedScales.add("mn");
        looseAbbreviatedScales.add("mln");
        looseAbbreviatedScales.add("tn");
        zones.addAll(Set.of("ET", "EST", "EDT", "CT", "CST", "CDT", "MT", "MST", "MDT", "PT", "PST", "PDT", "GMT",
                "UTC", "CET", "CEST", "BST", "WET", "WEST", "KST", "JST", "HKT", "AEST", "IST", "MSK"));
        words(rangeWords, "-", "–", "—", "/");
    }

    private void spanish() {
        ULocale es = new ULocale("es");
        spellOut(es, "%spellout-cardinal-masculine", 0, 99, 1);
        spellOut(es, "%spellout-cardinal-feminine", 0, 99, 1);
        spellOut(es, "%spellout-cardinal-masculine", 100, 900, 100);
        spellOut(es, "%spellout-cardinal-feminine", 200, 900, 100);
        number("ciento", 100, HUNDREDS);
        number("veintiún", 21, SMALL);
        number("veintiun", 21, SMALL);
        number("un", 1, ONE);
        number("una", 1, ONE);
        number("uno", 1, ONE);
        number("mil", 1000, SCALE);
        number("millón", 1_000_000L, SCALE);
        number("millones", 1_000_000L, SCALE);
        number("millardo", 1_000_000_000L, SCALE);
        number("millardos", 1_000_000_000L, SCALE);
        number("billón", 1_000_000_000_000L, SCALE);
        number("billones", 1_000_000_000_000L, SCALE);
        number("docena", 12, SCALE);
        number("docenas", 12, SCALE);
        abbreviatedScales.put("mdd", new BigDecimal("1e6"));
        abbreviatedScales.put("mdp", new BigDecimal("1e6"));
        looseAbbreviatedScales.add("mdd");
        looseAbbreviatedScales.add("mdp");

        qualifiers.addAll(Qualifier.NEARLY, "casi", "prácticamente", "rozando");
        qualifiers.addAll(Qualifier.APPROXIMATELY, "unos", "unas", "alrededor de", "alrededor del", "en torno a",
                "en torno al", "aproximadamente", "aprox .", "del orden de", "del orden del", "cerca de", "cerca del",
                "alrededor de unos", "alrededor de unas", "cerca de unos", "cerca de unas");
        qualifiers.addAll(Qualifier.AT_LEAST, "al menos", "por lo menos", "como mínimo", "no menos de",
                "no menos del", "un mínimo de", "mínimo de");
        qualifiers.addAll(Qualifier.AT_MOST, "como máximo", "a lo sumo", "no más de", "no más del", "un máximo de",
                "máximo de");
        qualifiers.addAll(Qualifier.UP_TO, "hasta", "de hasta");
        qualifiers.addAll(Qualifier.MORE_THAN, "más de", "más del", "por encima de", "por encima del",
                "superior a", "superior al", "poco más de", "poco más del", "algo más de", "algo más del",
                "más de unos", "más de unas", "mas de");
        qualifiers.addAll(Qualifier.LESS_THAN, "menos de", "menos del", "por debajo de", "por debajo del",
                "inferior a", "inferior al", "poco menos de", "poco menos del", "algo menos de", "algo menos del");

        percents.addAll(new Unit(FigureType.PERCENT, "percent"), "%", "por ciento", "por cien");
        percents.addAll(new Unit(FigureType.PERCENT, "percentage-points"), "puntos porcentuales",
                "punto porcentual", "pp", "p . p .");
        percents.addAll(new Unit(FigureType.PERCENT, "basis-points"), "puntos básicos", "punto básico", "pb");
        percents.addAll(new Unit(FigureType.COUNT, "points"), "puntos", "punto");

        currencyAfter.addAll("USD", "dólares", "dólar", "dólares estadounidenses", "dólares americanos",
                "dólares de estados unidos", "de dólares", "de dólares estadounidenses");
        currencyAfter.addAll("EUR", "euros", "euro", "de euros");
        currencyAfter.addAll("GBP", "libras esterlinas", "de libras esterlinas", "libras", "de libras");
        currencyAfter.addAll("JPY", "yenes", "de yenes");
        currencyAfter.addAll("CNY", "yuanes", "de yuanes", "yuan");
        currencyAfter.addAll("RUB", "rublos", "rublo", "de rublos");
        currencyAfter.addAll("KRW", "wones", "de wones", "won");
        currencyAfter.addAll("MXN", "pesos mexicanos", "de pesos mexicanos");
        currencyAfter.addAll("ARS", "pesos argentinos", "de pesos argentinos");
        currencyAfter.addAll("COP", "pesos colombianos", "de pesos colombianos");
        currencyAfter.addAll("CLP", "pesos chilenos", "de pesos chilenos");
        currencyAfter.addAll("peso", "pesos", "peso", "de pesos");
        currencyAfter.addAll("PEN", "soles", "de soles");
        currencyAfter.addAll("BRL", "reales", "de reales");
        currencyAfter.addAll("VES", "bolívares", "de bolívares");
        currencyAfter.addAll("CHF", "francos suizos", "de francos suizos");
        currencyAfter.addAll("INR", "rupias", "de rupias");
        currencyAfter.addAll("cent", "centavos", "céntimos", "centavo", "céntimo");

        unit(durations, "second", "segundos", "seg");
        unit(durations, "minute", "minuto", "minutos", "min");
        unit(durations, "hour", "hora", "horas", "h", "hs", "hrs");
        unit(durations, "day", "día", "días");
        unit(durations, "week", "semana", "semanas");
        unit(durations, "month", "mes", "meses");
        unit(durations, "year", "año", "años");
        unit(durations, "decade", "década", "décadas");
        unit(durations, "century", "siglo", "siglos");
        durations.add("segundo", new Unit(FigureType.DURATION, "second"));
        words(singularDurations, "minuto", "hora", "día", "semana", "mes", "año", "década", "siglo");

        measureUnits("km", "kilómetros", "kilómetro");
        measureUnits("km2", "kilómetros cuadrados", "kilómetro cuadrado");
        measureUnits("m2", "metros cuadrados", "metro cuadrado");
        measureUnits("km/h", "kilómetros por hora", "kilómetros / hora");
        measureUnits("m", "metros", "metro");
        measureUnits("cm", "centímetros");
        measureUnits("kg", "kilos", "kilogramos", "kilo", "kilogramo");
        measureUnits("g", "gramos");
        measureUnits("t", "toneladas", "tonelada");
        measureUnits("l", "litros", "litro");
        measureUnits("bbl", "barriles", "barril");
        measureUnits("ha", "hectáreas", "hectárea");
        measureUnits("°C", "grados centígrados", "grados celsius");
        measureUnits("°", "grados");
        measureUnits("MW", "megavatios");
        measureUnits("GW", "gigavatios");
        measureUnits("mi", "millas");
        measureUnits("kn", "nudos");

        String[] monthNames = {"enero", "febrero", "marzo", "abril", "mayo", "junio", "julio", "agosto",
            "septiembre", "octubre", "noviembre", "diciembre"};
        for (int m = 0; m < 12; m++) {
            months.put(monthNames[m], m + 1);
        }
        months.put("setiembre", 9);
        words(weekdays, "lunes", "martes", "miércoles", "jueves", "viernes", "sábado", "domingo");
        for (String w : new String[] {"mediados", "finales", "principios", "comienzos", "inicios", "fines"}) {
            dateModifiers.put(w, w);
        }

        ULocale ordinalsLocale = es;
        int[] ordinalValues = new int[39];
        for (int n = 1; n <= 30; n++) {
            ordinalValues[n - 1] = n;
        }
        int[] tens = {40, 50, 60, 70, 80, 90, 100, 1000};
        System.arraycopy(tens, 0, ordinalValues, 30, tens.length);
        ordinalValues[38] = 20;
        spellOutOrdinals(ordinalsLocale, "%spellout-ordinal-masculine", ordinalValues);
        spellOutOrdinals(ordinalsLocale, "%spellout-ordinal-feminine", ordinalValues);
        spellOutOrdinals(ordinalsLocale, "%spellout-ordinal-masculine-adjective", ordinalValues);
        ordinal("tercer", 3);
        ordinal("primer", 1);
        words(firstOrdinals, "primer", "primero", "primera");
        words(firstOrdinalNouns, "vez", "trimestre", "semestre", "año", "mes", "semana", "día", "lugar", "puesto",
                "vuelta", "ronda", "mandato", "caso", "gol", "título", "fase", "edición", "partido", "tiempo",
                "etapa", "legislatura", "aniversario", "victoria", "derrota", "muerte", "ola", "dosis", "paso");
        words(ordinalDeterminers, "el", "la", "lo", "su", "sus", "este", "esta", "ese", "esa", "del", "al");
        words(firstOrdinalExclusions, "ministro", "ministra", "dama", "damas", "línea", "plana", "mano", "instancia",
                "persona", "fila", "necesidad", "división", "actor", "actriz", "secretario", "secretaria",
                "teniente", "oficial", "auxilios", "momento", "impresión", "plato", "piedra");

        fractionDenominators.put("tercio", 3);
        fractionDenominators.put("tercios", 3);
        for (Map.Entry<String, Integer> e : Map.of("cuarto", 4, "quinto", 5, "sexto", 6, "séptimo", 7, "octavo", 8,
                "noveno", 9, "décimo", 10).entrySet()) {
            fractionDenominators.put(e.getKey(), e.getValue());
            fractionDenominators.put(e.getKey() + "s", e.getValue());
            fractionDenominators.put(PhraseTable.stripAccents(e.getKey()), e.getValue());
            fractionDenominators.put(PhraseTable.stripAccents(e.getKey()) + "s", e.getValue());
            fractionsNeedingOf.add(e.getKey());
            fractionsNeedingOf.add(PhraseTable.stripAccents(e.getKey()));
        }
        for (Map.Entry<String, Integer> e : Map.of("tercera", 3, "cuarta", 4, "quinta", 5, "sexta", 6,
                "séptima", 7, "octava", 8, "novena", 9, "décima", 10, "centésima", 100).entrySet()) {
            partOrdinals.put(e.getKey(), e.getValue());
            partOrdinals.put(e.getKey() + "s", e.getValue());
            partOrdinals.put(PhraseTable.stripAccents(e.getKey()), e.getValue());
            partOrdinals.put(PhraseTable.stripAccents(e.getKey()) + "s", e.getValue());
        }
        multiples.put("doble", 2);
        multiples.put("triple", 3);
        multiples.put("cuádruple", 4);
        multiples.put("cuadruple", 4);
        multiples.put("quíntuple", 5);
        multiples.put("quintuple", 5);
        multiples.put("séxtuple", 6);
        words(ratioFollowers, "más", "menos", "mayor", "menor", "superior", "inferior", "mayores", "menores",
                "superiores", "inferiores");
        words(timesWords, "veces");
        words(labels, "página", "páginas", "pág", "p", "cuadro", "tabla", "gráfico", "figura", "artículo", "art",
                "capítulo", "número", "núm", "nº", "n", "no", "apartado", "sección", "inciso", "ley", "decreto",
                "resolución", "expediente", "ruta", "línea", "vuelo", "habitación", "calle", "avenida", "puerta",
                "planta", "piso", "edición", "versión", "distrito", "zona", "lote", "dorsal", "camiseta", "grupo",
                "carretera", "autopista", "código", "modelo", "serie", "tomo", "volumen", "párrafo", "anexo",
                "epígrafe", "punto", "#", "nro", "kilómetro");
        words(phoneLabels, "tel", "teléfono", "teléfonos", "móvil", "celular", "fax", "whatsapp", "llame",
                "llamar", "marque", "contacto");
        words(peopleNouns, "personas", "persona", "habitantes", "residentes", "trabajadores", "migrantes",
                "inmigrantes", "refugiados", "soldados", "militares", "muertos", "fallecidos", "heridos", "víctimas",
                "niños", "niñas", "menores", "estudiantes", "alumnos", "pacientes", "agricultores", "ciudadanos",
                "votantes", "electores", "empleados", "turistas", "civiles", "detenidos", "desaparecidos",
                "afectados", "desplazados", "hombres", "mujeres", "adultos", "jóvenes", "ancianos", "médicos",
                "enfermeros", "policías", "agentes", "presos", "manifestantes", "espectadores", "aficionados",
                "usuarios", "clientes", "miembros", "diputados", "senadores", "líderes", "expertos", "vecinos",
                "pasajeros", "infectados", "contagiados", "vacunados", "hospitalizados", "profesores", "docentes");
        words(articles, "el", "la", "los", "las", "un", "una", "unos", "unas", "lo");
        words(rangeWords, "y", "a", "al", "o", "u", "hasta", "e");
        dayParts.put("mañana", 0);
        dayParts.put("madrugada", 0);
        dayParts.put("tarde", 12);
        dayParts.put("noche", 12);
        halfWords.add("medio");
        halfWords.add("media");
        percents.addAll(new Unit(FigureType.PERCENT, "tenths-of-a-point"), "décimas", "décima");
        words(functionWords, "en", "desde", "hasta", "para", "por", "durante", "antes", "después", "hacia",
                "entre", "y", "o", "el", "la", "los", "las", "a", "de", "del", "con", "sin", "sobre", "tras", "hoy",
                "ayer", "también", "solo", "sólo", "unos", "unas", "al", "según", "pero", "aunque", "cuando",
                "mientras", "son", "fueron", "eran", "hay", "quedan", "murieron", "casi", "apenas", "ya", "otros",
                "otras", "más", "menos", "unas", "que");
        words(changeVerbs, "cayó", "bajó", "subió", "creció", "aumentó", "descendió", "retrocedió", "avanzó",
                "escaló", "disminuyó", "repuntó", "cayeron", "bajaron", "subieron", "crecieron", "aumentaron",
                "descendieron", "retrocedieron", "avanzaron", "disminuyeron", "pasó", "pasaron", "caer", "bajar",
                "subir", "crecer", "aumentar", "descender", "reducirse", "redujo", "situarse", "elevó", "elevarse");
        words(durationAdjectives, "largos", "largas", "más", "consecutivos", "consecutivas", "seguidos",
                "seguidas", "enteros", "enteras", "completos", "completas", "últimos", "últimas", "primeros",
                "primeras", "próximos", "próximas");
    }

    private void english() {
        ULocale en = ULocale.ENGLISH;
        spellOut(en, "%spellout-cardinal", 0, 99, 1);
        numbers.remove("one");
        number("one", 1, ONE);
        number("a", 1, ONE);
        number("an", 1, ONE);
        number("hundred", 100, HUNDRED);
        number("thousand", 1000, SCALE);
        number("million", 1_000_000L, SCALE);
        number("billion", 1_000_000_000L, SCALE);
        number("trillion", 1_000_000_000_000L, SCALE);
        number("dozen", 12, SCALE);

        qualifiers.addAll(Qualifier.NEARLY, "nearly", "almost", "virtually", "just shy of");
        qualifiers.addAll(Qualifier.APPROXIMATELY, "about", "around", "roughly", "approximately", "some",
                "an estimated", "estimated", "approx .", "circa", "~", "an average of", "close to");
        qualifiers.addAll(Qualifier.AT_LEAST, "at least", "no fewer than", "no less than", "a minimum of",
                "at minimum");
        qualifiers.addAll(Qualifier.AT_MOST, "at most", "no more than", "a maximum of", "not more than");
        qualifiers.addAll(Qualifier.UP_TO, "up to", "as many as", "as much as");
        qualifiers.addAll(Qualifier.MORE_THAN, "more than", "over", "above", "in excess of", "upwards of",
                "just over", "well over", "greater than", "higher than", "slightly more than");
        qualifiers.addAll(Qualifier.LESS_THAN, "less than", "fewer than", "under", "below", "just under",
                "slightly less than", "lower than");

        percents.addAll(new Unit(FigureType.PERCENT, "percent"), "%", "percent", "per cent", "pct",
                "percentage");
        percents.addAll(new Unit(FigureType.PERCENT, "percentage-points"), "percentage points",
                "percentage point", "pp", "ppt", "ppts");
        percents.addAll(new Unit(FigureType.PERCENT, "basis-points"), "basis points", "basis point", "bps", "bp");
        percents.addAll(new Unit(FigureType.COUNT, "points"), "points", "point", "pts");

        currencyAfter.addAll("USD", "dollars", "dollar", "us dollars", "u . s . dollars", "american dollars");
        currencyAfter.addAll("EUR", "euros", "euro");
        currencyAfter.addAll("GBP", "pounds sterling", "sterling", "pounds", "pound");
        currencyAfter.addAll("JPY", "yen");
        currencyAfter.addAll("CNY", "yuan", "renminbi");
        currencyAfter.addAll("RUB", "rubles", "roubles", "ruble", "rouble");
        currencyAfter.addAll("KRW", "won");
        currencyAfter.addAll("peso", "pesos", "peso");
        currencyAfter.addAll("INR", "rupees", "rupee");
        currencyAfter.addAll("CHF", "swiss francs");
        currencyAfter.addAll("cent", "cents", "cent");

        unit(durations, "second", "seconds", "secs", "sec");
        unit(durations, "minute", "minute", "minutes", "min", "mins");
        unit(durations, "hour", "hour", "hours", "hr", "hrs", "h");
        unit(durations, "day", "day", "days");
        unit(durations, "week", "week", "weeks");
        unit(durations, "month", "month", "months");
        unit(durations, "year", "year", "years", "yr", "yrs");
        unit(durations, "decade", "decade", "decades");
        unit(durations, "century", "century", "centuries");
        durations.add("second", new Unit(FigureType.DURATION, "second"));
        words(singularDurations, "minute", "hour", "day", "week", "month", "year", "decade", "century");

        measureUnits("km", "kilometers", "kilometres", "kilometer", "kilometre");
        measureUnits("km2", "square kilometers", "square kilometres", "square kilometer", "square kilometre", "sq km");
        measureUnits("m2", "square meters", "square metres", "square feet", "sq ft");
        measureUnits("mi2", "square miles", "square mile", "sq mi");
        measureUnits("km/h", "kilometers per hour", "kilometres per hour");
        measureUnits("m", "meters", "metres", "meter", "metre");
        measureUnits("mi", "miles", "mile");
        measureUnits("ft", "feet", "foot", "ft");
        measureUnits("in", "inches", "inch");
        measureUnits("kg", "kilograms", "kilogrammes", "kilos", "kilogram");
        measureUnits("g", "grams", "grammes");
        measureUnits("t", "tons", "tonnes", "ton", "tonne");
        measureUnits("l", "liters", "litres", "liter", "litre");
        measureUnits("gal", "gallons", "gallon");
        measureUnits("bbl", "barrels", "barrel");
        measureUnits("ha", "hectares", "hectare");
        measureUnits("acre", "acres", "acre");
        measureUnits("°C", "degrees celsius", "degrees centigrade");
        measureUnits("°F", "degrees fahrenheit");
        measureUnits("°", "degrees", "degree");
        measureUnits("MW", "megawatts");
        measureUnits("GW", "gigawatts");
        measureUnits("mph", "miles per hour");
        measureUnits("kn", "knots");

        String[] monthNames = {"january", "february", "march", "april", "may", "june", "july", "august",
            "september", "october", "november", "december"};
        for (int m = 0; m < 12; m++) {
            months.put(monthNames[m], m + 1);
        }
        String[] abbreviations = {"jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"};
        for (int m = 0; m < 12; m++) {
            monthAbbreviations.put(abbreviations[m], m + 1);
        }
        monthAbbreviations.put("sept", 9);
        words(weekdays, "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
        dateModifiers.put("early", "early");
        dateModifiers.put("late", "late");
        dateModifiers.put("mid", "mid");

        int[] values = new int[29];
        for (int n = 1; n <= 20; n++) {
            values[n - 1] = n;
        }
        int[] tens = {30, 40, 50, 60, 70, 80, 90, 100, 1000};
        System.arraycopy(tens, 0, values, 20, tens.length);
        spellOutOrdinals(en, "%spellout-ordinal", values);
        ordinal("millionth", 1_000_000);
        firstOrdinals.add("first");
        words(firstOrdinalNouns, "time", "quarter", "half", "year", "month", "week", "day", "place", "round",
                "term", "case", "goal", "title", "phase", "edition", "game", "leg", "stage", "anniversary", "win",
                "victory", "defeat", "death", "wave", "dose", "step", "season", "trimester");
        words(ordinalDeterminers, "the", "its", "his", "her", "their", "our", "this", "that");
        words(firstOrdinalExclusions, "lady", "ladies", "minister", "aid", "hand", "name", "names", "class",
                "person", "officer", "mate", "responders", "responder", "sight", "glance", "instance", "place",
                "thing", "things", "amendment", "impression", "priority", "line", "floor");

        for (Map.Entry<String, Integer> e : Map.of("third", 3, "quarter", 4, "fifth", 5, "sixth", 6,
                "seventh", 7, "eighth", 8, "ninth", 9, "tenth", 10, "hundredth", 100).entrySet()) {
            fractionDenominators.put(e.getKey(), e.getValue());
            fractionDenominators.put(e.getKey() + "s", e.getValue());
            fractionsNeedingOf.add(e.getKey());
        }
        fractionDenominators.put("half", 2);
        fractionDenominators.put("halves", 2);
        multiples.put("double", 2);
        multiples.put("triple", 3);
        multiples.put("quadruple", 4);
        multiples.put("twice", 2);
        multiples.put("thrice", 3);
        multiples.put("twofold", 2);
        multiples.put("threefold", 3);
        multiples.put("fourfold", 4);
        multiples.put("fivefold", 5);
        multiples.put("tenfold", 10);
        words(multipleDeterminers, "the", "that", "what", "its", "their", "his", "her", "our", "this", "those",
                "these", "my", "your");
        words(ratioFollowers, "more", "less", "as", "higher", "lower", "larger", "smaller", "bigger", "greater",
                "faster", "slower", "longer", "shorter", "fewer", "the", "that", "over");
        words(timesWords, "times");
        words(labels, "page", "pages", "p", "pp", "box", "table", "chart", "figure", "fig", "article", "chapter",
                "number", "no", "item", "section", "paragraph", "clause", "route", "line", "flight", "room", "street",
                "avenue", "highway", "interstate", "gate", "floor", "edition", "version", "district", "zone", "lot",
                "model", "series", "volume", "vol", "annex", "appendix", "exhibit", "#", "nos", "code", "episode",
                "season", "level", "grade", "bus", "platform", "terminal", "pier", "suite", "apt", "unit", "ward",
                "precinct", "proposition", "prop", "resolution", "act");
        words(phoneLabels, "tel", "telephone", "phone", "call", "fax", "mobile", "cell", "dial", "hotline",
                "whatsapp", "text");
        words(peopleNouns, "people", "persons", "person", "residents", "inhabitants", "workers", "migrants",
                "immigrants", "refugees", "soldiers", "troops", "dead", "killed", "injured", "wounded", "victims",
                "children", "kids", "students", "pupils", "patients", "farmers", "citizens", "voters", "employees",
                "staff", "tourists", "civilians", "detainees", "prisoners", "missing", "displaced", "men", "women",
                "adults", "adolescents", "teenagers", "elderly", "doctors", "nurses", "officers", "police",
                "protesters", "spectators", "fans", "users", "customers", "members", "lawmakers", "senators",
                "leaders", "experts", "neighbors", "passengers", "infected", "vaccinated", "hospitalized",
                "teachers", "americans", "residents");
        words(articles, "the", "a", "an");
        words(rangeWords, "to", "and", "or", "through", "until", "till", "and");
        halfWords.add("half");
        words(functionWords, "in", "since", "by", "from", "until", "for", "during", "before", "after", "through",
                "between", "and", "or", "the", "a", "an", "of", "at", "on", "to", "with", "without", "about",
                "around", "today", "yesterday", "also", "only", "just", "some", "over", "under", "nearly",
                "almost", "but", "when", "while", "are", "were", "there", "than", "another", "that", "those",
                "these", "all", "as", "then", "now", "here", "more", "less", "least", "most");
        words(changeVerbs, "edged", "ticked", "inched", "crept", "moved", "went", "jumped", "climbed", "shot",
                "ramped", "bumped", "revised", "rounded", "creeping", "edging", "ticking", "moving", "climbing");
        words(durationAdjectives, "straight", "consecutive", "full", "long", "more", "additional", "extra", "whole",
                "successive", "last", "past", "next", "first", "previous");
    }

    private static void unit(PhraseTable<Unit> table, String id, String... words) {
        table.addAll(new Unit(FigureType.DURATION, id), words);
    }

    private void measureUnits(String id, String... words) {
        measures.addAll(new Unit(FigureType.COUNT, id), words);
    }

    private void collectTriggers() {
        triggers.addAll(numbers.keySet());
        qualifiers.collectFirstTokens(triggers);
        currencyBefore.collectFirstTokens(triggers);
        durations.collectFirstTokens(triggers);
        for (String month : months.keySet()) {
            triggers.add(month);
        }
        triggers.addAll(monthAbbreviations.keySet());
        triggers.addAll(weekdays);
        triggers.addAll(dateModifiers.keySet());
        triggers.addAll(ordinals.keySet());
        triggers.addAll(fractionDenominators.keySet());
        triggers.addAll(partOrdinals.keySet());
        triggers.addAll(multiples.keySet());
        triggers.addAll(articles);
        triggers.addAll(halfWords);
        triggers.addAll(phoneLabels);
        triggers.add("+");
        triggers.add("(");
    }

    private void collectCoreStarts() {
        // date: a weekday, a modifier ("finales"), a month, "primero de"
        dateStarts.addAll(weekdays);
        dateStarts.addAll(dateModifiers.keySet());
        dateStarts.addAll(months.keySet());
        dateStarts.addAll(monthAbbreviations.keySet());
        dateStarts.add("primero");
        // fraction: "la mitad", "una mitad", "las dos terceras partes", "half", "one-half", "a third", number words
        fractionStarts.addAll(spanish ? List.of("la", "una", "las") : List.of("half", "one", "a"));
        fractionStarts.addAll(numbers.keySet());
        // multiple: "el triple", "al doble", "triple"
        if (spanish) {
            multipleStarts.addAll(List.of("el", "al"));
        }
        multipleStarts.addAll(multiples.keySet());
        // ordinal: ordinal words, and English tens before a hyphen ("twenty-first")
        ordinalStarts.addAll(ordinals.keySet());
        if (!spanish) {
            ordinalStarts.addAll(numbers.keySet());
        }
        // quantity: a currency ("US $", "USD"), number words, "medio millón", "año y medio"
        currencyBefore.collectFirstTokens(quantityStarts);
        quantityStarts.addAll(numbers.keySet());
        quantityStarts.addAll(halfWords);
        if (spanish) {
            quantityStarts.addAll(singularDurations);
        }
        for (WordSet starts : List.of(dateStarts, fractionStarts, multipleStarts, ordinalStarts, quantityStarts)) {
            coreStarts.addAll(starts);
        }
    }
}
