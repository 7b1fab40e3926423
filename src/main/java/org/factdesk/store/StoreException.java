package org.factdesk.store;

/**
 * A project file could not be read or written. The message is one sentence for the user, saying what was being
 * done, in which file and why ("Unable to save claim 3f2a9c1e… in /home/ana/p.factdesk: the disk is full.").
 */
public class StoreException extends RuntimeException {

    public StoreException(String message) {
        super(message);
    }

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
