package org.factdesk.text;

import java.util.Arrays;

/**
 * Converts offsets into one text between UTF-16 chars (what Java strings use) and Unicode code points (what every
 * offset that enters or leaves Factdesk counts). This is the only place where offsets cross that boundary.
 *
 * <p>Built once per text in O(n); each conversion is a binary search over the positions of the text's surrogate
 * pairs, so converting the offsets of 100,000 claims on a 5 MB article stays cheap.
 */
public final class CodePointIndex {

    /** UTF-16 index of the high surrogate of each supplementary character, ascending. */
    private final int[] pairStarts;
    private final int utf16Length;

    private CodePointIndex(int[] pairStarts, int utf16Length) {
        this.pairStarts = pairStarts;
        this.utf16Length = utf16Length;
    }

    public static CodePointIndex of(String text) {
        int[] starts = new int[16];
        int count = 0;
        int length = text.length();
        for (int i = 0; i < length - 1; i++) {
            if (Character.isHighSurrogate(text.charAt(i)) && Character.isLowSurrogate(text.charAt(i + 1))) {
                if (count == starts.length) {
                    starts = Arrays.copyOf(starts, count * 2);
                }
                starts[count++] = i;
                i++;
            }
        }
        return new CodePointIndex(Arrays.copyOf(starts, count), length);
    }

    /** Length of the text in code points. */
    public int codePointLength() {
        return utf16Length - pairStarts.length;
    }

    /** Length of the text in UTF-16 chars. */
    public int utf16Length() {
        return utf16Length;
    }

    /**
     * The code point offset of a UTF-16 offset.
     *
     * @throws IllegalArgumentException if the offset is outside [0, length] or falls inside a surrogate pair
     */
    public int toCodePoints(int utf16Offset) {
        if (utf16Offset < 0 || utf16Offset > utf16Length) {
            throw new IllegalArgumentException(
                    "Offset " + utf16Offset + " is outside the text (0 to " + utf16Length + " UTF-16 chars)");
        }
        int pairsBefore = insertionPoint(utf16Offset);
        if (pairsBefore > 0 && pairStarts[pairsBefore - 1] == utf16Offset - 1) {
            throw new IllegalArgumentException("Offset " + utf16Offset + " splits a surrogate pair");
        }
        return utf16Offset - pairsBefore;
    }

    /**
     * The UTF-16 offset of a code point offset.
     *
     * @throws IllegalArgumentException if the offset is outside [0, length in code points]
     */
    public int toUtf16(int codePointOffset) {
        if (codePointOffset < 0 || codePointOffset > codePointLength()) {
            throw new IllegalArgumentException("Offset " + codePointOffset + " is outside the text (0 to "
                    + codePointLength() + " code points)");
        }
        // The UTF-16 offset is the code point offset plus one for every pair that starts before it; pair k (0-based)
        // starts before it exactly when pairStarts[k] - k < codePointOffset.
        int low = 0;
        int high = pairStarts.length;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (pairStarts[mid] - mid < codePointOffset) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        return codePointOffset + low;
    }

    /** Number of pairs that start strictly before the UTF-16 offset. */
    private int insertionPoint(int utf16Offset) {
        int found = Arrays.binarySearch(pairStarts, utf16Offset);
        return found >= 0 ? found : -found - 1;
    }
}
