package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.Arrays;
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

    /** The moves into a cell, in the order that breaks ties between equal costs (the first wins). */
    private static final int[][] MOVES = {{1, 1}, {1, 0}, {0, 1}, {2, 1}, {1, 2}};
    private static final int ONE_ONE = 0;
    private static final int SOURCE_GAP = 1;
    private static final int TARGET_GAP = 2;
    private static final int TWO_ONE = 3;
    private static final int ONE_TWO = 4;
    private static final double[] PRIOR = {-Math.log(0.89), -Math.log(0.0099), -Math.log(0.0099), -Math.log(0.089),
        -Math.log(0.089)};
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
        int[] centres = new int[n + 1];
        for (int i = 0; i <= n; i++) {
            centres[i] = centre(i, n, m);
        }
        byte[] moves = fill(n, m, centres, width, new LengthCosts(sourceLength, targetLength, ratio, costlyGaps),
                new AnchorOverlaps(sourceKeys, targetKeys, centres, width));
        int i = n;
        int j = m;
        while (i > 0 || j > 0) {
            int offset = j - centres[i] + width;
            int k = offset < 0 || offset >= bandSize ? -1 : moves[i * bandSize + offset];
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

    /**
     * Fills the band row by row and returns the best move into each cell (-1 where none reaches it); row i's cell
     * for target unit j sits at {@code i * (2 * width + 1) + j - centres[i] + width}. Each cell takes the cheapest
     * move, the first in {@link #MOVES} order among equal costs. The gaps are weighed first, since their cost needs
     * no anchors; a link is then weighed only if its lower bound (all anchors shared, and then its length cost too)
     * can still beat or tie the best so far. Only the costs of the last three rows are kept: no move reaches further
     * back.
     */
    private static byte[] fill(int n, int m, int[] centres, int width, LengthCosts lengths, AnchorOverlaps anchors) {
        int bandSize = 2 * width + 1;
        byte[] moves = new byte[(n + 1) * bandSize];
        double[][] costs = new double[3][bandSize];
        for (int i = 0; i <= n; i++) {
            double[] here = costs[i % 3];
            double[] up = costs[(i + 2) % 3];
            double[] upTwo = costs[(i + 1) % 3];
            Arrays.fill(here, INF);
            int centre = centres[i];
            // where column j of rows i - 1 and i - 2 sits, relative to its offset in row i
            int shiftUp = i >= 1 ? centre - centres[i - 1] : 0;
            int shiftUpTwo = i >= 2 ? centre - centres[i - 2] : 0;
            lengths.startRow(i);
            if (i >= 1) {
                anchors.startUnit(i - 1);
            }
            double sourceGap = i >= 1 ? lengths.sourceGap(i - 1) : 0;
            int keysUp = i >= 1 ? anchors.sourceKeyCount(i - 1) : 0;
            int keysUpTwo = i >= 2 ? anchors.sourceKeyCount(i - 2) : 0;
            int rowStart = i * bandSize;
            int last = Math.min(m, centre + width);
            for (int j = Math.max(0, centre - width); j <= last; j++) {
                int offset = j - centre + width;
                if (i == 0 && j == 0) {
                    here[offset] = 0;
                    moves[rowStart + offset] = -1;
                    continue;
                }
                double best = INF;
                int bestMove = -1;
                if (i >= 1) {
                    double previous = at(up, offset + shiftUp);
                    if (previous != INF) {
                        best = previous + PRIOR[SOURCE_GAP] + sourceGap;
                        bestMove = SOURCE_GAP;
                    }
                }
                if (j >= 1 && offset >= 1 && here[offset - 1] != INF) {
                    double c = here[offset - 1] + PRIOR[TARGET_GAP] + lengths.targetGap(j - 1);
                    if (c < best) {
                        best = c;
                        bestMove = TARGET_GAP;
                    }
                }
                if (i >= 1 && j >= 1) {
                    double previous = at(up, offset - 1 + shiftUp);
                    // anchors take at most ANCHOR_WEIGHT off; the first move wins a tie, so this one is weighed
                    // even if it can only tie
                    if (previous != INF && previous + PRIOR[ONE_ONE] - ANCHOR_WEIGHT <= best) {
                        double base = previous + PRIOR[ONE_ONE];
                        int total = keysUp + anchors.targetKeyCount(j - 1);
                        double dice = total == 0 ? 0 : Math.min(1.0, 2.0 * anchors.get(i - 1, j - 1) / total);
                        double c = base + (lengths.linkOne(j - 1, j) - ANCHOR_WEIGHT * dice);
                        if (c <= best) {
                            best = c;
                            bestMove = ONE_ONE;
                        }
                    }
                }
                if (i >= 2 && j >= 1) {
                    double previous = at(upTwo, offset - 1 + shiftUpTwo);
                    if (previous != INF && previous + PRIOR[TWO_ONE] - ANCHOR_WEIGHT < best) {
                        double base = previous + PRIOR[TWO_ONE];
                        double length = lengths.linkTwo(j - 1, j);
                        if (base + (length - ANCHOR_WEIGHT) < best) {
                            double c = base + mergedLinkCost(length, anchors.get(i - 2, j - 1),
                                    anchors.get(i - 1, j - 1), anchors.targetKeyCount(j - 1), keysUpTwo, keysUp);
                            if (c < best) {
                                best = c;
                                bestMove = TWO_ONE;
                            }
                        }
                    }
                }
                if (i >= 1 && j >= 2) {
                    double previous = at(up, offset - 2 + shiftUp);
                    if (previous != INF && previous + PRIOR[ONE_TWO] - ANCHOR_WEIGHT < best) {
                        double base = previous + PRIOR[ONE_TWO];
                        double length = lengths.linkOne(j - 2, j);
                        if (base + (length - ANCHOR_WEIGHT) < best) {
                            double c = base + mergedLinkCost(length, anchors.get(i - 1, j - 2),
                                    anchors.get(i - 1, j - 1), keysUp, anchors.targetKeyCount(j - 2),
                                    anchors.targetKeyCount(j - 1));
                            if (c < best) {
                                best = c;
                                bestMove = ONE_TWO;
                            }
                        }
                    }
                }
                here[offset] = best;
                moves[rowStart + offset] = (byte) bestMove;
            }
        }
        return moves;
    }

    /** The cost at an offset of a row, or INF outside the band. */
    private static double at(double[] row, int offset) {
        return offset >= 0 && offset < row.length ? row[offset] : INF;
    }

    private static int centre(int i, int n, int m) {
        return (int) Math.round(i * (double) m / n);
    }

    /**
     * The cost of a link of one unit with two of the other side, given its length part: {@code shared0} and
     * {@code shared1} are the anchors the single unit shares with each of the pair.
     */
    private static double mergedLinkCost(double lengthCost, int shared0, int shared1, int singleKeys, int pairKeys0,
            int pairKeys1) {
        int total = singleKeys + pairKeys0 + pairKeys1;
        int shared = shared0 + shared1;
        double dice = total == 0 ? 0 : Math.min(1.0, 2.0 * shared / total);
        // a unit merged into a link while sharing no anchor with the other side is more likely missing or added
        int orphans = (shared0 == 0 && pairKeys0 >= MIN_ORPHAN_KEYS ? 1 : 0)
                + (shared1 == 0 && pairKeys1 >= MIN_ORPHAN_KEYS ? 1 : 0)
                + (shared == 0 && singleKeys >= MIN_ORPHAN_KEYS ? 1 : 0);
        return lengthCost - ANCHOR_WEIGHT * dice + ORPHAN_PENALTY * orphans;
    }
}
