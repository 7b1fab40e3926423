package org.factdesk.report;

import org.factdesk.model.Language;
import org.factdesk.model.Verdict;

/** A verdict in words, in English or Spanish, as readers of a published fact-check see it. */
public final class VerdictWords {

    private VerdictWords() {
    }

    /** The verdict in words in {@code language}; English for any language but Spanish. */
    public static String of(Verdict verdict, Language language) {
        boolean spanish = language == Language.ES;
        return switch (verdict) {
            case UNVERIFIED -> spanish ? "Sin verificar" : "Unverified";
            case TRUE -> spanish ? "Verdadero" : "True";
            case MOSTLY_TRUE -> spanish ? "Mayormente verdadero" : "Mostly true";
            case MIXED -> spanish ? "Mixto" : "Mixed";
            case MOSTLY_FALSE -> spanish ? "Mayormente falso" : "Mostly false";
            case FALSE -> spanish ? "Falso" : "False";
            case MISLEADING -> spanish ? "Engañoso" : "Misleading";
            case UNVERIFIABLE -> spanish ? "Inverificable" : "Unverifiable";
        };
    }
}
