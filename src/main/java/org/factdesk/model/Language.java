package org.factdesk.model;

import java.util.Locale;
import java.util.Optional;

/** The languages Factdesk analyses; other text is kept as {@link #UNDETERMINED}. */
public enum Language {
    ES("es"),
    EN("en"),
    UNDETERMINED("und");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    /** The BCP 47 code used in files and on the command line. */
    public String code() {
        return code;
    }

    public static Optional<Language> fromCode(String code) {
        if (code == null) {
            return Optional.empty();
        }
        String wanted = code.trim().toLowerCase(Locale.ROOT);
        for (Language language : values()) {
            if (language.code.equals(wanted)) {
                return Optional.of(language);
            }
        }
        return Optional.empty();
    }
}
