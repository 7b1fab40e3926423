package org.factdesk.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.IntStream;
import org.factdesk.model.Target;
import org.factdesk.text.Anchoring.Method;

/**
 * Places claim targets on a text (a new version of their article, or the text of an imported report), in the order
 * of DESIGN.md "Anchoring": the exact text at the old position; else the exact text elsewhere, disambiguated by
 * prefix/suffix and then by nearness; else a bounded fuzzy search near where the target is expected; else an orphan
 * that keeps its original target. A target is never placed on text that does not stand in the new text, and a
 * coin flip is never taken for an answer.
 *
 * <p>Rules, in order:
 * <ol>
 *   <li><b>Empty exact text</b> (a caret): {@link Method#POSITION} if the old offset still exists in the text
 *       (and does not split a surrogate pair), else {@link Method#ORPHAN}. It is never searched for.
 *   <li><b>Position</b>: the exact text stands at [start, end) and its context agrees at least as well as at any
 *       other occurrence of the exact text. (A bare position match whose context is contradicted by another
 *       occurrence would be a silent misplacement, e.g. "dijo" shifted onto another "dijo".)
 *   <li><b>Quote</b>: every occurrence of the exact text is scored by its context, the length of the common
 *       suffix of the old prefix and the text before it plus the common prefix of the old suffix and the text after
 *       it. The best score wins; among equal scores the occurrence nearest the expected position wins (the old start,
 *       or in {@link #anchorAll} the old start moved by the shift of the previous target). If two occurrences tie on
 *       both score and nearness the target is <b>ambiguous</b> and becomes an {@link Method#ORPHAN} rather than be
 *       placed at random.
 *   <li><b>Fuzzy</b> (exact texts of at least {@value #MIN_FUZZY_LENGTH} chars): Sellers' approximate substring
 *       search, with Ukkonen's cut-off, for the substring at the smallest Levenshtein distance, accepted when the
 *       distance is at most max(1, length / 4). It looks in windows of ± max(2 × length, {@value #MIN_WINDOW_RADIUS})
 *       chars around the expected position and around where the old prefix or suffix (when at least
 *       {@value #MIN_ANCHOR_LENGTH} chars) now stands. Among equally distant matches, those on word edges win, then
 *       better context, then nearness. Exact texts shorter than {@value #SHORT_EXACT} chars must also agree with
 *       {@value #SHORT_CONTEXT_NEEDED} chars of their old context (or all of it if it is shorter), because a short
 *       word is otherwise found, slightly changed, almost anywhere. Exact texts over {@value #MAX_DP_LENGTH} chars are
 *       placed by their first and last {@value #EDGE_LENGTH} chars instead, found exactly at about the right
 *       distance apart, and accepted when a banded edit distance (band at most {@value #MAX_BAND}) is within the
 *       limit; exact texts over {@value #MAX_LONG_LENGTH} chars are never fuzzily placed.
 *   <li>Else <b>orphan</b>.
 * </ol>
 */
public final class Anchorer {

    static final int MIN_FUZZY_LENGTH = 4;
    static final int MIN_WINDOW_RADIUS = 2_000;
    static final int MIN_ANCHOR_LENGTH = 8;
    static final int SHORT_EXACT = 16;
    static final int SHORT_CONTEXT_NEEDED = 8;
    static final int MAX_DP_LENGTH = 2_000;
    static final int EDGE_LENGTH = 64;
    static final int MAX_BAND = 500;
    static final int MAX_LONG_LENGTH = 100_000;
    private static final int MAX_LONG_PAIRS = 16;

    private Anchorer() {
    }

    /** Places one target on a text; see the class comment for the rules. */
    public static Anchoring anchor(Target old, String newText) {
        Objects.requireNonNull(old, "old");
        Objects.requireNonNull(newText, "newText");
        return anchor(old, newText, new Scan(newText), old.start());
    }

