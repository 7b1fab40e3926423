package org.factdesk.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.FigureType;
import org.factdesk.model.Qualifier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Marking by hand: spans are checked, and a figure starts with the value Factdesk reads in it. */
class ClaimServiceTest {

    @TempDir
    Path dir;

    @Test
    void aFigureMarkedByHandStartsWithItsReading() throws Exception {
        try (Workspace workspace = WorkspaceFixtures.sample(dir.resolve("p.factdesk"),
                WorkspaceFixtures.at("ana", "2026-11-20T10:00:00Z"))) {
            String doc = workspace.documents().list().get(0).id();
            String text = workspace.documents().get(doc).text();
            int start = text.indexOf("casi la mitad");
            Claim figure = workspace.claims().mark(doc, ClaimKind.FIGURE, start, start + "casi la mitad".length());
            assertThat(figure.figure().value()).isEqualByComparingTo("0.5");
            assertThat(figure.figure().type()).isEqualTo(FigureType.FRACTION);
            assertThat(figure.figure().qualifier()).isEqualTo(Qualifier.NEARLY);
            assertThat(workspace.claims().get(figure.id()).figure()).isEqualTo(figure.figure());

            int word = text.indexOf("Vladivostok");
            Claim notANumber = workspace.claims().mark(doc, ClaimKind.FIGURE, word, word + 11);
            assertThat(notANumber.figure().value()).isNull();
        }
    }

    @Test
    void blankAndOutOfRangeSpansAreRefused() throws Exception {
        try (Workspace workspace = WorkspaceFixtures.sample(dir.resolve("p.factdesk"),
                WorkspaceFixtures.at("ana", "2026-11-20T10:00:00Z"))) {
            String doc = workspace.documents().list().get(0).id();
            String text = workspace.documents().get(doc).text();
            int space = text.indexOf(' ');
            assertThatThrownBy(() -> workspace.claims().mark(doc, ClaimKind.STATEMENT, space, space + 1))
                    .isInstanceOf(ServiceException.class).hasMessageContaining("white space");
            assertThatThrownBy(() -> workspace.claims().mark(doc, ClaimKind.STATEMENT, 5, text.length() + 1))
                    .isInstanceOf(ServiceException.class).hasMessageContaining("not inside");
            assertThatThrownBy(() -> workspace.claims().mark(doc, ClaimKind.TRANSLATION_ISSUE, 0, 5))
                    .isInstanceOf(ServiceException.class).hasMessageContaining("translation review");
            assertThat(workspace.claims().list(doc)).isEmpty();
        }
    }
}
