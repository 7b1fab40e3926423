package org.factdesk.text;

import com.github.difflib.DiffUtils;
import com.github.difflib.patch.AbstractDelta;
import com.github.difflib.patch.Chunk;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The differences between two versions of a text, as the spans deleted from the old one and inserted in the new one.
 * Lines (paragraphs) are compared first; within a changed run of paragraphs, words are compared, so that an edited
 * sentence shows the words that changed rather than a whole paragraph swapped. Uses java-diff-utils (Myers).
 */
public final class TextDiff {

    /** Words, runs of white space, and single other characters: the units a word diff compares. */
    private static final Pattern TOKEN = Pattern.compile("\\w+|\\s+|[^\\w\\s]", Pattern.UNICODE_CHARACTER_CLASS);

    /** UTF-16 spans deleted from the old text and inserted in the new one, in order, adjacent spans joined. */
    public record Result(List<TextSpan> deleted, List<TextSpan> inserted) {
        public Result {
            deleted = List.copyOf(deleted);
            inserted = List.copyOf(inserted);
        }
    }

    private TextDiff() {
    }

    /** Compares two texts; see the class comment. */
    public static Result diff(String oldText, String newText) {
        Objects.requireNonNull(oldText, "oldText");
        Objects.requireNonNull(newText, "newText");
        Units oldLines = lines(oldText);
        Units newLines = lines(newText);
        Spans deleted = new Spans(oldText);
        Spans inserted = new Spans(newText);
        for (AbstractDelta<String> delta : DiffUtils.diff(oldLines.texts, newLines.texts).getDeltas()) {
            int[] from = oldLines.range(delta.getSource());
            int[] to = newLines.range(delta.getTarget());
            switch (delta.getType()) {
                case DELETE -> deleted.add(from[0], from[1]);
                case INSERT -> inserted.add(to[0], to[1]);
                case CHANGE -> words(oldText, from, newText, to, deleted, inserted);
                default -> {
                    // EQUAL deltas are not reported by DiffUtils.diff
                }
            }
        }
        return new Result(deleted.spans, inserted.spans);
    }

    private static void words(String oldText, int[] from, String newText, int[] to, Spans deleted, Spans inserted) {
        Units oldWords = tokens(oldText, from[0], from[1]);
        Units newWords = tokens(newText, to[0], to[1]);
        for (AbstractDelta<String> delta : DiffUtils.diff(oldWords.texts, newWords.texts).getDeltas()) {
            if (delta.getSource().size() > 0) {
                int[] range = oldWords.range(delta.getSource());
                deleted.add(range[0], range[1]);
            }
            if (delta.getTarget().size() > 0) {
                int[] range = newWords.range(delta.getTarget());
                inserted.add(range[0], range[1]);
            }
        }
    }

    /** Pieces of a text with where each starts, and where the last ends. */
    private static final class Units {
        final List<String> texts = new ArrayList<>();
        final List<Integer> starts = new ArrayList<>();
        final List<Integer> ends = new ArrayList<>();

        void add(String text, int start, int end) {
            texts.add(text.substring(start, end));
            starts.add(start);
            ends.add(end);
        }

        /** The UTF-16 span of a chunk of units; an empty chunk is an empty span where it would stand. */
        int[] range(Chunk<String> chunk) {
            int first = chunk.getPosition();
            if (chunk.size() == 0) {
                int at = first < starts.size() ? starts.get(first) : ends.isEmpty() ? 0 : ends.get(ends.size() - 1);
                return new int[] {at, at};
            }
            return new int[] {starts.get(first), ends.get(first + chunk.size() - 1)};
        }
    }

    /** The lines of a text, each without its line break (so a deleted paragraph does not take the next one's). */
    private static Units lines(String text) {
        Units lines = new Units();
        int start = 0;
        while (start <= text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines.add(text, start, end);
            start = end + 1;
        }
        return lines;
    }

    private static Units tokens(String text, int from, int to) {
        Units tokens = new Units();
        Matcher matcher = TOKEN.matcher(text).region(from, to);
        while (matcher.find()) {
            tokens.add(text, matcher.start(), matcher.end());
        }
        return tokens;
    }

    /**
     * Spans in order, each joined to the one before when only a few spaces or punctuation marks stand between them:
     * a diff that keeps a lone comma or space "equal" between two changed words reads as noise.
     */
    private static final class Spans {
        private static final int MAX_GAP = 3;
        final List<TextSpan> spans = new ArrayList<>();
        private final String text;

        Spans(String text) {
            this.text = text;
        }

        void add(int start, int end) {
            if (start >= end) {
                return;
            }
            TextSpan last = spans.isEmpty() ? null : spans.get(spans.size() - 1);
            if (last != null && (last.end() >= start || start - last.end() <= MAX_GAP
                    && text.substring(last.end(), start).codePoints().noneMatch(Character::isLetterOrDigit))) {
                spans.set(spans.size() - 1, new TextSpan(last.start(), Math.max(last.end(), end)));
            } else {
                spans.add(new TextSpan(start, end));
            }
        }
    }
}
