package org.factdesk.service;

/** The user cancelled the work; everything it had done was rolled back or removed. */
public final class CancelledException extends ServiceException {

    private static final long serialVersionUID = 1L;

    public CancelledException() {
        super("Cancelled. Nothing was changed.");
    }
}
