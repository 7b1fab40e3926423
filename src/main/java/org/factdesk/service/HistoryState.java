package org.factdesk.service;

/**
 * What undo and redo would do now: the label of the action each would revert or repeat (a stable id such as
 * "claim.mark", which the window translates), or {@code null} when there is none.
 */
public record HistoryState(String undoLabel, String redoLabel) {

    public static final HistoryState EMPTY = new HistoryState(null, null);

    public boolean canUndo() {
        return undoLabel != null;
    }

    public boolean canRedo() {
        return redoLabel != null;
    }
}
