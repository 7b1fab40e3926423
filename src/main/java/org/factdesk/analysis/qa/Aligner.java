package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Aligns two sequences of units (paragraphs or sentences) by dynamic programming in the manner of Gale and Church:
 * the cost of a link grows with how far the translation's length is from the expected ratio, moves other than
 * one-to-one carry their prior cost, and shared anchors (numbers, names, look-alike words) make a link cheaper.
 * Only a band around the diagonal is explored, so long texts stay linear.
 */
final class Aligner {

    /** Units i0..i1 of the source go with units j0..j1 of the target (ends exclusive; one side may be empty). */
    record Link(int sourceFrom, int sourceTo, int targetFrom, int targetTo) {
    }

    private static final int[][] MOVES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}};
    private static final double[] PRIOR = {-Math.log(0.89), -Math.log(0.0099), -Math.log(0.0099), -Math.log(0.089),
        -Math.log(0.089)};
    private static final double VARIANCE = 6.8;
    private static final double ANCHOR_WEIGHT = 4.0;
    private static final double ORPHAN_PENALTY = 3.0;
    private static final int MIN_ORPHAN_KEYS = 3;
    private static final double INF = Double.POSITIVE_INFINITY;
    /** The narrowest band either side of the diagonal: room for a few local merges, splits and gaps. */
    private static final int MIN_WIDTH = 12;
    /** The widest band explored either side of the diagonal, in units. */
    private static final int MAX_WIDTH = 64;

    private Aligner() {
    }

    /**
     * The cheapest alignment of n source units with m target units.
     *
     * @param sourceLength length of each source unit, in chars
     * @param targetLength length of each target unit
     * @param sourceKeys sorted anchor keys of each source unit
     * @param targetKeys sorted anchor keys of each target unit
     * @param ratio expected target length per source char
     * @param costlyGaps whether leaving out a unit costs more the longer it is (as for paragraphs, which a translation
     *     rarely drops whole); otherwise every gap costs its prior only (as for sentences, so that a short missing
     *     sentence is not hidden by merging it into a neighbour)
     */
    static List<Link> align(int[] sourceLength, int[] targetLength, long[][] sourceKeys, long[][] targetKeys,
            double ratio, boolean costlyGaps) {
        int n = sourceLength.length;
        int m = targetLength.length;
        List<Link> links = new ArrayList<>();
        if (n == 0 || m == 0) {
            if (n > 0 || m > 0) {
                links.add(new Link(0, n, 0, m));
            }
            return links;
        }
        int slope = (int) Math.ceil(Math.max(n, m) / (double) Math.min(n, m));
        // The band follows the straight diagonal from (0, 0) to (n, m), so it always holds a path; its width covers
        // the units one side has more than the other, but only up to MAX_WIDTH: beyond that the cells grow as n times
        // |n - m| (quadratic when a long translation lacks a tenth of its paragraphs), and a gap spread over the
        // text stays near the diagonal anyway.
        int width = Math.min(Math.max(n, m),
                Math.max(Math.max(MIN_WIDTH, slope + 10), Math.min(Math.abs(n - m) + 10, MAX_WIDTH)));
        int bandSize = 2 * width + 1;
        double[] cost = new double[(n + 1) * bandSize];
        int[] centres = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            centres[i] = centre(i, n, m);
        }
        int[] sourceBefore = prefixSums(sourceLength);
        int[] targetBefore = prefixSums(targetLength);
        Overlaps overlaps = new Overlaps(sourceKeys, targetKeys, centres, width);
        byte[] move = new byte[(n + 1) * bandSize];
        java.util.Arrays.fill(cost, INF);
        cost[cell(0, 0, centres, width)] = 0;
        for (int i = 0; i <= n; i++) {
            int centre = centres[i];
            for (int j = Math.max(0, centre - width); j <= Math.min(m, centre + width); j++) {
                if (i == 0 && j == 0) {
                    continue;
                }
                double best = INF;
                byte bestMove = -1;
                for (int k = 0; k < MOVES.length; k++) {
                    int pi = i - MOVES[k][0];
                    int pj = j - MOVES[k][1];
                    if (pi < 0 || pj < 0) {
                        continue;
                    }
                    int previous = cell(pi, pj, centres, width);
                    if (previous < 0 || cost[previous] == INF) {
                        continue;
                    }
                    double base = cost[previous] + PRIOR[k];
                    boolean gap = pi == i || pj == j;
                    // a gap costs at least nothing more, a link at least ANCHOR_WEIGHT less: skip what cannot win
                    if (gap ? base >= best : base - ANCHOR_WEIGHT >= best) {
                        continue;
                    }
                    double length = lengthCost(pi, i, pj, j, sourceBefore, targetBefore, ratio, costlyGaps);
                    double c;
                    if (gap) {
                        c = base + length;
                    } else {
                        // anchors take at most ANCHOR_WEIGHT off and orphans only add: a link that cannot beat the
                        // best one so far is not worth counting its anchors (the result is the same)
                        if (base + (length - ANCHOR_WEIGHT) >= best) {
                            continue;
                        }
                        c = base + linkCost(length, pi, i, pj, j, sourceKeys, targetKeys, overlaps);
                    }
                    if (c < best) {
                        best = c;
                        bestMove = (byte) k;
                    }
                }
                int here = cell(i, j, centres, width);
                cost[here] = best;
                move[here] = bestMove;
            }
        }
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int here = cell(i, j, centres, width);
            int k = here < 0 ? -1 : move[here];
            if (k < 0) {
                // unreachable in the band (cannot happen with a band this wide); fall back to one lump
                links.clear();
                links.add(new Link(0, n, 0, m));
                return links;
            }
            int pi = i - MOVES[k][0];
            int pj = j - MOVES[k][1];
            links.add(new Link(pi, i, pj, j));
            i = pi;
            j = pj;
        }
        Collections.reverse(links);
        return links;
    }

    private static int centre(int i, int n, int m) {
        return (int) Math.round(i * (double) m / n);
    }

    private static int cell(int i, int j, int[] centres, int width) {
        int offset = j - centres[i] + width;
        if (offset < 0 || offset > 2 * width) {
            return -1;
        }
        return i * (2 * width + 1) + offset;
    }

    private static int[] prefixSums(int[] lengths) {
        int[] before = new int[lengths.length + 1];
        for (int k = 0; k < lengths.length; k++) {
            before[k + 1] = before[k] + lengths[k];
        }
        return before;
    }

    /** The length part of a link's cost; the whole cost of a gap (a link with one side empty). */
    private static double lengthCost(int i0, int i1, int j0, int j1, int[] sourceBefore, int[] targetBefore,
            double ratio, boolean costlyGaps) {
        int ls = sourceBefore[i1] - sourceBefore[i0];
        int lt = targetBefore[j1] - targetBefore[j0];
        if (i0 == i1 || j0 == j1) {
            return costlyGaps ? lengthCost(i0 == i1 ? lt / ratio : ls, 0, ratio) : 0;
        }
        return lengthCost(ls, lt, ratio);
    }

    /** The cost of a link with both sides non-empty, given its length part. */
    private static double linkCost(double lengthCost, int i0, int i1, int j0, int j1, long[][] sourceKeys,
            long[][] targetKeys, Overlaps overlaps) {
        if (i1 - i0 == 1 && j1 - j0 == 1) {
            // the one-to-one link, most of the cells: the general sums below reduce to this
            int total = sourceKeys[i0].length + targetKeys[j0].length;
            double dice = total == 0 ? 0 : Math.min(1.0, 2.0 * overlaps.get(i0, j0) / total);
            return lengthCost - ANCHOR_WEIGHT * dice;
        }
        int shared = 0;
        int total = 0;
        double orphans = 0;
        boolean merged = i1 - i0 > 1 || j1 - j0 > 1;
        for (int i = i0; i < i1; i++) {
            total += sourceKeys[i].length;
            int sharedHere = 0;
            for (int j = j0; j < j1; j++) {
                sharedHere += overlaps.get(i, j);
            }
            shared += sharedHere;
            if (merged && sharedHere == 0 && sourceKeys[i].length >= MIN_ORPHAN_KEYS) {
                orphans++;
            }
        }
        for (int j = j0; j < j1; j++) {
            total += targetKeys[j].length;
            if (merged) {
                int sharedHere = 0;
                for (int i = i0; i < i1; i++) {
                    sharedHere += overlaps.get(i, j);
                }
                if (sharedHere == 0 && targetKeys[j].length >= MIN_ORPHAN_KEYS) {
                    orphans++;
                }
            }
        }
        double dice = total == 0 ? 0 : Math.min(1.0, 2.0 * shared / total);
        // a unit merged into a link while sharing no anchor with the other side is more likely missing or added
        return lengthCost - ANCHOR_WEIGHT * dice + ORPHAN_PENALTY * orphans;
    }

    /** Shared anchor counts of source unit i and target unit j, computed once each, near the diagonal. */
    private static final class Overlaps {
        private final long[][] sourceKeys;
        private final long[][] targetKeys;
        private final int[] centres;
        private final int width;
        private final int[] cache;

        Overlaps(long[][] sourceKeys, long[][] targetKeys, int[] centres, int width) {
            this.sourceKeys = sourceKeys;
            this.targetKeys = targetKeys;
            this.centres = centres;
            this.width = width + 2;
            this.cache = new int[sourceKeys.length * (2 * this.width + 1)];
            java.util.Arrays.fill(cache, -1);
        }

        int get(int i, int j) {
            int offset = j - centres[i] + width;
            if (offset < 0 || offset > 2 * width) {
                return intersection(sourceKeys[i], targetKeys[j]);
            }
            int slot = i * (2 * width + 1) + offset;
            int value = cache[slot];
            if (value < 0) {
                value = intersection(sourceKeys[i], targetKeys[j]);
                cache[slot] = value;
            }
            return value;
        }
    }

    /** -ln(2 (1 - Φ(δ))) for δ = 0, 0.01, … 8, looked up instead of computed for every cell. */
    private static final double[] TAIL_COST = new double[801];

    static {
        for (int k = 0; k < TAIL_COST.length; k++) {
            double probability = 2 * (1 - normalCdf(k / 100.0));
            TAIL_COST[k] = -Math.log(Math.max(probability, 1e-12));
        }
    }

    /** Gale and Church's cost of a source length ls translated into a target length lt. */
    private static double lengthCost(double ls, double lt, double ratio) {
        double delta = Math.abs(lt - ls * ratio) / Math.sqrt(Math.max(1, ls) * VARIANCE);
        int k = (int) (delta * 100);
        return k >= TAIL_COST.length - 1 ? TAIL_COST[TAIL_COST.length - 1] : TAIL_COST[k];
    }

    private static int intersection(long[] a, long[] b) {
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

    /** Standard normal distribution function (Abramowitz and Stegun 26.2.17, error below 1e-7). */
    static double normalCdf(double x) {
        double t = 1 / (1 + 0.2316419 * Math.abs(x));
        double d = 0.3989422804014327 * Math.exp(-x * x / 2);
        double p = d * t * (0.319381530 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978
                + t * 1.330274429))));
        return x >= 0 ? 1 - p : p;
    }
}
