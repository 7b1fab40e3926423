package org.factdesk.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.factdesk.ui.prefs.Preference;
import org.factdesk.ui.prefs.Preferences;

/** The File menu's recent projects: newest first, at most {@link #LIMIT}, files that have gone are dropped. */
final class RecentProjects {

    static final int LIMIT = 8;

    private final Preferences preferences;

    RecentProjects(Preferences preferences) {
        this.preferences = preferences;
    }

    List<Path> list() {
        return preferences.get(Preference.RECENT_PROJECTS).stream().map(Path::of).toList();
    }

    /** Puts the project first (and makes it the one reopened at the next start). */
    void remember(Path file) {
        String path = file.toAbsolutePath().normalize().toString();
        List<String> recent = new ArrayList<>(preferences.get(Preference.RECENT_PROJECTS));
        recent.remove(path);
        recent.add(0, path);
        preferences.put(Preference.RECENT_PROJECTS, List.copyOf(recent.subList(0, Math.min(LIMIT, recent.size()))));
        preferences.put(Preference.LAST_PROJECT, path);
    }

    /** Drops the projects whose file no longer exists and returns them, so that the user can be told. */
    List<Path> pruneMissing() {
        List<Path> all = list();
        List<Path> missing = all.stream().filter(file -> !Files.exists(file)).toList();
        if (!missing.isEmpty()) {
            preferences.put(Preference.RECENT_PROJECTS, all.stream().filter(file -> !missing.contains(file))
                    .map(Path::toString).toList());
        }
        return missing;
    }
}
