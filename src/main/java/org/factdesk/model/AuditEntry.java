package org.factdesk.model;

import java.time.Instant;

/**
 * One recorded change to a project. All entries of one user action share an {@code actionId}, so the action can be
 * undone as a whole. {@code before} and {@code after} are JSON snapshots of the entity ({@code null} when it did not
 * exist before or does not exist after).
 *
 * @param sequence the order of the change in the project, from 1
 * @param action what was done, as a stable id ("claim.add", "claim.update", "document.import")
 * @param entity what it was done to ("claim", "document")
 */
public record AuditEntry(
        long sequence,
        String actionId,
        Instant at,
        String author,
        String action,
        String entity,
        String entityId,
        String before,
        String after) {
}
