package org.factdesk.analysis.qa;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds the quotations of one paragraph: which mark opens each, where it closes (if it does), how deep it is nested,
 * and the closing marks that close nothing. Single quotes are left out: ’ is far more often an apostrophe.
 */
final class Quotes {

    enum Style {
        GUILLEMET('«', '»'), CURLY('“', '”'), STRAIGHT('"', '"');

        final char open;
        final char close;

        Style(char open, char close) {
            this.open = open;
            this.close = close;
        }
    }

    /** One quotation: {@code close} is the index of its closing mark, or -1 when it is never closed. */
    record Quote(Style style, int open, int close, int depth, boolean continued) {
    }

    record Parsed(List<Quote> quotes, List<Integer> strayClosers) {
    }

    /** What a paragraph without a double quote mark holds: most paragraphs. */
    private static final Parsed NONE = new Parsed(List.of(), List.of());

    private Quotes() {
    }

    /** Parses text[start, end); {@code continuesNext} says whether the next paragraph opens a continued quotation. */
    static Parsed parse(String text, int start, int end) {
        int first = start;
        while (first < end && styleOf(text.charAt(first)) == null) {
            first++;
        }
        if (first == end) {
            return NONE;
        }
        List<Quote> quotes = new ArrayList<>();
        List<Integer> stray = new ArrayList<>();
        List<int[]> stack = new ArrayList<>(); // {style ordinal, open index}
        for (int i = first; i < end; i++) {
            char c = text.charAt(i);
            Style style = styleOf(c);
            if (style == null) {
                continue;
            }
            boolean opener;
            if (style == Style.STRAIGHT) {
                opener = !hasOpen(stack, Style.STRAIGHT);
            } else if (c == '»' && i == start && i + 1 < end && TextModel.isSpace(text.charAt(i + 1))) {
                opener = true; // Spanish mark of a quotation continued from the paragraph before
            } else if (c == '„') {
                opener = true;
            } else {
                opener = c == style.open;
            }
            if (opener) {
                stack.add(new int[] {style.ordinal(), i});
                continue;
            }
            int k = stack.size() - 1;
            while (k >= 0 && stack.get(k)[0] != style.ordinal()) {
                k--;
            }
            if (k < 0) {
                stray.add(i);
                continue;
            }
            while (stack.size() - 1 > k) {
                int[] unclosed = stack.remove(stack.size() - 1);
                quotes.add(new Quote(Style.values()[unclosed[0]], unclosed[1], -1, stack.size(), false));
            }
            int[] matched = stack.remove(k);
            quotes.add(new Quote(style, matched[1], i, k, false));
        }
        boolean continues = continuesNext(text, end);
        for (int k = stack.size() - 1; k >= 0; k--) {
            int[] unclosed = stack.get(k);
            quotes.add(new Quote(Style.values()[unclosed[0]], unclosed[1], -1, k, k == 0 && continues));
        }
        quotes.sort((a, b) -> Integer.compare(a.open(), b.open()));
        return new Parsed(quotes, stray);
    }

    /** Whether the next non-blank line starts with an opening quote mark (a quotation running over paragraphs). */
    private static boolean continuesNext(String text, int end) {
        int i = end;
        while (i < text.length() && TextModel.isSpace(text.charAt(i))) {
            i++;
        }
        if (i >= text.length() || i == end) {
            return false;
        }
        char c = text.charAt(i);
        return c == '«' || c == '“' || c == '"' || c == '»' || c == '„';
    }

    private static boolean hasOpen(List<int[]> stack, Style style) {
        for (int[] entry : stack) {
            if (entry[0] == style.ordinal()) {
                return true;
            }
        }
        return false;
    }

    static Style styleOf(char c) {
        return switch (c) {
            case '«', '»' -> Style.GUILLEMET;
            case '“', '”', '„' -> Style.CURLY;
            case '"' -> Style.STRAIGHT;
            default -> null;
        };
    }
}
