package org.factdesk.model;

/**
 * One paragraph of a document's normalised text: {@code start} inclusive, {@code end} exclusive, in UTF-16 chars of
 * {@link Document#text()}, without the line break that ends it. {@code index} counts from 0.
 */
public record Paragraph(int index, int start, int end) {

    public Paragraph {
        if (index < 0 || start < 0 || end < start) {
            throw new IllegalArgumentException("Invalid paragraph " + index + " [" + start + ", " + end + ")");
        }
    }

    public boolean contains(int offset) {
        return offset >= start && offset < end;
    }
}
