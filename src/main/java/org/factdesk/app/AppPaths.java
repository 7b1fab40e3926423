package org.factdesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Factdesk keeps the user's data (the sample project) and settings: the XDG folders on Linux, Application
 * Support on macOS, %APPDATA% on Windows.
 */
record AppPaths(Path dataFolder, Path configFolder) {

    static AppPaths forThisUser() {
        return of(System.getProperty("os.name", ""), System.getenv(), Path.of(System.getProperty("user.home")));
    }

    static AppPaths of(String osName, Map<String, String> environment, Path home) {
        String os = osName.toLowerCase(Locale.ROOT);
        if (os.contains("win")) {
            String appData = environment.get("APPDATA");
            Path base = appData != null && !appData.isBlank() ? Path.of(appData) : home.resolve("AppData/Roaming");
            return new AppPaths(base.resolve("Factdesk"), base.resolve("Factdesk"));
        }
        if (os.contains("mac")) {
            Path base = home.resolve("Library/Application Support/Factdesk");
            return new AppPaths(base, base);
        }
        return new AppPaths(xdg(environment, "XDG_DATA_HOME", home.resolve(".local/share")).resolve("factdesk"),
                xdg(environment, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("factdesk"));
    }

    private static Path xdg(Map<String, String> environment, String variable, Path fallback) {
        String value = environment.get(variable);
        // The XDG spec says a relative path is invalid and must be ignored.
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    Path preferencesFile() {
        return configFolder.resolve("preferences.properties");
    }
}
