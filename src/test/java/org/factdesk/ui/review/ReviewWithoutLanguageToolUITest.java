package org.factdesk.ui.review;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import javafx.scene.Scene;
import javafx.scene.control.CheckBox;
import javafx.stage.Stage;
import org.factdesk.ui.ProjectViewModel;
import org.factdesk.ui.RecordingDialogService;
import org.factdesk.ui.SampleProjects;
import org.factdesk.ui.Screenshots;
import org.factdesk.ui.task.DirectTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/**
 * The review mode when LanguageTool's optional package is not installed: its checkbox is off, disabled and says so,
 * and reviews run our own checks.
 */
@ExtendWith(ApplicationExtension.class)
class ReviewWithoutLanguageToolUITest {

    @TempDir
    static Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private ReviewViewModel review;
    private Scene scene;

    @Start
    void start(Stage stage) throws Exception {
        ProjectViewModel project = SampleProjects.openViewModel(dir, dialogs);
        DirectTaskRunner runner = new DirectTaskRunner();
        review = new ReviewViewModel(project, runner, false);
        ReviewView view = new ReviewView(review, project.i18n(), runner);
        scene = new Scene((javafx.scene.Parent) view.node(), 1100, 600);
        stage.setScene(scene);
        stage.show();
    }

    @Test
    void languageToolCheckboxIsDisabledAndExplainsWhatToInstall(FxRobot robot) {
        CheckBox languageTool = robot.lookup("#review-languagetool").queryAs(CheckBox.class);

        assertThat(languageTool.isDisabled()).isTrue();
        assertThat(languageTool.isSelected()).isFalse();
        assertThat(languageTool.getText()).isEqualTo("LanguageTool (not installed)");
        assertThat(languageTool.getTooltip().getText()).contains("factdesk-languagetool");
        assertThat(languageTool.getAccessibleHelp()).contains("factdesk-languagetool");

        robot.interact(review::start);

        assertThat(dialogs.errors).isEmpty();
        assertThat(review.issues()).isNotEmpty()
                .noneSatisfy(issue -> assertThat(issue.check()).startsWith("languagetool:"));
        Screenshots.save(scene, "review-without-languagetool");
    }
}
