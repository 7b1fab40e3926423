package org.factdesk.ui.versions;

import java.util.Objects;
import javafx.scene.Scene;
import javafx.stage.Window;

/** Gives a window of this package the main window's stylesheets, the named colours and its own sheet. */
final class Stylesheets {

    private Stylesheets() {
    }

    static void apply(Scene scene, Window owner) {
        if (owner != null && owner.getScene() != null) {
            scene.getStylesheets().setAll(owner.getScene().getStylesheets());
            // the dark theme is a style class on the main window's root
            owner.getScene().getRoot().getStyleClass().stream().filter(c -> c.startsWith("theme-"))
                    .forEach(scene.getRoot().getStyleClass()::add);
        }
        for (String sheet : new String[] {"/org/factdesk/ui/app.css", "/org/factdesk/ui/versions/versions.css"}) {
            String url = Objects.requireNonNull(Stylesheets.class.getResource(sheet), sheet).toExternalForm();
            if (!scene.getStylesheets().contains(url)) {
                scene.getStylesheets().add(url);
            }
        }
    }
}
