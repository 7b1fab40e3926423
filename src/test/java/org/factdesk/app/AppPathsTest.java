package org.factdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class AppPathsTest {

    @Test
    void theInstanceSocketLivesInTheRuntimeFolderOnLinux() {
        AppPaths paths = AppPaths.of("Linux", Map.of("XDG_RUNTIME_DIR", "/run/user/1000"), Path.of("/home/ana"));
        assertThat(paths.instanceSocket()).isEqualTo(Path.of("/run/user/1000/factdesk/instance.sock"));
    }

    @Test
    void withoutARuntimeFolderTheSocketGoesToTheConfigFolder() {
        AppPaths paths = AppPaths.of("Linux", Map.of(), Path.of("/home/ana"));
        assertThat(paths.instanceSocket()).isEqualTo(Path.of("/home/ana/.config/factdesk/instance.sock"));
    }

    @Test
    void aFolderTooDeepForASocketFallsBackToTheTemporaryFolder() {
        AppPaths paths = AppPaths.of("Linux", Map.of("XDG_RUNTIME_DIR", "/x/" + "deep/".repeat(30)), Path.of("/h"));
        assertThat(paths.instanceSocket().getParent()).isEqualTo(Path.of(System.getProperty("java.io.tmpdir")));
        assertThat(paths.instanceSocket().getFileName().toString()).startsWith("factdesk-").endsWith(".sock");
    }
}
