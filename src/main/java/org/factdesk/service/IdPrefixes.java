package org.factdesk.service;

import java.util.List;

/** Lets users type the start of an id, as with git commits, as long as it names one thing. */
final class IdPrefixes {

    static final int MIN_LENGTH = 4;

    private IdPrefixes() {
    }

    static String resolve(String what, String typed, List<String> matches, String hint) throws ServiceException {
        if (typed == null || typed.isBlank()) {
            throw new ServiceException("No " + what + " id given. " + hint);
        }
        if (matches.contains(typed)) {
            return typed;
        }
        if (typed.length() < MIN_LENGTH) {
            throw new ServiceException("The " + what + " id " + typed + " is too short: give at least "
                    + MIN_LENGTH + " characters. " + hint);
        }
        if (matches.isEmpty()) {
            throw new ServiceException("No " + what + " with id " + typed + " in this project. " + hint);
        }
        if (matches.size() > 1) {
            throw new ServiceException("The " + what + " id " + typed + " is ambiguous (" + matches.size()
                    + " match): give more characters.");
        }
        return matches.get(0);
    }
}
