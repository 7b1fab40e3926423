package org.factdesk.service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.model.AuditEntry;
import org.factdesk.model.Claim;
import org.factdesk.model.Document;
import org.factdesk.model.Suggestion;
import org.factdesk.report.ClaimJson;
import org.factdesk.store.AuditLog;

/**
 * Records the changes of one user action in the audit log, inside that action's transaction: every entry shares the
 * action's id and time, so the action can later be shown and undone as a whole.
 */
final class AuditRecorder {

    private static final int FLUSH_EVERY = 1_000;

    private final AuditLog log;
    private final String actionId;
    private final Session session;
    private final Instant at;
    private final List<AuditEntry> pending = new ArrayList<>();

    AuditRecorder(AuditLog log, String actionId, Session session) {
        this.log = log;
        this.actionId = actionId;
        this.session = session;
        this.at = session.now();
    }

    String actionId() {
        return actionId;
    }

    /** The time of this action: every record it creates or changes carries it. */
    Instant at() {
        return at;
    }

    String author() {
        return session.author();
    }

    void documentAdded(Document document) {
        add("document.add", "document", document.id(), null, ClaimJson.toJson(document));
    }

    /** A document added by an undoable action: the snapshot keeps its text, so that redo can add it again. */
    void documentAddedUndoably(Document document) {
        add("document.add", "document", document.id(), null, ClaimJson.toJsonWithText(document));
    }

    /** A document removed by undoing its import; {@code before} is the snapshot its import recorded. */
    void documentDeleted(String documentId, String before) {
        add("document.delete", "document", documentId, before, null);
    }

    void claimAdded(Claim claim) {
        add("claim.add", "claim", claim.id(), null, ClaimJson.toJson(claim));
    }

    void claimUpdated(Claim before, Claim after) {
        add("claim.update", "claim", after.id(), ClaimJson.toJson(before), ClaimJson.toJson(after));
    }

    void claimDeleted(Claim before) {
        add("claim.delete", "claim", before.id(), ClaimJson.toJson(before), null);
    }

    void suggestionChanged(Suggestion before, Suggestion after) {
        add("suggestion.state", "suggestion", after.id(), ClaimJson.toJson(before), ClaimJson.toJson(after));
    }

    /** A change that is not a claim's: a translation's source, a dismissed review issue (JSON snapshots or null). */
    void changed(String action, String entity, String entityId, String before, String after) {
        add(action, entity, entityId, before, after);
    }

    private void add(String action, String entity, String entityId, String before, String after) {
        pending.add(new AuditEntry(0, actionId, at, session.author(), action, entity, entityId, before, after));
        if (pending.size() >= FLUSH_EVERY) {
            flush();
        }
    }

    void flush() {
        if (!pending.isEmpty()) {
            log.appendAll(List.copyOf(pending));
            pending.clear();
        }
    }
}
