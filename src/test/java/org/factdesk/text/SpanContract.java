package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;

/** The fuzzers' offset contract: a span lies inside its text, in order, and never splits a surrogate pair. */
public final class SpanContract {

    private SpanContract() {
    }

    /** Fails unless [start, end) selects valid text of {@code text}; {@code what} names the span in the failure. */
    public static void assertSelectsValidText(String text, int start, int end, String what) {
        assertThat(start).as("%s: start", what).isBetween(0, text.length());
        assertThat(end).as("%s: end", what).isBetween(start, text.length());
        assertThat(Targets.splitsPair(text, start)).as("%s: start %d splits a surrogate pair", what, start).isFalse();
        assertThat(Targets.splitsPair(text, end)).as("%s: end %d splits a surrogate pair", what, end).isFalse();
    }
}
