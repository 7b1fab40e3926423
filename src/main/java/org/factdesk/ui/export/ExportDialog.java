package org.factdesk.ui.export;

import java.util.Optional;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Window;
import org.factdesk.ui.I18n;

/** Asks which format to export the project to, where, and with which options. */
public final class ExportDialog {

    private ExportDialog() {
    }

    /** Shows the dialog and waits; empty when the user cancels. */
    public static Optional<ExportChoice> ask(Window owner, I18n i18n, ExportSetup setup) {
        Dialog<ExportChoice> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("export.title"));
        ExportPane pane = new ExportPane(i18n, setup);
        dialog.getDialogPane().setContent(pane);
        ButtonType export = new ButtonType(i18n.get("export.export"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(export, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(export).disableProperty().bind(pane.complete().not());
        dialog.setResultConverter(button -> button == export ? pane.choice() : null);
        return dialog.showAndWait();
    }
}
