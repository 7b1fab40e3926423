package org.factdesk.analysis.attributions;

/**
 * One segment of quoted words in a text: the content span (marks excluded), the opening and closing marks (-1 where a
 * segment has none: a quote still open at the end of its paragraph, or one cut by its speech verb), the index of its
 * paragraph, and the chain it belongs to when a quote runs over several paragraphs (-1 otherwise).
 */
record Quote(int start, int end, int openMark, int closeMark, int paragraph, int chain) {

    Quote withChain(int newChain) {
        return new Quote(start, end, openMark, closeMark, paragraph, newChain);
    }
}
