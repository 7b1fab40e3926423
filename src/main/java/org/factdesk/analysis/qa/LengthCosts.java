package org.factdesk.analysis.qa;

/**
 * Gale and Church's length costs of the links the {@link Aligner} weighs, for one pair of unit sequences: the cost of
 * a source length {@code ls} translated into a target length {@code lt} grows with how many standard deviations
 * {@code lt} lies from {@code ls * ratio}. The parts that depend on one side only (the sums of lengths, a gap's whole
 * cost, the square root for a source length) are computed once per unit or per row instead of once per cell; every
 * cost comes out bit for bit as if computed directly.
 */
final class LengthCosts {

    private static final double VARIANCE = 6.8;

    /** -ln(2 (1 - Φ(δ))) for δ = 0, 0.01, … 8, looked up instead of computed for every cell. */
    private static final double[] TAIL_COST = new double[801];

    static {
        for (int k = 0; k < TAIL_COST.length; k++) {
            double probability = 2 * (1 - normalCdf(k / 100.0));
            TAIL_COST[k] = -Math.log(Math.max(probability, 1e-12));
        }
    }

    private final int[] sourceBefore;
    private final int[] targetBefore;
    private final double ratio;
    /** The cost of leaving out source unit i, or target unit j, alone. */
    private final double[] sourceGap;
    private final double[] targetGap;

    /** Of the row set by {@link #startRow}: ls * ratio and the deviation's scale, for one and two source units. */
    private double oneTimesRatio;
    private double oneScale;
    private double twoTimesRatio;
    private double twoScale;

    /**
     * @param costlyGaps whether leaving out a unit costs more the longer it is; otherwise a gap costs nothing here
     */
    LengthCosts(int[] sourceLength, int[] targetLength, double ratio, boolean costlyGaps) {
        this.sourceBefore = prefixSums(sourceLength);
        this.targetBefore = prefixSums(targetLength);
        this.ratio = ratio;
        this.sourceGap = new double[sourceLength.length];
        this.targetGap = new double[targetLength.length];
        if (costlyGaps) {
            for (int i = 0; i < sourceGap.length; i++) {
                sourceGap[i] = cost(sourceLength[i], 0, ratio);
            }
            for (int j = 0; j < targetGap.length; j++) {
                targetGap[j] = cost(targetLength[j] / ratio, 0, ratio);
            }
        }
    }

    /** The cost of source unit i missing from the translation. */
    double sourceGap(int i) {
        return sourceGap[i];
    }

    /** The cost of target unit j added by the translation. */
    double targetGap(int j) {
        return targetGap[j];
    }

    /** Prepares the links ending at source unit i (exclusive): those of source units [i - 1, i) and [i - 2, i). */
    void startRow(int i) {
        if (i >= 1) {
            double one = sourceBefore[i] - sourceBefore[i - 1];
            oneTimesRatio = one * ratio;
            oneScale = scale(one);
        }
        if (i >= 2) {
            double two = sourceBefore[i] - sourceBefore[i - 2];
            twoTimesRatio = two * ratio;
            twoScale = scale(two);
        }
    }

    /** The cost of linking the row's last source unit with target units [j0, j1). */
    double linkOne(int j0, int j1) {
        return tail(Math.abs((targetBefore[j1] - targetBefore[j0]) - oneTimesRatio) / oneScale);
    }

    /** The cost of linking the row's last two source units with target units [j0, j1). */
    double linkTwo(int j0, int j1) {
        return tail(Math.abs((targetBefore[j1] - targetBefore[j0]) - twoTimesRatio) / twoScale);
    }

    /** Gale and Church's cost of a source length ls translated into a target length lt. */
    private static double cost(double ls, double lt, double ratio) {
        return tail(Math.abs(lt - ls * ratio) / scale(ls));
    }

    private static double scale(double ls) {
        return Math.sqrt(Math.max(1, ls) * VARIANCE);
    }

    private static double tail(double delta) {
        int k = (int) (delta * 100);
        return k >= TAIL_COST.length - 1 ? TAIL_COST[TAIL_COST.length - 1] : TAIL_COST[k];
    }

    private static int[] prefixSums(int[] lengths) {
        int[] before = new int[lengths.length + 1];
        for (int k = 0; k < lengths.length; k++) {
            before[k + 1] = before[k] + lengths[k];
        }
        return before;
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
