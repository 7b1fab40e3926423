package org.factdesk.service;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.factdesk.model.AuditEntry;
import org.factdesk.model.Claim;
import org.factdesk.model.Document;
import org.factdesk.model.Suggestion;
import org.factdesk.report.ClaimJson;
import org.factdesk.store.ClaimStore;
import org.factdesk.store.SuggestionStore;
import org.factdesk.store.UndoHistory;

/**
 * Undo and redo of marks, edits, deletions and decisions on suggestions, across restarts: an action is reverted from the before-snapshots the
 * audit log kept of it, and repeated from its after-snapshots. Undo and redo are themselves recorded in the audit
 * log, so the history of the project stays complete.
 */
public final class HistoryService {

    /** Labels of the undoable actions. */
    static final String MARK = "claim.mark";
    static final String EDIT = "claim.edit";
    static final String DELETE = "claim.delete";
    static final String ACCEPT = "suggestion.accept";
    static final String ACCEPT_ALL = "suggestion.acceptAll";
    static final String REJECT = "suggestion.reject";
    static final String VERSION_IMPORT = "version.import";
    static final String REATTACH = "claim.reattach";
    static final String MERGE = "report.merge";

    private final Workspace workspace;

    HistoryService(Workspace workspace) {
        this.workspace = workspace;
    }

    /** What undo and redo would do now. */
    public HistoryState state() {
        UndoHistory history = workspace.store().history();
        return new HistoryState(history.nextUndo().map(UndoHistory.Item::label).orElse(null),
                history.nextRedo().map(UndoHistory.Item::label).orElse(null));
    }

    /**
     * Reverts the latest action done.
     *
     * @return the id of the document whose claims changed
     */
    public String undo() throws ServiceException {
        UndoHistory.Item item = workspace.store().history().nextUndo()
                .orElseThrow(() -> new ServiceException("There is nothing to undo."));
        List<AuditEntry> entries = new ArrayList<>(workspace.store().audit().forAction(item.actionId()));
        Collections.reverse(entries);
        return workspace.write(null, audit -> {
            String document = null;
            for (AuditEntry entry : entries) {
                document = revert(entry, audit);
            }
            workspace.store().history().setDone(item.actionId(), false);
            return document;
        });
    }

    /**
     * Repeats the action undone last.
     *
     * @return the id of the document whose claims changed
     */
    public String redo() throws ServiceException {
        UndoHistory.Item item = workspace.store().history().nextRedo()
                .orElseThrow(() -> new ServiceException("There is nothing to redo."));
        List<AuditEntry> entries = workspace.store().audit().forAction(item.actionId());
        return workspace.write(null, audit -> {
            String document = null;
            for (AuditEntry entry : entries) {
                document = repeat(entry, audit);
            }
            workspace.store().history().setDone(item.actionId(), true);
            return document;
        });
    }

    private String revert(AuditEntry entry, AuditRecorder audit) {
        ClaimStore claims = workspace.store().claims();
        switch (entry.action()) {
            case "claim.add" -> {
                Claim added = ClaimJson.fromJson(entry.after());
                claims.find(added.id()).ifPresent(current -> {
                    claims.delete(current.id());
                    audit.claimDeleted(current);
                });
                return added.documentId();
            }
            case "claim.update" -> {
                Claim before = ClaimJson.fromJson(entry.before());
                claims.find(before.id()).ifPresentOrElse(current -> {
                    claims.update(before);
                    audit.claimUpdated(current, before);
                }, () -> {
                    claims.insert(before);
                    audit.claimAdded(before);
                });
                return before.documentId();
            }
            case "claim.delete" -> {
                Claim deleted = ClaimJson.fromJson(entry.before());
                if (claims.find(deleted.id()).isEmpty()) {
                    claims.insert(deleted);
                    audit.claimAdded(deleted);
                }
                return deleted.documentId();
            }
            case "suggestion.state" -> {
                return restoreSuggestion(ClaimJson.suggestionStateFromJson(entry.before()), audit);
            }
            case "document.add" -> {
                // its claims were reverted before it (entries are reverted last first), so none goes with it
                workspace.store().documents().delete(entry.entityId());
                workspace.documents().forget(entry.entityId());
                audit.documentDeleted(entry.entityId(), entry.after());
                // the window then shows the version the claims went back to
                return ClaimJson.documentFromJson(entry.after()).previousVersionId();
            }
            default -> throw new IllegalStateException("Cannot undo '" + entry.action() + "'");
        }
    }

    private String repeat(AuditEntry entry, AuditRecorder audit) {
        ClaimStore claims = workspace.store().claims();
        switch (entry.action()) {
            case "claim.add" -> {
                Claim added = ClaimJson.fromJson(entry.after());
                if (claims.find(added.id()).isEmpty()) {
                    claims.insert(added);
                    audit.claimAdded(added);
                }
                return added.documentId();
            }
            case "claim.update" -> {
                Claim after = ClaimJson.fromJson(entry.after());
                claims.find(after.id()).ifPresent(current -> {
                    claims.update(after);
                    audit.claimUpdated(current, after);
                });
                return after.documentId();
            }
            case "claim.delete" -> {
                Claim deleted = ClaimJson.fromJson(entry.before());
                claims.find(deleted.id()).ifPresent(current -> {
                    claims.delete(current.id());
                    audit.claimDeleted(current);
                });
                return deleted.documentId();
            }
            case "suggestion.state" -> {
                return restoreSuggestion(ClaimJson.suggestionStateFromJson(entry.after()), audit);
            }
            case "document.add" -> {
                Document added = ClaimJson.documentFromJson(entry.after());
                if (workspace.store().documents().find(added.id()).isEmpty()) {
                    workspace.store().documents().insert(added);
                    audit.documentAddedUndoably(added);
                }
                return added.id();
            }
            default -> throw new IllegalStateException("Cannot redo '" + entry.action() + "'");
        }
    }

    /** Puts a suggestion back in the state a snapshot recorded (pending again on undo, accepted again on redo). */
    private String restoreSuggestion(ClaimJson.SuggestionStateSnapshot wanted, AuditRecorder audit) {
        SuggestionStore suggestions = workspace.store().suggestions();
        suggestions.find(wanted.id()).ifPresent(current -> {
            Suggestion restored = current.withState(wanted.state(), wanted.claimId());
            if (!restored.equals(current)) {
                suggestions.setState(current.id(), wanted.state(), wanted.claimId());
                audit.suggestionChanged(current, restored);
            }
        });
        return wanted.documentId();
    }
}
