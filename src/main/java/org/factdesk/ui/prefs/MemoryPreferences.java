package org.factdesk.ui.prefs;

import java.util.HashMap;
import java.util.Map;

/** Preferences that live only as long as the program: for tests, which must never touch the user's own. */
public final class MemoryPreferences implements Preferences {

    private final Map<String, String> values = new HashMap<>();

    @Override
    public <T> T get(Preference<T> preference) {
        return preference.read(values.get(preference.key()));
    }

    @Override
    public <T> void put(Preference<T> preference, T value) {
        values.put(preference.key(), preference.format().apply(value));
    }
}
