package org.factdesk.model;

/**
 * A stretch of a source text and the stretch of its translation that says the same (UTF-16 offsets, end exclusive);
 * one side is empty where a sentence was left out or added.
 */
public record AlignedSegment(int sourceStart, int sourceEnd, int targetStart, int targetEnd) {
}
