package org.factdesk.ui;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.StringBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

/**
 * The window's strings, in English or Spanish, from resource bundles with dotted keys. Each part of the window has
 * its own bundle (listed in {@link #BUNDLES}); the language can change while the window is open, and texts bound
 * with {@link #bind} follow.
 */
public final class I18n {

    /** Every bundle of the window; LocalizationConsistencyTest checks each key exists in English and Spanish. */
    public static final List<String> BUNDLES = List.of(
            "org.factdesk.ui.messages",
            "org.factdesk.ui.article.messages",
            "org.factdesk.ui.claims.messages",
            "org.factdesk.ui.versions.messages",
            "org.factdesk.ui.export.messages",
            "org.factdesk.ui.review.messages");

    /** The languages the window speaks. */
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.forLanguageTag("es"));

    private final ObjectProperty<Locale> locale = new SimpleObjectProperty<>();
    private List<ResourceBundle> bundles = List.of();
    private Locale loaded;

    public I18n(Locale initial) {
        locale.set(supported(initial));
    }

    /**
     * The bundles of the current locale, loaded when first asked for after a change: listeners of
     * {@link #localeProperty()} may run in any order, and each must already see the new language.
     */
    private List<ResourceBundle> bundles() {
        Locale now = locale.get();
        if (!now.equals(loaded)) {
            bundles = load(now);
            loaded = now;
        }
        return bundles;
    }

    /** The supported locale closest to the one asked for: Spanish for any Spanish, English otherwise. */
    public static Locale supported(Locale wanted) {
        return wanted != null && "es".equals(wanted.getLanguage()) ? LOCALES.get(1) : LOCALES.get(0);
    }

    private static List<ResourceBundle> load(Locale locale) {
        List<ResourceBundle> loaded = new ArrayList<>();
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        for (String name : BUNDLES) {
            loaded.add(ResourceBundle.getBundle(name, locale, I18n.class.getClassLoader(), noFallback));
        }
        return loaded;
    }

    /** The window's language; set it to a supported locale (see {@link #supported}). */
    public ObjectProperty<Locale> localeProperty() {
        return locale;
    }

    public Locale locale() {
        return locale.get();
    }

    /** The text for a key, with {@link MessageFormat} arguments; a missing key shows as {@code !key!}. */
    public String get(String key, Object... args) {
        for (ResourceBundle bundle : bundles()) {
            if (bundle.containsKey(key)) {
                String pattern = bundle.getString(key);
                return args.length == 0 ? pattern : new MessageFormat(pattern, locale()).format(args);
            }
        }
        return "!" + key + "!";
    }

    /** A text that follows the language as it changes. */
    public StringBinding bind(String key, Object... args) {
        return Bindings.createStringBinding(() -> get(key, args), locale);
    }

    /** Every key of every bundle in this locale (for tests). */
    public Set<String> keys() {
        Set<String> keys = new TreeSet<>();
        bundles().forEach(bundle -> keys.addAll(bundle.keySet()));
        return keys;
    }

    static void requireBundles() {
        for (Locale locale : LOCALES) {
            try {
                load(locale);
            } catch (MissingResourceException e) {
                throw new IllegalStateException("Missing bundle for " + locale, e);
            }
        }
    }
}
