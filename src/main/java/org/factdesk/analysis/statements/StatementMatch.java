package org.factdesk.analysis.statements;

/**
 * A sentence of a text with how much it deserves checking: [start, end) in UTF-16 offsets into the text, score in
 * [0, 1] (a factual, specific, verifiable claim about the world scores high).
 */
public record StatementMatch(int start, int end, double score) {
}
