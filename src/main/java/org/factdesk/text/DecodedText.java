package org.factdesk.text;

import java.util.Objects;

/**
 * Text decoded from an article's bytes, before normalisation, and the name of the charset it was decoded with
 * ("UTF-8", "UTF-16LE", "windows-1252"…). A byte order mark is not part of {@code text}.
 */
public record DecodedText(String text, String charset) {

    public DecodedText {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(charset, "charset");
    }
}
