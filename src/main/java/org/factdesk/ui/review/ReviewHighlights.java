package org.factdesk.ui.review;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import org.factdesk.model.ReviewIssue;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** The style spans of the review's texts: a pure function of the text length, the issues and the selection. */
final class ReviewHighlights {

    private ReviewHighlights() {
    }

    /** Each issue styled by severity ("review-error"…), the selected one also "review-selected". */
    static StyleSpans<Collection<String>> translation(int length, List<ReviewIssue> issues, ReviewIssue selected) {
        List<Mark> marks = new ArrayList<>(issues.size() + 1);
        for (ReviewIssue issue : issues) {
            marks.add(new Mark(issue.start(), Math.max(issue.end(), issue.start() + 1),
                    "review-" + issue.severity().id()));
        }
        if (selected != null) {
            marks.add(new Mark(selected.start(), Math.max(selected.end(), selected.start() + 1), "review-selected"));
        }
        return spans(length, marks);
    }

    /** The source's stretch aligned with the selected issue. */
    static StyleSpans<Collection<String>> source(int length, int start, int end) {
        return spans(length, start < end ? List.of(new Mark(start, end, "review-aligned")) : List.of());
    }

    private record Mark(int start, int end, String style) {
    }

    /** Sweeps the marks' boundaries once; overlapping marks give a span with every style. */
    private static StyleSpans<Collection<String>> spans(int length, List<Mark> marks) {
        TreeMap<Integer, List<Mark>> starts = new TreeMap<>();
        TreeMap<Integer, Integer> cuts = new TreeMap<>();
        cuts.put(0, 0);
        cuts.put(length, 0);
        for (Mark mark : marks) {
            int start = Math.min(mark.start(), length);
            int end = Math.min(mark.end(), length);
            if (start < end) {
                starts.computeIfAbsent(start, k -> new ArrayList<>()).add(mark);
                cuts.put(start, 0);
                cuts.put(end, 0);
            }
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        List<Mark> open = new ArrayList<>();
        Integer previous = null;
        for (int cut : cuts.keySet()) {
            if (previous != null && cut > previous) {
                int from = previous;
                open.removeIf(m -> m.end() <= from);
                List<String> styles = new ArrayList<>();
                open.forEach(m -> {
                    if (!styles.contains(m.style())) {
                        styles.add(m.style());
                    }
                });
                if (!styles.isEmpty()) {
                    styles.add(0, "review-issue");
                }
                builder.add(styles, cut - previous);
            }
            open.addAll(starts.getOrDefault(cut, List.of()));
            previous = cut;
        }
        if (length == 0) {
            builder.add(List.of(), 0);
        }
        return builder.create();
    }
}