    /**
     * Places every target of a document on a text, in the order given. The text is indexed once (a hash index of its
     * 4-char grams, built only if some target is not at its old position), and each target's expected position
     * follows the shift of the target before it in the text, so that ties between repeated quotes go the right way.
     */
    public static List<Anchoring> anchorAll(List<Target> targets, String newText) {
        Objects.requireNonNull(newText, "newText");
        for (int i = 0; i < targets.size(); i++) {
            Objects.requireNonNull(targets.get(i), "target " + i);
        }
        Occurrences finder = new LazyIndex(newText);
        Integer[] order = IntStream.range(0, targets.size()).boxed().toArray(Integer[]::new);
        Arrays.sort(order, Comparator.comparingInt(i -> targets.get(i).start()));
        Anchoring[] results = new Anchoring[targets.size()];
        long shift = 0;
        for (int i : order) {
            Target old = targets.get(i);
            int expected = (int) Math.max(0, Math.min(newText.length(), old.start() + shift));
            Anchoring anchoring = anchor(old, newText, finder, expected);
            if (!anchoring.isOrphan()) {
                shift = (long) anchoring.target().start() - old.start();
            }
            results[i] = anchoring;
        }
        return List.of(results);
    }

    private static Anchoring anchor(Target old, String text, Occurrences finder, int expected) {
        String exact = old.exact();
        if (exact.isEmpty()) {
            boolean exists = old.start() <= text.length() && !Targets.splitsPair(text, old.start());
            return exists ? new Anchoring(Method.POSITION, Targets.of(text, old.start(), old.start()), old, 0)
                    : Anchoring.orphan(old);
        }
        boolean atPosition = Targets.matches(text, old);
        int positionScore = atPosition ? contextScore(text, old, old.start(), old.end()) : -1;
        if (atPosition && positionScore == old.prefix().length() + old.suffix().length()) {
            return new Anchoring(Method.POSITION, Targets.of(text, old.start(), old.end()), old, 0);
        }
        int[] found = finder.find(exact);
        if (found.length > 0) {
            return byQuote(old, text, found, positionScore, expected);
        }
        Anchoring fuzzy = exact.length() > MAX_DP_LENGTH ? longFuzzy(old, text, finder, expected)
                : fuzzy(old, text, finder, expected);
        return fuzzy != null ? fuzzy : Anchoring.orphan(old);
    }

    private static Anchoring byQuote(Target old, String text, int[] found, int positionScore, int expected) {
        int length = old.exact().length();
        int best = -1;
        int bestScore = -1;
        long bestGap = Long.MAX_VALUE;
        boolean tie = false;
        for (int start : found) {
            int score = contextScore(text, old, start, start + length);
            long gap = Math.abs((long) start - expected);
            if (score > bestScore || score == bestScore && gap < bestGap) {
                best = start;
                bestScore = score;
                bestGap = gap;
                tie = false;
            } else if (score == bestScore && gap == bestGap) {
                tie = true;
            }
        }
        if (positionScore >= bestScore) {
            return new Anchoring(Method.POSITION, Targets.of(text, old.start(), old.end()), old, 0);
        }
        if (tie) {
            return Anchoring.orphan(old);
        }
        return new Anchoring(Method.QUOTE, Targets.of(text, best, best + length), old, 0);
    }

    /** How many chars of the old context agree around [start, end) of the text. */
    static int contextScore(String text, Target old, int start, int end) {
        String prefix = old.prefix();
        int before = 0;
        while (before < prefix.length() && start - before > 0
                && prefix.charAt(prefix.length() - 1 - before) == text.charAt(start - 1 - before)) {
            before++;
        }
        String suffix = old.suffix();
        int after = 0;
        while (after < suffix.length() && end + after < text.length()
                && suffix.charAt(after) == text.charAt(end + after)) {
            after++;
        }
        return before + after;
    }

