package org.factdesk.service;

/**
 * A use case could not be carried out because of the user's input or the state of their files. The message is meant
 * for the user as it is: one line saying what went wrong, where, and what to do. Nothing was changed.
 */
public class ServiceException extends Exception {

    private static final long serialVersionUID = 1L;

    public ServiceException(String message) {
        super(message);
    }

    public ServiceException(String message, Throwable cause) {
        super(message, cause);
    }
}
