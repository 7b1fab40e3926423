import java.lang.management.ManagementFactory;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;

/**
 * The start-up baseline of installer/bench-startup.sh: a bare JavaFX "hello" window. Prints the same line as
 * factdesk --startup-report, measured the same way (JVM start → stage.show() returned), then quits.
 */
public class HelloFx extends Application {

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new Label("Hello"), 1280, 800));
        stage.show();
        long shown = System.currentTimeMillis() - ManagementFactory.getRuntimeMXBean().getStartTime();
        Platform.runLater(() -> {
            System.out.println("startup: window shown " + shown + " ms");
            Platform.exit();
        });
    }

    public static void main(String[] args) {
        launch(args);
    }
}