    private static Anchoring fuzzy(Target old, String text, Occurrences finder, int expected) {
        String exact = old.exact();
        int length = exact.length();
        if (length < MIN_FUZZY_LENGTH) {
            return null;
        }
        int maxDistance = Math.max(1, length / 4);
        int radius = Math.max(2 * length, MIN_WINDOW_RADIUS);
        List<int[]> windows = new ArrayList<>();
        addWindow(windows, text, expected, length, radius);
        if (old.prefix().length() >= MIN_ANCHOR_LENGTH) {
            int at = nearest(finder.find(old.prefix()), expected - old.prefix().length());
            if (at >= 0) {
                addWindow(windows, text, at + old.prefix().length(), length, radius);
            }
        }
        if (old.suffix().length() >= MIN_ANCHOR_LENGTH) {
            int at = nearest(finder.find(old.suffix()), expected + length);
            if (at >= 0) {
                addWindow(windows, text, at - length, length, radius);
            }
        }
        int contextNeeded = length < SHORT_EXACT
                ? Math.min(SHORT_CONTEXT_NEEDED, old.prefix().length() + old.suffix().length()) : 0;
        Candidate best = null;
        for (int[] window : merge(windows)) {
            for (int[] match : sellers(text, window[0], window[1], exact, maxDistance)) {
                int start = match[0];
                int end = match[1];
                if (Targets.splitsPair(text, start) || Targets.splitsPair(text, end)) {
                    continue;
                }
                int score = contextScore(text, old, start, end);
                if (score < contextNeeded) {
                    continue;
                }
                Candidate candidate = new Candidate(start, end, match[2], wordEdges(text, start, end), score,
                        Math.abs((long) start - expected));
                if (best == null || candidate.isBetterThan(best)) {
                    best = candidate;
                }
            }
        }
        return best == null ? null : fuzzyResult(old, text, best.start, best.end, best.distance);
    }

    private static Anchoring fuzzyResult(Target old, String text, int start, int end, int distance) {
        Target target = Targets.of(text, start, end);
        return distance == 0 ? new Anchoring(Method.QUOTE, target, old, 0)
                : new Anchoring(Method.FUZZY, target, old, distance);
    }

    /** A fuzzy match and what it is ranked by. */
    private record Candidate(int start, int end, int distance, int edges, int score, long gap) {

        boolean isBetterThan(Candidate other) {
            if (distance != other.distance) {
                return distance < other.distance;
            }
            if (edges != other.edges) {
                return edges > other.edges;
            }
            if (score != other.score) {
                return score > other.score;
            }
            return gap < other.gap;
        }
    }

    private static void addWindow(List<int[]> windows, String text, int centre, int length, int radius) {
        long from = Math.max(0L, (long) centre - radius);
        long to = Math.min(text.length(), (long) centre + length + radius);
        if (from < to) {
            windows.add(new int[] {(int) from, (int) to});
        }
    }

    private static List<int[]> merge(List<int[]> windows) {
        windows.sort(Comparator.comparingInt(w -> w[0]));
        List<int[]> merged = new ArrayList<>();
        for (int[] window : windows) {
            int[] last = merged.isEmpty() ? null : merged.get(merged.size() - 1);
            if (last != null && window[0] <= last[1]) {
                last[1] = Math.max(last[1], window[1]);
            } else {
                merged.add(window.clone());
            }
        }
        return merged;
    }

    /** The occurrence nearest to a position, or -1 if there is none. */
    private static int nearest(int[] occurrences, int position) {
        int best = -1;
        long bestGap = Long.MAX_VALUE;
        for (int occurrence : occurrences) {
            long gap = Math.abs((long) occurrence - position);
            if (gap < bestGap) {
                best = occurrence;
                bestGap = gap;
            }
        }
        return best;
    }

    /** 0, 1 or 2: how many ends of [start, end) fall on a word edge (not between two letters or digits). */
    static int wordEdges(String text, int start, int end) {
        return (isWordEdge(text, start) ? 1 : 0) + (isWordEdge(text, end) ? 1 : 0);
    }

    private static boolean isWordEdge(String text, int offset) {
        if (offset == 0 || offset == text.length()) {
            return true;
        }
        return !(Character.isLetterOrDigit(text.codePointBefore(offset))
                && Character.isLetterOrDigit(text.codePointAt(offset)));
    }

