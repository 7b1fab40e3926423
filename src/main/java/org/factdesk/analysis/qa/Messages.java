package org.factdesk.analysis.qa;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * The issue messages of one UI language, from the {@code messages} bundles next to this class. Not thread-safe:
 * one instance serves one run of the checks.
 */
final class Messages {

    static final String BUNDLE = "org.factdesk.analysis.qa.messages";

    private final ResourceBundle bundle;
    private final Locale locale;
    private final java.util.Map<String, MessageFormat> formats = new java.util.HashMap<>();

    Messages(Locale locale) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
        this.bundle = ResourceBundle.getBundle(BUNDLE, this.locale,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
    }

    /** The message under a key, its placeholders filled; the key itself if the bundle lacks it. */
    String format(String key, Object... arguments) {
        String pattern;
        try {
            pattern = bundle.getString(key);
        } catch (MissingResourceException e) {
            return key;
        }
        return formats.computeIfAbsent(key, k -> new MessageFormat(pattern, locale)).format(arguments);
    }
}
