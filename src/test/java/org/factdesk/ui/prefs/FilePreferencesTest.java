package org.factdesk.ui.prefs;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FilePreferencesTest {

    @TempDir
    Path dir;

    @Test
    void afterFlushTheWindowGeometrySavedOnClosingIsOnDiskForTheNextStart() {
        Path file = dir.resolve("config/preferences.properties");
        FilePreferences closing = new FilePreferences(file);
        closing.put(Preference.WINDOW, "10,20,1000,700,true");

        closing.flush();

        assertThat(new FilePreferences(file).get(Preference.WINDOW)).isEqualTo("10,20,1000,700,true");
    }
}
