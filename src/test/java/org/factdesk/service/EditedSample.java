package org.factdesk.service;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.factdesk.model.Paragraph;
import org.factdesk.text.TextSpan;

/**
 * A new version of the sample article made by known edits (sentences inserted, words changed, a paragraph deleted),
 * and where every old offset lands in it, worked out from the edits alone: the oracle the re-anchoring is checked
 * against.
 */
final class EditedSample {

    /** Replaces old text [start, start + length) by {@code replacement}. */
    record Edit(int start, int length, String replacement) {
        int end() {
            return start + length;
        }

        int delta() {
            return replacement.length() - length;
        }
    }

    private final String oldText;
    private final List<Edit> edits = new ArrayList<>();

    EditedSample(String oldText) {
        this.oldText = oldText;
    }

    EditedSample insert(int at, String text) {
        edits.add(new Edit(at, 0, text));
        return this;
    }

    /** Replaces the first occurrence of {@code word} at or after {@code from}. */
    EditedSample replace(int from, String word, String replacement) {
        int at = oldText.indexOf(word, from);
        if (at < 0) {
            throw new IllegalArgumentException("No '" + word + "' after " + from);
        }
        edits.add(new Edit(at, word.length(), replacement));
        return this;
    }

    /** Deletes a paragraph with the line breaks after it, up to the next paragraph. */
    EditedSample deleteParagraph(List<Paragraph> paragraphs, int index) {
        Paragraph paragraph = paragraphs.get(index);
        int end = index + 1 < paragraphs.size() ? paragraphs.get(index + 1).start() : oldText.length();
        edits.add(new Edit(paragraph.start(), end - paragraph.start(), ""));
        return this;
    }

    String newText() {
        StringBuilder out = new StringBuilder();
        int at = 0;
        for (Edit edit : sorted()) {
            out.append(oldText, at, edit.start()).append(edit.replacement());
            at = edit.end();
        }
        return out.append(oldText.substring(at)).toString();
    }

    /** What should become of a claim on the old span: a status, and for a claim that keeps its text its new start. */
    record Expected(ClaimPlacement.Status status, int newStart) {
    }

    Expected expect(TextSpan span) {
        int shift = 0;
        for (Edit edit : sorted()) {
            boolean touches = edit.length() == 0 ? edit.start() > span.start() && edit.start() < span.end()
                    : edit.start() < span.end() && span.start() < edit.end();
            if (touches && edit.start() <= span.start() && edit.end() >= span.end() && edit.length() > 0) {
                return new Expected(ClaimPlacement.Status.ORPHANED, -1);
            }
            if (touches) {
                return new Expected(ClaimPlacement.Status.CHANGED, -1);
            }
            if (edit.start() <= span.start()) {
                shift += edit.delta();
            }
        }
        return new Expected(shift == 0 ? ClaimPlacement.Status.UNCHANGED : ClaimPlacement.Status.MOVED,
                span.start() + shift);
    }

    private List<Edit> sorted() {
        return edits.stream().sorted(Comparator.comparingInt(Edit::start)).toList();
    }
}
