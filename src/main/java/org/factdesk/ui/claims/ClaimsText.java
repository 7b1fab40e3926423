package org.factdesk.ui.claims;

import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.FigureType;
import org.factdesk.model.Qualifier;
import org.factdesk.model.Verdict;
import org.factdesk.ui.I18n;

/** Localized names of kinds, verdicts, figure types and qualifiers, and the one-line snippet of a claim. */
final class ClaimsText {

    private ClaimsText() {
    }

    static String kind(I18n i18n, ClaimKind kind) {
        return kind == null ? "" : named(i18n, "claims.kind.", kind.id());
    }

    static String verdict(I18n i18n, Verdict verdict) {
        return verdict == null ? "" : named(i18n, "claims.verdict.", verdict.id());
    }

    static String figureType(I18n i18n, FigureType type) {
        return type == null ? i18n.get("claims.editor.none") : named(i18n, "claims.figureType.", type.id());
    }

    static String qualifier(I18n i18n, Qualifier qualifier) {
        return qualifier == null ? i18n.get("claims.editor.none") : named(i18n, "claims.qualifier.", qualifier.id());
    }

    /** Keys made from a prefix and an enum's file name; ClaimsTextTest checks that each one exists. */
    static String named(I18n i18n, String prefix, String id) {
        String key = prefix + id;
        return i18n.get(key);
    }

    /** The quoted text on one line (line breaks and runs of spaces become one space), cut after max chars. */
    static String snippet(Claim claim, int max) {
        return snippet(claim.target(), max);
    }

    /** As {@link #snippet(Claim, int)}, for any span (a suggestion's). */
    static String snippet(org.factdesk.model.Target target, int max) {
        String flat = target.exact().replaceAll("\\s+", " ").strip();
        if (flat.length() > max) {
            int cut = max;
            if (Character.isHighSurrogate(flat.charAt(cut - 1))) {
                cut--;
            }
            flat = flat.substring(0, cut) + "…";
        }
        return "“" + flat + "”";
    }
}
