package org.factdesk.store;

/** Small text helpers for messages. */
final class Texts {

    private Texts() {
    }

    /** The first 8 characters of an id followed by "…", enough to tell claims apart in a message. */
    static String shortId(String id) {
        if (id == null) {
            return "(no id)";
        }
        return id.length() <= 8 ? id : id.substring(0, 8) + "…";
    }
}
