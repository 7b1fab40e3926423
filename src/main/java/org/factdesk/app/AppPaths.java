package org.factdesk.app;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;

/**
 * Where Factdesk keeps the user's data (the sample project) and settings: the XDG folders on Linux, Application
 * Support on macOS, %APPDATA% on Windows; the runtime folder holds the single-instance socket.
 */
record AppPaths(Path dataFolder, Path configFolder, Path runtimeFolder) {

    /** Unix-domain socket paths are limited to about 104 bytes (macOS) or 108 (Linux). */
    private static final int SOCKET_PATH_LIMIT = 100;

    AppPaths(Path dataFolder, Path configFolder) {
        this(dataFolder, configFolder, configFolder);
    }

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
        Path config = xdg(environment, "XDG_CONFIG_HOME", home.resolve(".config")).resolve("factdesk");
        return new AppPaths(xdg(environment, "XDG_DATA_HOME", home.resolve(".local/share")).resolve("factdesk"),
                config, xdg(environment, "XDG_RUNTIME_DIR", config.getParent()).resolve("factdesk"));
    }

    private static Path xdg(Map<String, String> environment, String variable, Path fallback) {
        String value = environment.get(variable);
        // The XDG spec says a relative path is invalid and must be ignored.
        return value != null && !value.isBlank() && Path.of(value).isAbsolute() ? Path.of(value) : fallback;
    }

    /** The socket a running window listens on for projects opened from the file manager. */
    Path instanceSocket() {
        Path socket = runtimeFolder.resolve("instance.sock");
        if (socket.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8).length <= SOCKET_PATH_LIMIT) {
            return socket;
        }
        return Path.of(System.getProperty("java.io.tmpdir"), "factdesk-" + System.getProperty("user.name", "user")
                + ".sock");
    }

    Path preferencesFile() {
        return configFolder.resolve("preferences.properties");
    }
}
