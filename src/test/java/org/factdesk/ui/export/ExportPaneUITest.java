package org.factdesk.ui.export;

import static org.assertj.core.api.Assertions.assertThat;

import atlantafx.base.theme.PrimerLight;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Objects;
import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.factdesk.service.ExportFormat;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;
import org.factdesk.ui.Screenshots;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Export dialog's content: formats, the file's extension following the format, options per format. */
@ExtendWith(ApplicationExtension.class)
class ExportPaneUITest {

    @TempDir
    static Path dir;

    private ExportPane pane;
    private Scene scene;

    @Start
    void start(Stage stage) {
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
        pane = new ExportPane(new I18n(Locale.ENGLISH), new ExportSetup(ExportFormat.CLAIMREVIEW, dir, "cumbre", "",
                "", "https://noticias.example/kim", null));
        scene = new Scene(pane);
        scene.getStylesheets().add(Objects.requireNonNull(ProjectViewModel.class.getResource("app.css"))
                .toExternalForm());
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void claimReviewAsksForTheOrganisationAndTheExtensionFollowsTheFormat(FxRobot robot) {
        TextField file = robot.lookup("#export-file").queryAs(TextField.class);
        assertThat(file.getText()).isEqualTo(dir.resolve("cumbre.jsonld").toString());
        assertThat(robot.lookup("#export-organisation").query().isVisible()).isTrue();
        assertThat(pane.complete().get()).as("no organisation yet").isFalse();

        robot.clickOn("#export-organisation").write("Verificado");
        robot.clickOn("#export-organisation-url").write("https://verificado.example");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(pane.complete().get()).isTrue();
        Screenshots.save(scene, "export-dialog-claimreview");

        robot.clickOn("#export-format-csv");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(file.getText()).isEqualTo(dir.resolve("cumbre.csv").toString());
        assertThat(robot.lookup("#export-organisation").query().isVisible()).isFalse();
        CheckBox bom = robot.lookup("#export-bom").queryAs(CheckBox.class);
        assertThat(bom.isVisible()).isTrue();
        robot.clickOn(bom);
        WaitForAsyncUtils.waitForFxEvents();
        Screenshots.save(scene, "export-dialog-csv");

        assertThat(pane.choice()).isEqualTo(new ExportChoice(ExportFormat.CSV, dir.resolve("cumbre.csv"), true, null,
                "Verificado", "https://verificado.example", "https://noticias.example/kim", null));
    }

    @Test
    void everyFormatCanBeChosenByKeyboard(FxRobot robot) {
        robot.clickOn("#export-format-json");
        for (ExportFormat expected : new ExportFormat[] {ExportFormat.CLAIMREVIEW, ExportFormat.W3C,
                ExportFormat.CSV, ExportFormat.HTML}) {
            robot.type(KeyCode.DOWN);
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(pane.selectedFormat()).isEqualTo(expected);
        }
        assertThat(robot.lookup("#export-language").query().isVisible()).isTrue();
        assertThat(pane.choice().language()).isNull();
        assertThat(pane.choice().file().getFileName().toString()).isEqualTo("cumbre.html");
    }
}
