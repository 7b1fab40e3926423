package org.factdesk.analysis.qa;

import java.util.Set;

/**
 * Generates the finite forms of a Spanish infinitive (regular endings, plus stem-changed and accented variants) so
 * that a verb can be recognised in a sentence. Over-generating is harmless: it only makes the fragment check more
 * careful.
 */
final class SpanishConjugator {

    private static final String[] AR = {"o", "as", "a", "amos", "an", "é", "ó", "aron", "aba", "abas", "aban",
        "ábamos", "e", "es", "en", "emos", "ara", "aran", "ase", "asen"};
    private static final String[] ER = {"o", "es", "e", "emos", "en", "í", "ió", "ieron", "imos", "ía", "ían",
        "íamos", "a", "as", "an", "amos", "iera", "ieran", "iese", "iesen"};
    private static final String[] IR = {"o", "es", "e", "imos", "en", "í", "ió", "ieron", "ía", "ían", "íamos",
        "a", "as", "an", "amos", "iera", "ieran", "iese", "iesen"};
    private static final String[] FUTURE = {"é", "á", "án", "emos", "ía", "ían", "íamos"};
    /** Present-tense endings that carry a stem change (e → ie, o → ue, e → i). */
    private static final String[] STRESSED_AR = {"o", "a", "an", "e", "en", "as", "es"};
    private static final String[] STRESSED_ER_IR = {"o", "e", "en", "a", "an", "es", "as"};

    private SpanishConjugator() {
    }

    static void addFiniteForms(String infinitive, Set<String> forms) {
        if (infinitive.length() < 3) {
            return;
        }
        String ending = infinitive.substring(infinitive.length() - 2);
        String stem = infinitive.substring(0, infinitive.length() - 2);
        String[] endings = switch (ending) {
            case "ar" -> AR;
            case "er" -> ER;
            case "ir" -> IR;
            default -> null;
        };
        if (endings == null) {
            return;
        }
        for (String e : endings) {
            forms.add(stem + e);
        }
        for (String e : FUTURE) {
            forms.add(infinitive + e);
        }
        // third-person preterite of -ir verbs with e → i / o → u ("pidió", "murió")
        String[] stressed = ending.equals("ar") ? STRESSED_AR : STRESSED_ER_IR;
        int vowel = lastVowel(stem);
        if (vowel >= 0) {
            char v = stem.charAt(vowel);
            String before = stem.substring(0, vowel);
            String after = stem.substring(vowel + 1);
            if (v == 'e') {
                addAll(forms, before + "ie" + after, stressed);
                addAll(forms, before + "i" + after, stressed);
                forms.add(before + "i" + after + "ió");
                forms.add(before + "i" + after + "ieron");
            } else if (v == 'o') {
                addAll(forms, before + "ue" + after, stressed);
                forms.add(before + "u" + after + "ió");
            } else if ((v == 'i' || v == 'u') && after.isEmpty()) {
                // "envía", "continúa"
                addAll(forms, before + (v == 'i' ? "í" : "ú"), stressed);
            }
        }
        // spelling changes before e: "buscar" → "busqué", "llegar" → "llegué", "lanzar" → "lancé"
        if (ending.equals("ar") && stem.endsWith("c")) {
            addAll(forms, stem.substring(0, stem.length() - 1) + "qu", new String[] {"é", "e", "en"});
        } else if (ending.equals("ar") && stem.endsWith("g")) {
            addAll(forms, stem + "u", new String[] {"é", "e", "en"});
        } else if (ending.equals("ar") && stem.endsWith("z")) {
            addAll(forms, stem.substring(0, stem.length() - 1) + "c", new String[] {"é", "e", "en"});
        } else if (!ending.equals("ar") && stem.endsWith("c")) {
            addAll(forms, stem.substring(0, stem.length() - 1) + "zc", new String[] {"o", "a", "an"});
        }
    }

    private static void addAll(Set<String> forms, String stem, String[] endings) {
        for (String e : endings) {
            forms.add(stem + e);
        }
    }

    private static int lastVowel(String stem) {
        for (int i = stem.length() - 1; i >= 0; i--) {
            if ("aeiou".indexOf(stem.charAt(i)) >= 0) {
                return i;
            }
        }
        return -1;
    }
}
