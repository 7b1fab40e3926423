package org.factdesk.ui.prefs;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** A typed preference: its key in the file, its default, and how it is written as text. */
public record Preference<T>(String key, T defaultValue, Function<String, T> parse, Function<T, String> format) {

    public static final Preference<String> THEME = text("theme", "light");
    public static final Preference<String> LANGUAGE = text("language", "");
    public static final Preference<Integer> TEXT_SIZE = number("textSize", 16);
    public static final Preference<String> LAST_PROJECT = text("lastProject", "");
    public static final Preference<List<String>> RECENT_PROJECTS = list("recentProjects");
    public static final Preference<String> LAST_EXPORT_FOLDER = text("lastExportFolder", "");
    public static final Preference<String> LAST_EXPORT_FORMAT = text("lastExportFormat", "json");
    /** The main window's geometry: x,y,width,height,maximised. */
    public static final Preference<String> WINDOW = text("window", "");

    public Preference {
        Objects.requireNonNull(key, "key");
    }

    static Preference<String> text(String key, String defaultValue) {
        return new Preference<>(key, defaultValue, Function.identity(), Function.identity());
    }

    static Preference<Integer> number(String key, int defaultValue) {
        return new Preference<>(key, defaultValue, Integer::valueOf, String::valueOf);
    }

    /** A list of paths or names, one per line (neither may contain a line break). */
    static Preference<List<String>> list(String key) {
        return new Preference<>(key, List.of(),
                value -> Arrays.stream(value.split("\n")).filter(s -> !s.isBlank()).toList(),
                values -> String.join("\n", values));
    }

    /** The stored text read as this preference's type, or the default when it cannot be read. */
    T read(String stored) {
        if (stored == null) {
            return defaultValue;
        }
        try {
            return parse.apply(stored);
        } catch (RuntimeException e) {
            return defaultValue;
        }
    }
}
