package org.factdesk.ui.versions;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.TreeMap;
import java.util.TreeSet;
import org.factdesk.service.VersionComparison.Span;
import org.fxmisc.richtext.model.StyleSpans;
import org.fxmisc.richtext.model.StyleSpansBuilder;

/** The style classes of one side of the versions view: a pure function of the diff spans and the selected claim. */
final class VersionStyles {

    private VersionStyles() {
    }

    /**
     * Style spans over a text of {@code length} chars: {@code diffClass} on each diff span, {@code claim-shown} on the
     * selected claim's span (which may overlap them), nothing elsewhere.
     */
    static StyleSpans<Collection<String>> plan(int length, List<Span> diff, String diffClass, Span claim) {
        TreeMap<Integer, List<String[]>> edges = new TreeMap<>();
        List<Span> all = new ArrayList<>(diff);
        List<String> classes = new ArrayList<>();
        diff.forEach(span -> classes.add(diffClass));
        if (claim != null) {
            all.add(claim);
            classes.add("claim-shown");
        }
        for (int i = 0; i < all.size(); i++) {
            Span span = all.get(i);
            int start = Math.max(0, Math.min(length, span.start()));
            int end = Math.max(start, Math.min(length, span.end()));
            if (start < end) {
                edges.computeIfAbsent(start, k -> new ArrayList<>()).add(new String[] {"+", classes.get(i)});
                edges.computeIfAbsent(end, k -> new ArrayList<>()).add(new String[] {"-", classes.get(i)});
            }
        }
        StyleSpansBuilder<Collection<String>> builder = new StyleSpansBuilder<>();
        List<String> open = new ArrayList<>();
        int at = 0;
        for (var edge : edges.entrySet()) {
            if (edge.getKey() > at) {
                builder.add(new TreeSet<>(open), edge.getKey() - at);
                at = edge.getKey();
            }
            for (String[] change : edge.getValue()) {
                if (change[0].equals("+")) {
                    open.add(change[1]);
                } else {
                    open.remove(change[1]);
                }
            }
        }
        builder.add(new TreeSet<>(open), Math.max(0, length - at));
        return builder.create();
    }
}