    /**
     * Sellers' approximate substring matching of a pattern in text[from, to) with Ukkonen's cut-off: for every end
     * position where some substring is within {@code maxDistance} edits of the pattern, {start, end, distance} of the
     * best such substring. Column by column, only down to the last row still within the limit, so it costs about
     * (to - from) × maxDistance steps.
     */
    static List<int[]> sellers(String text, int from, int to, String pattern, int maxDistance) {
        int length = pattern.length();
        int[] cost = new int[length + 1];
        int[] start = new int[length + 1];
        for (int i = 0; i <= length; i++) {
            cost[i] = i;
            start[i] = from;
        }
        int lastActive = Math.min(maxDistance, length);
        List<int[]> matches = new ArrayList<>();
        for (int j = from; j < to; j++) {
            char c = text.charAt(j);
            int diagonalCost = cost[0];
            int diagonalStart = start[0];
            cost[0] = 0;
            start[0] = j + 1;
            int limit = Math.min(lastActive + 1, length);
            for (int i = 1; i <= limit; i++) {
                int leftCost = i <= lastActive ? cost[i] : maxDistance + 1;
                int leftStart = start[i];
                int bestCost = diagonalCost + (pattern.charAt(i - 1) == c ? 0 : 1);
                int bestStart = diagonalStart;
                if (cost[i - 1] + 1 < bestCost) {
                    bestCost = cost[i - 1] + 1;
                    bestStart = start[i - 1];
                }
                if (leftCost + 1 < bestCost) {
                    bestCost = leftCost + 1;
                    bestStart = leftStart;
                }
                diagonalCost = leftCost;
                diagonalStart = leftStart;
                cost[i] = bestCost;
                start[i] = bestStart;
            }
            lastActive = limit;
            while (lastActive > 0 && cost[lastActive] > maxDistance) {
                lastActive--;
            }
            if (lastActive == length) {
                matches.add(new int[] {start[length], j + 1, cost[length]});
            }
        }
        return matches;
    }

    /** Long exact texts: found by their first and last chars, exactly, then checked with a banded edit distance. */
    private static Anchoring longFuzzy(Target old, String text, Occurrences finder, int expected) {
        String exact = old.exact();
        int length = exact.length();
        if (length > MAX_LONG_LENGTH) {
            return null;
        }
        int maxDistance = Math.max(1, length / 4);
        int band = Math.min(maxDistance, MAX_BAND);
        int headEnd = EDGE_LENGTH + (Targets.splitsPair(exact, EDGE_LENGTH) ? 1 : 0);
        int tailStart = length - EDGE_LENGTH - (Targets.splitsPair(exact, length - EDGE_LENGTH) ? 1 : 0);
        String head = exact.substring(0, headEnd);
        String tail = exact.substring(tailStart);
        int[] heads = finder.find(head);
        int[] tails = finder.find(tail);
        if (heads.length == 0 || tails.length == 0) {
            return null;
        }
        int[] byNearness = Arrays.stream(heads).boxed()
                .sorted(Comparator.comparingLong(h -> Math.abs((long) h - expected)))
                .mapToInt(Integer::intValue).toArray();
        int tries = 0;
        for (int start : byNearness) {
            int lowest = Arrays.binarySearch(tails, start + length - band - tail.length());
            for (int t = lowest >= 0 ? lowest : -lowest - 1; t < tails.length; t++) {
                int end = tails[t] + tail.length();
                if (end - start > length + band) {
                    break;
                }
                if (++tries > MAX_LONG_PAIRS) {
                    return null;
                }
                int distance = bandedDistance(exact, text, start, end, band);
                if (distance <= band) {
                    return fuzzyResult(old, text, start, end, distance);
                }
            }
        }
        return null;
    }

