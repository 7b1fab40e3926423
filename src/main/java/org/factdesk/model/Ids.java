package org.factdesk.model;

import java.util.UUID;

/**
 * Creates the identifiers of documents and claims: random UUIDs, so that the work of two colleagues can be merged
 * without two different claims ever sharing an id.
 */
public final class Ids {

    private Ids() {
    }

    public static String newId() {
        return UUID.randomUUID().toString();
    }
}
