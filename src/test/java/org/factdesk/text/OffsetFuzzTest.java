package org.factdesk.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.concurrent.TimeUnit;
import org.factdesk.model.Target;
import org.junit.jupiter.api.Timeout;

/**
 * Fuzzes offset conversion and anchoring: code point offsets round-trip, an offset inside a surrogate pair is refused
 * with the documented {@link IllegalArgumentException}, and a target is always placed on valid text of the new
 * version (or kept as an orphan), whatever the old and new texts are.
 */
class OffsetFuzzTest {

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void offsetsRoundTripBetweenUtf16AndCodePoints(FuzzedDataProvider data) {
        int probe = data.consumeInt();
        String text = data.consumeRemainingAsString();
        CodePointIndex index = CodePointIndex.of(text);
        assertThat(index.codePointLength()).isEqualTo(text.codePointCount(0, text.length()));
        assertThat(index.utf16Length()).isEqualTo(text.length());
        for (int codePoints = 0; codePoints <= index.codePointLength(); codePoints++) {
            int utf16 = index.toUtf16(codePoints);
            assertThat(utf16).isEqualTo(text.offsetByCodePoints(0, codePoints));
            assertThat(index.toCodePoints(utf16)).isEqualTo(codePoints);
        }
        if (probe < 0 || probe > text.length() || Targets.splitsPair(text, probe)) {
            assertThatThrownBy(() -> index.toCodePoints(probe)).isInstanceOf(IllegalArgumentException.class);
        } else {
            assertThat(index.toCodePoints(probe)).isEqualTo(text.codePointCount(0, probe));
        }
        if (probe < 0 || probe > index.codePointLength()) {
            assertThatThrownBy(() -> index.toUtf16(probe)).isInstanceOf(IllegalArgumentException.class);
        }
    }

    @FuzzTest
    @Timeout(value = 10, unit = TimeUnit.SECONDS)
    void aTargetIsPlacedOnValidTextOfTheNewVersionOrKeptAsAnOrphan(FuzzedDataProvider data) {
        String oldText = data.consumeString(4_000);
        int from = data.consumeInt(0, oldText.length());
        int to = data.consumeInt(from, oldText.length());
        String edit = data.consumeString(200);
        int editAt = data.consumeInt(0, 1_000_000);
        String newText = data.consumeBoolean() ? data.consumeRemainingAsString() : splice(oldText, editAt, edit);
        if (Targets.splitsPair(oldText, from) || Targets.splitsPair(oldText, to)) {
            return; // not a target Factdesk can make: Targets.of refuses it
        }
        Target old = Targets.of(oldText, from, to);
        Anchoring anchoring = Anchorer.anchor(old, newText);
        assertThat(anchoring.original()).isEqualTo(old);
        if (!anchoring.isOrphan()) {
            Target placed = anchoring.target();
            SpanContract.assertSelectsValidText(newText, placed.start(), placed.end(), "placed " + anchoring.method());
            assertThat(Targets.matches(newText, placed)).as("the placed exact text stands at its offsets").isTrue();
            if (anchoring.method() != Anchoring.Method.FUZZY) {
                assertThat(placed.exact()).isEqualTo(old.exact());
            }
        }
        assertThat(Anchorer.anchorAll(java.util.List.of(old, old), newText)).hasSize(2);
    }

    private static String splice(String text, int at, String insert) {
        int offset = text.isEmpty() ? 0 : at % (text.length() + 1);
        int removeTo = Math.min(text.length(), offset + insert.length() / 2);
        return text.substring(0, offset) + insert + text.substring(removeTo);
    }
}