    /** Levenshtein distance between a and text[from, to) if it is at most band, else band + 1. */
    static int bandedDistance(String a, String text, int from, int to, int band) {
        int n = a.length();
        int m = to - from;
        int over = band + 1;
        if (Math.abs(n - m) > band) {
            return over;
        }
        int[] previous = new int[m + 1];
        int[] current = new int[m + 1];
        for (int j = 0; j <= m; j++) {
            previous[j] = Math.min(j, over);
        }
        for (int i = 1; i <= n; i++) {
            int low = Math.max(1, i - band);
            int high = Math.min(m, i + band);
            current[low - 1] = low == 1 ? Math.min(i, over) : over;
            int rowMin = current[low - 1];
            char c = a.charAt(i - 1);
            for (int j = low; j <= high; j++) {
                int up = j <= i - 1 + band ? previous[j] : over;
                int value = Math.min(previous[j - 1] + (c == text.charAt(from + j - 1) ? 0 : 1),
                        Math.min(up, current[j - 1]) + 1);
                current[j] = Math.min(value, over);
                rowMin = Math.min(rowMin, current[j]);
            }
            if (high < m) {
                current[high + 1] = over;
            }
            if (rowMin >= over) {
                return over;
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[m];
    }

    /** Finds every occurrence of a non-empty string in the text, ascending, skipping any that split a pair. */
    private interface Occurrences {
        int[] find(String needle);
    }

    /** Scans the text for each search: right for one target. */
    private static final class Scan implements Occurrences {
        private final String text;

        Scan(String text) {
            this.text = text;
        }

        @Override
        public int[] find(String needle) {
            int[] found = new int[8];
            int count = 0;
            for (int at = text.indexOf(needle); at >= 0; at = text.indexOf(needle, at + 1)) {
                if (!Targets.splitsPair(text, at) && !Targets.splitsPair(text, at + needle.length())) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, count * 2);
                    }
                    found[count++] = at;
                }
            }
            return Arrays.copyOf(found, count);
        }
    }

    /** Builds a {@link GramIndex} on the first search: right for a whole document's targets. */
    private static final class LazyIndex implements Occurrences {
        private final String text;
        private GramIndex index;

        LazyIndex(String text) {
            this.text = text;
        }

        @Override
        public int[] find(String needle) {
            if (index == null) {
                index = new GramIndex(text);
            }
            return index.find(needle);
        }
    }

    /**
     * Positions of every 4-char gram of the text, grouped by hash bucket (about one bucket per position). A search
     * verifies the positions of the needle's rarest gram only. Needles shorter than a gram are scanned for, once.
     */
    private static final class GramIndex implements Occurrences {
        private static final int GRAM = 4;
        private final String text;
        private final int shift;
        private final int[] bucketStarts;
        private final int[] positions;
        private final Scan scan;
        private final Map<String, int[]> shortNeedles = new HashMap<>();

        GramIndex(String text) {
            this.text = text;
            this.scan = new Scan(text);
            int grams = Math.max(0, text.length() - GRAM + 1);
            int bits = Math.max(10, Math.min(22, 32 - Integer.numberOfLeadingZeros(grams)));
            shift = 64 - bits;
            int buckets = 1 << bits;
            bucketStarts = new int[buckets + 1];
            for (int i = 0; i < grams; i++) {
                bucketStarts[bucket(text, i)]++;
            }
            for (int b = 1; b < buckets; b++) {
                bucketStarts[b] += bucketStarts[b - 1];
            }
            bucketStarts[buckets] = grams;
            positions = new int[grams];
            for (int i = grams - 1; i >= 0; i--) {
                positions[--bucketStarts[bucket(text, i)]] = i;
            }
        }

        private int bucket(String s, int at) {
            long gram = (long) s.charAt(at) << 48 | (long) s.charAt(at + 1) << 32 | (long) s.charAt(at + 2) << 16
                    | s.charAt(at + 3);
            return (int) ((gram * 0x9E3779B97F4A7C15L) >>> shift);
        }

        @Override
        public int[] find(String needle) {
            if (needle.length() < GRAM) {
                return shortNeedles.computeIfAbsent(needle, scan::find);
            }
            int rarestOffset = 0;
            int rarestBucket = bucket(needle, 0);
            for (int i = 1; i + GRAM <= needle.length(); i++) {
                int b = bucket(needle, i);
                if (size(b) < size(rarestBucket)) {
                    rarestOffset = i;
                    rarestBucket = b;
                }
            }
            int[] found = new int[Math.min(8, size(rarestBucket))];
            int count = 0;
            for (int p = bucketStarts[rarestBucket]; p < bucketStarts[rarestBucket + 1]; p++) {
                int at = positions[p] - rarestOffset;
                if (at >= 0 && at + needle.length() <= text.length() && text.startsWith(needle, at)
                        && !Targets.splitsPair(text, at) && !Targets.splitsPair(text, at + needle.length())) {
                    if (count == found.length) {
                        found = Arrays.copyOf(found, Math.max(8, count * 2));
                    }
                    found[count++] = at;
                }
            }
            return Arrays.copyOf(found, count);
        }

        private int size(int bucket) {
            return bucketStarts[bucket + 1] - bucketStarts[bucket];
        }
    }
}
