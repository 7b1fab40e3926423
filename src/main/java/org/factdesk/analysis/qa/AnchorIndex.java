package org.factdesk.analysis.qa;

import java.util.Arrays;

/**
 * Which target units hold each anchor key, so that the keys one source unit shares with every target unit of a band
 * are counted in one pass over its keys' postings, instead of merging its keys with those of each target unit in
 * turn. The source units are read in order and their bands move forward, so each key keeps a cursor into its
 * postings that only advances.
 */
final class AnchorIndex {

    private static final int[] NO_IDS = new int[0];

    /** Per source unit, the numbers of its keys that some target unit holds too. */
    private final int[][] sourceIds;
    /** Key k's target units are postings[postingStart[k]] … postings[postingStart[k + 1] - 1], ascending. */
    private final int[] postingStart;
    private final int[] postings;
    private final int[] cursor;

    AnchorIndex(long[][] sourceKeys, long[][] targetKeys) {
        KeyNumbers numbers = new KeyNumbers(targetKeys);
        int[] count = new int[numbers.size() + 1];
        int[][] targetIds = new int[targetKeys.length][];
        for (int j = 0; j < targetKeys.length; j++) {
            int[] ids = new int[targetKeys[j].length];
            for (int k = 0; k < ids.length; k++) {
                ids[k] = numbers.get(targetKeys[j][k]);
                count[ids[k] + 1]++;
            }
            targetIds[j] = ids;
        }
        for (int k = 0; k < numbers.size(); k++) {
            count[k + 1] += count[k];
        }
        postingStart = count.clone();
        postings = new int[count[numbers.size()]];
        for (int j = 0; j < targetIds.length; j++) {
            for (int id : targetIds[j]) {
                postings[count[id]++] = j;
            }
        }
        cursor = Arrays.copyOf(postingStart, numbers.size());
        sourceIds = new int[sourceKeys.length][];
        int[] buffer = new int[16];
        for (int i = 0; i < sourceKeys.length; i++) {
            if (buffer.length < sourceKeys[i].length) {
                buffer = new int[sourceKeys[i].length];
            }
            int found = 0;
            for (long key : sourceKeys[i]) {
                int id = numbers.get(key);
                if (id >= 0) {
                    buffer[found++] = id;
                }
            }
            sourceIds[i] = found == 0 ? NO_IDS : Arrays.copyOf(buffer, found);
        }
    }

    /**
     * Adds to {@code counts[j - from]} the keys source unit i shares with target unit j, for j in [from, from +
     * counts.length); {@code from} may be negative. Calls must come with {@code from} never decreasing.
     */
    void countShared(int i, int from, int[] counts) {
        int to = from + counts.length;
        for (int id : sourceIds[i]) {
            int p = cursor[id];
            int end = postingStart[id + 1];
            while (p < end && postings[p] < from) {
                p++;
            }
            cursor[id] = p;
            for (; p < end && postings[p] < to; p++) {
                counts[postings[p] - from]++;
            }
        }
    }

    /** Numbers 0, 1, 2 … for the distinct keys of the target units, in an open-addressing table. */
    private static final class KeyNumbers {
        private final long[] keys;
        private final int[] ids;
        private final boolean[] used;
        private int size;

        KeyNumbers(long[][] targetKeys) {
            int total = 0;
            for (long[] unit : targetKeys) {
                total += unit.length;
            }
            int capacity = Integer.highestOneBit(Math.max(4, total) * 2 - 1) << 1;
            keys = new long[capacity];
            ids = new int[capacity];
            used = new boolean[capacity];
            for (long[] unit : targetKeys) {
                for (long key : unit) {
                    int slot = slot(key);
                    if (!used[slot]) {
                        used[slot] = true;
                        keys[slot] = key;
                        ids[slot] = size++;
                    }
                }
            }
        }

        int size() {
            return size;
        }

        /** The key's number, or -1 if no target unit holds it. */
        int get(long key) {
            int slot = slot(key);
            return used[slot] ? ids[slot] : -1;
        }

        private int slot(long key) {
            int mask = keys.length - 1;
            long h = key * 0x9E3779B97F4A7C15L;
            int slot = (int) (h ^ (h >>> 32)) & mask;
            while (used[slot] && keys[slot] != key) {
                slot = (slot + 1) & mask;
            }
            return slot;
        }
    }
}
