package org.factdesk.ui.claims;

import org.factdesk.model.ClaimKind;
import org.factdesk.model.Suggestion;

/**
 * One row of the suggestions list: the header of a kind's group (with its count) or one suggestion of that group.
 *
 * @param suggestion {@code null} for a group header
 */
public record SuggestionRow(ClaimKind kind, Suggestion suggestion, int count) {

    static SuggestionRow header(ClaimKind kind, int count) {
        return new SuggestionRow(kind, null, count);
    }

    static SuggestionRow of(Suggestion suggestion) {
        return new SuggestionRow(suggestion.kind(), suggestion, 1);
    }

    public boolean isHeader() {
        return suggestion == null;
    }
}
