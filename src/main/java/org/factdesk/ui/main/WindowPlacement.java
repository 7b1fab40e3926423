package org.factdesk.ui.main;

import java.util.List;
import javafx.geometry.Rectangle2D;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.WindowEvent;
import org.factdesk.ui.prefs.Preference;
import org.factdesk.ui.prefs.Preferences;

/** Puts the main window where it was last time (on a screen that still exists) and remembers it on closing. */
public final class WindowPlacement {

    private WindowPlacement() {
    }

    /** Call before the stage is shown. */
    public static void restoreAndRemember(Stage stage, Preferences preferences) {
        List<Rectangle2D> screens = Screen.getScreens().stream().map(Screen::getVisualBounds).toList();
        Rectangle2D primary = Screen.getPrimary().getVisualBounds();
        WindowGeometry geometry = WindowGeometry.parse(preferences.get(Preference.WINDOW))
                .map(saved -> saved.fitTo(screens.isEmpty() ? List.of(primary) : screens))
                .orElseGet(() -> WindowGeometry.centredOn(primary));
        stage.setX(geometry.x());
        stage.setY(geometry.y());
        stage.setWidth(geometry.width());
        stage.setHeight(geometry.height());
        stage.setMaximized(geometry.maximized());
        // A maximised window reports the screen's bounds: keep the normal ones to restore it to later.
        WindowGeometry[] normal = {geometry};
        Runnable track = () -> {
            if (!stage.isMaximized() && !stage.isIconified()) {
                normal[0] = new WindowGeometry(stage.getX(), stage.getY(), stage.getWidth(), stage.getHeight(), false);
            }
        };
        stage.xProperty().addListener(obs -> track.run());
        stage.yProperty().addListener(obs -> track.run());
        stage.widthProperty().addListener(obs -> track.run());
        stage.heightProperty().addListener(obs -> track.run());
        stage.addEventHandler(WindowEvent.WINDOW_HIDING, event -> {
            WindowGeometry last = normal[0];
            preferences.put(Preference.WINDOW, new WindowGeometry(last.x(), last.y(), last.width(), last.height(),
                    stage.isMaximized()).format());
        });
    }
}
