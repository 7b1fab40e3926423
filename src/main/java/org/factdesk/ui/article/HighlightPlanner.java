package org.factdesk.ui.article;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Suggestion;
import org.factdesk.model.Target;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/**
 * The article's highlights as a pure function (RichTextFX's "highlights are a function of the text"): for one
 * paragraph, the claims, the pending suggestions, the selected claim or suggestion, the find matches and the flashing
 * one give the style classes of each run of its text. No nodes here, so it is tested with tables and the view only
 * applies what it returns.
 */
public final class HighlightPlanner {

    public static final String CLAIM = "claim";
    public static final String OVERLAP = "overlap";
    public static final String SELECTED = "selected";
    public static final String FIND_MATCH = "find-match";
    public static final String FLASH = "flash";
    /** A pending suggestion: dashed, in its kind's colour, next to {@code suggestion-<kind>}. */
    public static final String SUGGESTION = "suggestion";

    private HighlightPlanner() {
    }

    /** A find match or any other span, {@code start} inclusive and {@code end} exclusive, in UTF-16 chars. */
    public record Range(int start, int end) {
        public Range {
            if (start < 0 || end < start) {
                throw new IllegalArgumentException("Invalid range [" + start + ", " + end + ")");
            }
        }
    }

    /** What the highlights depend on besides the claims: the selected and flashing claim ids (or null). */
    public record Marks(String selectedId, String flashId) {
        public static final Marks NONE = new Marks(null, null);
    }

    /** The style class of a kind, e.g. {@code claim-figure}. */
    public static String kindClass(ClaimKind kind) {
        return "claim-" + kind.id();
    }

    /** The style class of a suggestion's kind, e.g. {@code suggestion-figure}. */
    public static String suggestionClass(ClaimKind kind) {
        return "suggestion-" + kind.id();
    }

    /**
     * The style runs of the paragraph [{@code start}, {@code end}) of the text, relative to its start; they add up to
     * its length (one empty run for an empty paragraph). Claims and matches may lie partly or wholly outside it.
     */
    public static StyleSpans<Collection<String>> plan(int start, int end, List<Claim> claims, List<Range> matches,
            Marks marks) {
        return plan(start, end, claims, List.of(), matches, marks);
    }

    /**
     * As {@link #plan(int, int, List, List, Marks)}, with pending suggestions too: they get {@link #SUGGESTION} and
     * their kind's {@link #suggestionClass}; a selected or flashing suggestion is marked like a claim.
     */
    public static StyleSpans<Collection<String>> plan(int start, int end, List<Claim> claims,
            List<Suggestion> suggestions, List<Range> matches, Marks marks) {
        if (end < start) {
            throw new IllegalArgumentException("Invalid paragraph [" + start + ", " + end + ")");
        }
        List<Claim> inside = new ArrayList<>();
        for (Claim claim : claims) {
            if (Math.max(claim.target().start(), start) < Math.min(claim.target().end(), end)) {
                inside.add(claim);
            }
        }
        List<Suggestion> proposed = new ArrayList<>();
        for (Suggestion suggestion : suggestions) {
            if (Math.max(suggestion.target().start(), start) < Math.min(suggestion.target().end(), end)) {
                proposed.add(suggestion);
            }
        }
        List<Range> found = new ArrayList<>();
        for (Range match : matches) {
            if (Math.max(match.start(), start) < Math.min(match.end(), end)) {
                found.add(match);
            }
        }
        StyleSpansBuilder<Collection<String>> spans = new StyleSpansBuilder<>();
        if (inside.isEmpty() && proposed.isEmpty() && found.isEmpty()) {
            spans.add(Collections.emptyList(), end - start);
            return spans.create();
        }
        int[] cuts = new int[2 + 2 * inside.size() + 2 * proposed.size() + 2 * found.size()];
        int n = 0;
        cuts[n++] = start;
        cuts[n++] = end;
        for (Claim claim : inside) {
            cuts[n++] = clamp(claim.target().start(), start, end);
            cuts[n++] = clamp(claim.target().end(), start, end);
        }
        for (Suggestion suggestion : proposed) {
            cuts[n++] = clamp(suggestion.target().start(), start, end);
            cuts[n++] = clamp(suggestion.target().end(), start, end);
        }
        for (Range match : found) {
            cuts[n++] = clamp(match.start(), start, end);
            cuts[n++] = clamp(match.end(), start, end);
        }
        Arrays.sort(cuts);
        List<String> pending = null;
        int pendingLength = 0;
        for (int i = 0; i + 1 < cuts.length; i++) {
            int from = cuts[i];
            int to = cuts[i + 1];
            if (from == to) {
                continue;
            }
            List<String> classes = classesAt(from, inside, proposed, found, marks);
            if (pending != null && pending.equals(classes)) {
                pendingLength += to - from;
            } else {
                if (pending != null) {
                    spans.add(pending, pendingLength);
                }
                pending = classes;
                pendingLength = to - from;
            }
        }
        spans.add(pending == null ? Collections.emptyList() : pending, pendingLength);
        return spans.create();
    }

