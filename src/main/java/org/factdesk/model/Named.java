package org.factdesk.model;

import java.util.Optional;
import java.util.function.Function;

/** Looks up an enum constant by the name it has in files and on the command line. */
final class Named {

    private Named() {
    }

    static <E> Optional<E> find(E[] values, Function<E, String> name, String wanted) {
        if (wanted == null) {
            return Optional.empty();
        }
        for (E value : values) {
            if (name.apply(value).equals(wanted)) {
                return Optional.of(value);
            }
        }
        return Optional.empty();
    }
}
