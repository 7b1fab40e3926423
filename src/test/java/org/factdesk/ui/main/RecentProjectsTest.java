package org.factdesk.ui.main;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.factdesk.ui.prefs.MemoryPreferences;
import org.factdesk.ui.prefs.Preference;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RecentProjectsTest {

    @TempDir
    Path dir;

    private final MemoryPreferences preferences = new MemoryPreferences();
    private final RecentProjects recent = new RecentProjects(preferences);

    @Test
    void theLastOpenedComesFirstAndAppearsOnce() {
        Path a = dir.resolve("A.factdesk");
        Path b = dir.resolve("B.factdesk");
        recent.remember(a);
        recent.remember(b);
        recent.remember(a);

        assertThat(recent.list()).containsExactly(a, b);
        assertThat(preferences.get(Preference.LAST_PROJECT)).isEqualTo(a.toString());
    }

    @Test
    void theListKeepsOnlyTheNewestProjects() {
        IntStream.range(0, 12).forEach(i -> recent.remember(dir.resolve("P" + i + ".factdesk")));

        assertThat(recent.list()).hasSize(RecentProjects.LIMIT).first().isEqualTo(dir.resolve("P11.factdesk"));
        assertThat(recent.list()).doesNotContain(dir.resolve("P3.factdesk"));
    }

    @Test
    void projectsWhoseFileIsGoneArePrunedAndNamed() throws Exception {
        Path kept = Files.createFile(dir.resolve("Kept.factdesk"));
        Path gone = Files.createFile(dir.resolve("Gone.factdesk"));
        recent.remember(gone);
        recent.remember(kept);
        Files.delete(gone);

        assertThat(recent.pruneMissing()).containsExactly(gone);
        assertThat(recent.list()).containsExactly(kept);
        assertThat(recent.pruneMissing()).isEmpty();
    }

    @Test
    void aRelativePathIsRememberedAsAnAbsoluteOne() {
        recent.remember(Path.of("x/../Rel.factdesk"));
        assertThat(recent.list()).isEqualTo(List.of(Path.of("Rel.factdesk").toAbsolutePath()));
    }
}
