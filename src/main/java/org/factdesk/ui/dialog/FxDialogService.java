package org.factdesk.ui.dialog;

import org.factdesk.ui.export.ExportChoice;
import org.factdesk.ui.export.ExportDialog;
import org.factdesk.ui.export.ExportSetup;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;
import org.factdesk.ui.I18n;

/** The dialog service of the real window: alerts, ControlsFX notifications and the platform's file choosers. */
public final class FxDialogService implements DialogService {

    private final Window owner;
    private final I18n i18n;

    public FxDialogService(Window owner, I18n i18n) {
        this.owner = owner;
        this.i18n = i18n;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, message, ButtonType.OK);
        alert.initOwner(owner);
        alert.setTitle(title);
        alert.setHeaderText(title);
        alert.getDialogPane().setId("error-dialog");
        alert.getDialogPane().setMinWidth(480);
        alert.show();
    }

    @Override
    public void notify(String message) {
        Notifications.create().owner(owner).text(message).hideAfter(Duration.seconds(4)).position(Pos.BOTTOM_RIGHT)
                .showInformation();
    }

    @Override
    public void notify(String message, String actionText, Runnable action) {
        Notifications.create().owner(owner).text(message).hideAfter(Duration.seconds(8)).position(Pos.BOTTOM_RIGHT)
                .action(new org.controlsfx.control.action.Action(actionText, event -> action.run()))
                .showInformation();
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters) {
        File file = chooser(title, filters).showOpenDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, List<FileFilter> filters) {
        List<File> files = chooser(title, filters).showOpenMultipleDialog(owner);
        return files == null ? List.of() : files.stream().map(File::toPath).toList();
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, List<FileFilter> filters) {
        FileChooser chooser = chooser(title, filters);
        chooser.setInitialFileName(initialName);
        File file = chooser.showSaveDialog(owner);
        return Optional.ofNullable(file).map(File::toPath);
    }

    private static FileChooser chooser(String title, List<FileFilter> filters) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(title);
        filters.forEach(filter -> chooser.getExtensionFilters()
                .add(new FileChooser.ExtensionFilter(filter.description(), filter.patterns())));
        return chooser;
    }

    @Override
    public Optional<ExportChoice> askForExport(ExportSetup setup) {
        return ExportDialog.ask(owner, i18n, setup);
    }

    @Override
    public Optional<PastedArticle> askForPastedArticle() {
        Dialog<PastedArticle> dialog = new Dialog<>();
        dialog.initOwner(owner);
        dialog.setTitle(i18n.get("paste.title"));
        TextField title = new TextField();
        title.setId("paste-title");
        title.setPromptText(i18n.get("paste.titlePrompt"));
        TextArea text = new TextArea();
        text.setId("paste-text");
        text.setWrapText(true);
        text.setPromptText(i18n.get("paste.textPrompt"));
        VBox.setVgrow(text, Priority.ALWAYS);
        VBox content = new VBox(8, new Label(i18n.get("paste.titleLabel")), title,
                new Label(i18n.get("paste.textLabel")), text);
        content.setPadding(new Insets(12));
        content.setPrefSize(640, 420);
        dialog.getDialogPane().setContent(content);
        ButtonType importButton = new ButtonType(i18n.get("paste.import"), ButtonBar.ButtonData.OK_DONE);
        dialog.getDialogPane().getButtonTypes().addAll(importButton, ButtonType.CANCEL);
        dialog.getDialogPane().lookupButton(importButton).disableProperty()
                .bind(text.textProperty().map(String::isBlank));
        dialog.setResultConverter(button -> button == importButton
                ? new PastedArticle(title.getText().isBlank() ? null : title.getText().strip(), text.getText())
                : null);
        dialog.setOnShown(event -> text.requestFocus());
        return dialog.showAndWait();
    }
}
