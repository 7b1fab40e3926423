-- Version 2: the undo history. Each undoable user action (one action_id of the audit log) has a row; undo sets its
-- state to 'undone', redo back to 'done'. Undone rows always follow every done row in seq order, and a new action
-- removes them (they can no longer be redone). The audit log itself keeps everything, including the undos.
CREATE TABLE history (
    action_id TEXT PRIMARY KEY,
    seq       INTEGER NOT NULL UNIQUE,
    label     TEXT NOT NULL,
    state     TEXT NOT NULL CHECK (state IN ('done', 'undone'))
);
