package org.factdesk.ui.prefs;

/** The user's settings for the window (theme, language, recent projects...), behind an interface for tests. */
public interface Preferences {

    <T> T get(Preference<T> preference);

    <T> void put(Preference<T> preference, T value);
}
