package org.factdesk.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class LaunchRequestTest {

    @Test
    void noArgumentsOpenTheWindowOnTheUsualProject() {
        assertThat(LaunchRequest.parse(List.of())).contains(new LaunchRequest(Optional.empty(), false));
    }

    @Test
    void aProjectFileOpensTheWindowOnThatProject() {
        Path expected = Path.of("work/P.factdesk").toAbsolutePath().normalize();
        assertThat(LaunchRequest.parse(List.of("work/./P.factdesk")))
                .contains(new LaunchRequest(Optional.of(expected), false));
    }

    @Test
    void theExtensionIsMatchedWhateverItsCase() {
        assertThat(LaunchRequest.parse(List.of("/tmp/Old.FACTDESK")).orElseThrow().project())
                .contains(Path.of("/tmp/Old.FACTDESK"));
    }

    @Test
    void ofSeveralProjectsTheFirstIsOpened() {
        assertThat(LaunchRequest.parse(List.of("/a/One.factdesk", "/a/Two.factdesk")).orElseThrow().project())
                .contains(Path.of("/a/One.factdesk"));
    }

    @Test
    void theStartupReportGoesWithOrWithoutAProject() {
        assertThat(LaunchRequest.parse(List.of("--startup-report"))).contains(new LaunchRequest(Optional.empty(),
                true));
        assertThat(LaunchRequest.parse(List.of("--startup-report", "/a/P.factdesk")))
                .contains(new LaunchRequest(Optional.of(Path.of("/a/P.factdesk")), true));
    }

    @Test
    void theProcessNumberOlderMacOsAddsIsIgnored() {
        assertThat(LaunchRequest.parse(List.of("-psn_0_123456"))).contains(new LaunchRequest(Optional.empty(), false));
    }

    @Test
    void commandsAndTheirOptionsAreLeftToTheCommandLine() {
        assertThat(LaunchRequest.parse(List.of("documents", "--project", "P.factdesk"))).isEmpty();
        assertThat(LaunchRequest.parse(List.of("--help"))).isEmpty();
        assertThat(LaunchRequest.parse(List.of("article.txt"))).isEmpty();
        assertThat(LaunchRequest.parse(List.of("--project=P.factdesk"))).isEmpty();
    }
}