    /** The classes of the chars from {@code offset} to the next cut: every covering claim stays visible. */
    private static List<String> classesAt(int offset, List<Claim> claims, List<Suggestion> suggestions,
            List<Range> matches, Marks marks) {
        boolean[] kinds = new boolean[ClaimKind.values().length];
        List<String> verdicts = new ArrayList<>(2);
        int covering = 0;
        boolean selected = false;
        boolean flash = false;
        for (Claim claim : claims) {
            if (claim.target().start() <= offset && offset < claim.target().end()) {
                covering++;
                kinds[claim.kind().ordinal()] = true;
                String verdict = "verdict-" + claim.verdict().id();
                if (!verdicts.contains(verdict)) {
                    verdicts.add(verdict);
                }
                selected |= Objects.equals(claim.id(), marks.selectedId());
                flash |= Objects.equals(claim.id(), marks.flashId());
            }
        }
        boolean match = false;
        for (Range range : matches) {
            if (range.start() <= offset && offset < range.end()) {
                match = true;
                break;
            }
        }
        List<String> classes = new ArrayList<>(6);
        if (covering > 0) {
            classes.add(CLAIM);
            for (ClaimKind kind : ClaimKind.values()) {
                if (kinds[kind.ordinal()]) {
                    classes.add(kindClass(kind));
                }
            }
            Collections.sort(verdicts);
            classes.addAll(verdicts);
            if (covering > 1) {
                classes.add(OVERLAP);
            }
        }
        boolean[] suggested = new boolean[ClaimKind.values().length];
        boolean anySuggested = false;
        for (Suggestion suggestion : suggestions) {
            if (suggestion.target().start() <= offset && offset < suggestion.target().end()) {
                anySuggested = true;
                suggested[suggestion.kind().ordinal()] = true;
                selected |= Objects.equals(suggestion.id(), marks.selectedId());
                flash |= Objects.equals(suggestion.id(), marks.flashId());
            }
        }
        if (anySuggested) {
            classes.add(SUGGESTION);
            for (ClaimKind kind : ClaimKind.values()) {
                if (suggested[kind.ordinal()]) {
                    classes.add(suggestionClass(kind));
                }
            }
        }
        if (selected) {
            classes.add(SELECTED);
        }
        if (match) {
            classes.add(FIND_MATCH);
        }
        if (flash) {
            classes.add(FLASH);
        }
        return classes.isEmpty() ? Collections.emptyList() : List.copyOf(classes);
    }

    private static int clamp(int value, int low, int high) {
        return Math.max(low, Math.min(high, value));
    }

    /**
     * The claims of a list in document order (sorted by start) that overlap [{@code start}, {@code end}), found by
     * binary search: none starts more than {@code longest} chars before the range and still reaches it.
     */
    public static List<Claim> overlapping(List<Claim> byStart, int longest, int start, int end) {
        return overlapping(byStart, Claim::target, longest, start, end);
    }

    /** As {@link #overlapping(List, int, int, int)}, for suggestions. */
    public static List<Suggestion> overlappingSuggestions(List<Suggestion> byStart, int longest, int start,
            int end) {
        return overlapping(byStart, Suggestion::target, longest, start, end);
    }

    private static <T> List<T> overlapping(List<T> byStart, Function<T, Target> target, int longest, int start,
            int end) {
        int low = 0;
        int high = byStart.size();
        int from = start - longest;
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (target.apply(byStart.get(mid)).start() < from) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        List<T> found = new ArrayList<>();
        for (int i = low; i < byStart.size(); i++) {
            Target span = target.apply(byStart.get(i));
            if (span.start() >= end) {
                break;
            }
            if (Math.max(span.start(), start) < Math.min(span.end(), end)) {
                found.add(byStart.get(i));
            }
        }
        return found;
    }

    /** The ranges of a sorted, non-overlapping list that overlap [{@code start}, {@code end}). */
    public static List<Range> overlappingRanges(List<Range> sorted, int start, int end) {
        int low = 0;
        int high = sorted.size();
        while (low < high) {
            int mid = (low + high) >>> 1;
            if (sorted.get(mid).end() <= start) {
                low = mid + 1;
            } else {
                high = mid;
            }
        }
        List<Range> found = new ArrayList<>();
        for (int i = low; i < sorted.size() && sorted.get(i).start() < end; i++) {
            found.add(sorted.get(i));
        }
        return found;
    }
}
