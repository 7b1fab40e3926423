package org.factdesk.analysis.qa;

import java.util.Arrays;

/**
 * How many anchor keys source unit i and target unit j share, for the {@link Aligner}: each count near the band's
 * diagonal is computed once and kept while the rows that may ask for it are being filled (the links ending at row r
 * start at source unit r - 1 or r - 2), so the memory held is two rows, not the whole band. On long sequences, where
 * nearly every count of the band is asked for, a unit's counts are all taken at once from an {@link AnchorIndex};
 * on short ones each is computed when first asked for.
 */
final class AnchorOverlaps {

    /** From this many source units on, the counts are taken from an index. */
    private static final int INDEXED_UNITS = 64;

    private final long[][] sourceKeys;
    private final long[][] targetKeys;
    private final int[] sourceKeyCount;
    private final int[] targetKeyCount;
    private final int[] centres;
    private final int width;
    private final int rowSize;
    /** Counts of the two source units in use, unit u in row u % 2; -1 where not computed yet. */
    private final int[][] rows;
    /** The postings of the target's keys, or {@code null} to count each pair when asked. */
    private final AnchorIndex index;

    AnchorOverlaps(long[][] sourceKeys, long[][] targetKeys, int[] centres, int width) {
        this.sourceKeys = sourceKeys;
        this.targetKeys = targetKeys;
        this.sourceKeyCount = lengths(sourceKeys);
        this.targetKeyCount = lengths(targetKeys);
        this.centres = centres;
        this.width = width + 2;
        this.rowSize = 2 * this.width + 1;
        this.rows = new int[2][rowSize];
        // building the index costs about what a few rows of merges do: worth it only for a long band
        this.index = sourceKeys.length >= INDEXED_UNITS ? new AnchorIndex(sourceKeys, targetKeys) : null;
    }

    /** How many keys source unit i has. */
    int sourceKeyCount(int i) {
        return sourceKeyCount[i];
    }

    /** How many keys target unit j has. */
    int targetKeyCount(int j) {
        return targetKeyCount[j];
    }

    /** Makes room for the counts of source unit u, which the links of the next rows will ask for. */
    void startUnit(int u) {
        int[] row = rows[u & 1];
        if (index == null) {
            Arrays.fill(row, -1);
        } else {
            Arrays.fill(row, 0);
            index.countShared(u, centres[u] - width, row);
        }
    }

    /** The shared keys of source unit i (the last or last but one started) and target unit j. */
    int get(int i, int j) {
        int offset = j - centres[i] + width;
        if (offset < 0 || offset >= rowSize) {
            return intersection(sourceKeys[i], targetKeys[j]);
        }
        int[] row = rows[i & 1];
        int value = row[offset];
        if (value < 0) {
            value = intersection(sourceKeys[i], targetKeys[j]);
            row[offset] = value;
        }
        return value;
    }

    private static int[] lengths(long[][] keys) {
        int[] lengths = new int[keys.length];
        for (int k = 0; k < keys.length; k++) {
            lengths[k] = keys[k].length;
        }
        return lengths;
    }

    /** The keys two sorted arrays of distinct keys share. */
    static int intersection(long[] a, long[] b) {
        int i = 0;
        int j = 0;
        int count = 0;
        while (i < a.length && j < b.length) {
            if (a[i] == b[j]) {
                count++;
                i++;
                j++;
            } else if (a[i] < b[j]) {
                i++;
            } else {
                j++;
            }
        }
        return count;
    }
}
