package org.factdesk.analysis.attributions;

import org.factdesk.model.Attribution;

/**
 * An attribution found in a text: [start, end) is the quoted or reported content (UTF-16 offsets into the text, quote
 * marks excluded) and the attribution says who said it.
 */
public record AttributionMatch(int start, int end, Attribution attribution) {
}
