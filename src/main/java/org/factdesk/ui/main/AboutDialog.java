package org.factdesk.ui.main;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.factdesk.ui.I18n;

/** Help → About: what Factdesk is, its version, and where its data lives. */
final class AboutDialog {

    private final I18n i18n;

    AboutDialog(I18n i18n) {
        this.i18n = i18n;
    }

    void show(Window owner) {
        String version = AboutDialog.class.getPackage().getImplementationVersion();
        Alert alert = new Alert(Alert.AlertType.INFORMATION,
                i18n.get("about.text", version == null ? "dev" : version), ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("menu.help.about"));
        alert.setHeaderText("Factdesk");
        alert.show();
    }
}
