package org.factdesk.text;

/** A span of a text in UTF-16 chars: {@code start} inclusive, {@code end} exclusive. */
public record TextSpan(int start, int end) {
}
