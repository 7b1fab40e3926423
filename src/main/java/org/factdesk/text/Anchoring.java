package org.factdesk.text;

import java.util.Objects;
import org.factdesk.model.Target;

/**
 * The outcome of placing one claim target on a text: how it was placed, where it now sits ({@code null} for an
 * orphan) and the target it came from, which is always kept so that nothing is lost.
 *
 * @param method   how the target was found
 * @param target   the target on the new text, with its exact text and context taken from that text; {@code null}
 *                 exactly when {@code method} is {@link Method#ORPHAN}
 * @param original the target as it was before anchoring
 * @param distance edit distance between the original and the new exact text: 0 for {@link Method#POSITION} and
 *                 {@link Method#QUOTE}, 1 or more for {@link Method#FUZZY}, -1 for {@link Method#ORPHAN}
 */
public record Anchoring(Method method, Target target, Target original, int distance) {

    /** How a target was placed, from the most to the least certain. */
    public enum Method {
        /** The exact text still stands at the old offsets. */
        POSITION,
        /** The exact text was found elsewhere, the one occurrence or the one whose context agrees best. */
        QUOTE,
        /** A slightly different text was found near where the target was expected. */
        FUZZY,
        /** Not found: the claim keeps its original target and is shown as an orphan. */
        ORPHAN
    }

    public Anchoring {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(original, "original");
        if ((method == Method.ORPHAN) != (target == null)) {
            throw new IllegalArgumentException("An anchoring has no target exactly when it is an orphan; this one is "
                    + method + (target == null ? " without a target" : " with a target"));
        }
        if (method == Method.ORPHAN ? distance != -1 : method == Method.FUZZY ? distance < 1 : distance != 0) {
            throw new IllegalArgumentException("Distance " + distance + " does not fit method " + method);
        }
    }

    static Anchoring orphan(Target original) {
        return new Anchoring(Method.ORPHAN, null, original, -1);
    }

    public boolean isOrphan() {
        return method == Method.ORPHAN;
    }
}
