package org.factdesk.store;

/** A change was asked of a project that is open read-only; the message says why the project is read-only. */
public class ReadOnlyProjectException extends StoreException {

    public ReadOnlyProjectException(String message) {
        super(message);
    }
}
