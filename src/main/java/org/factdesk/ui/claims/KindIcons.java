package org.factdesk.ui.claims;

import org.factdesk.model.ClaimKind;
import org.factdesk.model.Verdict;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** The icon and style classes of each claim kind and verdict, so colour is never the only signal. */
final class KindIcons {

    private KindIcons() {
    }

    static Ikon ikon(ClaimKind kind) {
        return switch (kind) {
            case STATEMENT -> Material2MZ.SHORT_TEXT;
            case ATTRIBUTION -> Material2MZ.RECORD_VOICE_OVER;
            case FIGURE -> Material2MZ.PERCENTAGE;
            case TRANSLATION_ISSUE -> Material2MZ.TRANSLATE;
        };
    }

    /** A kind's icon, coloured by claims.css through its {@code kind-<id>} class. */
    static FontIcon icon(ClaimKind kind) {
        FontIcon icon = new FontIcon(ikon(kind));
        icon.getStyleClass().addAll("claim-kind-icon", kindClass(kind));
        return icon;
    }

    static String kindClass(ClaimKind kind) {
        return "kind-" + kind.id();
    }

    static String verdictClass(Verdict verdict) {
        return "verdict-" + verdict.id();
    }

    /** Replaces any {@code verdict-*} class of a node's style classes with the one of this verdict. */
    static void setVerdictClass(javafx.scene.Node node, Verdict verdict) {
        node.getStyleClass().removeIf(c -> c.startsWith("verdict-") && !c.equals("verdict-badge")
                && !c.equals("verdict-swatch"));
        if (verdict != null) {
            node.getStyleClass().add(verdictClass(verdict));
        }
    }

    static void setKindClass(javafx.scene.Node node, ClaimKind kind) {
        node.getStyleClass().removeIf(c -> c.startsWith("kind-"));
        if (kind != null) {
            node.getStyleClass().add(kindClass(kind));
        }
    }
}
