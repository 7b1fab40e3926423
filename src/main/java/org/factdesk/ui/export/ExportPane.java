package org.factdesk.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.CheckBox;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.util.StringConverter;
import org.factdesk.model.Language;
import org.factdesk.service.ExportFormat;
import org.factdesk.ui.I18n;

/**
 * The Export dialog's content: one radio button per format with what it is for, the file to write (its extension
 * follows the format), and the options the chosen format uses (byte order mark for CSV, the language of verdicts
 * for ClaimReview and HTML, the organisation for ClaimReview).
 */
public final class ExportPane extends VBox {

    private final ToggleGroup formats = new ToggleGroup();
    private final Map<ExportFormat, RadioButton> buttons = new EnumMap<>(ExportFormat.class);
    private final TextField file = new TextField();
    private final CheckBox bom = new CheckBox();
    private final ComboBox<Language> language = new ComboBox<>();
    private final TextField organisation = new TextField();
    private final TextField organisationUrl = new TextField();
    private final TextField articleUrl = new TextField();
    private final DatePicker articleDate = new DatePicker();
    private final I18n i18n;

    public ExportPane(I18n i18n, ExportSetup setup) {
        this.i18n = i18n;
        setId("export-pane");
        setSpacing(10);
        setPadding(new Insets(12));
        setPrefWidth(560);

        VBox formatList = new VBox(6);
        for (ExportFormat format : ExportFormat.values()) {
            RadioButton button = new RadioButton(label(format));
            button.setId("export-format-" + format.id());
            button.setUserData(format);
            button.setToggleGroup(formats);
            button.setWrapText(true);
            // Keeps wrapped descriptions whole when the options below appear or disappear.
            button.setMinHeight(Region.USE_PREF_SIZE);
            buttons.put(format, button);
            formatList.getChildren().add(button);
        }
        file.setId("export-file");
        HBox.setHgrow(file, Priority.ALWAYS);
        Button browse = new Button(i18n.get("export.browse"));
        browse.setId("export-browse");
        browse.setOnAction(e -> browse());
        HBox fileRow = new HBox(6, file, browse);

        bom.setId("export-bom");
        bom.setText(i18n.get("export.bom"));
        language.setId("export-language");
        language.getItems().setAll(Language.UNDETERMINED, Language.EN, Language.ES);
        language.setConverter(new StringConverter<>() {
            @Override
            public String toString(Language value) {
                return value == null || value == Language.UNDETERMINED ? i18n.get("export.language.article")
                        : value == Language.ES ? "Español" : "English";
            }

            @Override
            public Language fromString(String text) {
                return null;
            }
        });
        language.getSelectionModel().select(Language.UNDETERMINED);
        organisation.setId("export-organisation");
        organisation.setText(setup.organisation());
        organisation.setPromptText(i18n.get("export.organisationPrompt"));
        organisationUrl.setId("export-organisation-url");
        organisationUrl.setText(setup.organisationUrl());
        organisationUrl.setPromptText("https://");

        articleUrl.setId("export-article-url");
        articleUrl.setText(setup.articleUrl());
        articleUrl.setPromptText("https://");
        articleDate.setId("export-article-date");
        articleDate.setValue(setup.articleDate());

        GridPane options = new GridPane();
        options.setHgap(8);
        options.setVgap(6);
        Label languageLabel = new Label(i18n.get("export.language"));
        languageLabel.setLabelFor(language);
        Label organisationLabel = new Label(i18n.get("export.organisation"));
        organisationLabel.setLabelFor(organisation);
        Label urlLabel = new Label(i18n.get("export.organisationUrl"));
        urlLabel.setLabelFor(organisationUrl);
        options.addRow(0, languageLabel, language);
        options.addRow(1, organisationLabel, organisation);
        options.addRow(2, urlLabel, organisationUrl);
        Label articleUrlLabel = new Label(i18n.get("export.articleUrl"));
        articleUrlLabel.setLabelFor(articleUrl);
        Label articleDateLabel = new Label(i18n.get("export.articleDate"));
        articleDateLabel.setLabelFor(articleDate);
        options.addRow(3, articleUrlLabel, articleUrl);
        options.addRow(4, articleDateLabel, articleDate);
        GridPane.setHgrow(organisation, Priority.ALWAYS);

        BooleanBinding claimReview = selected(ExportFormat.CLAIMREVIEW);
        BooleanBinding withWords = claimReview.or(selected(ExportFormat.HTML));
        for (var node : List.of(languageLabel, language)) {
            node.visibleProperty().bind(withWords);
        }
        for (var node : List.of(organisationLabel, organisation, urlLabel, organisationUrl, articleUrlLabel, articleUrl,
                articleDateLabel, articleDate)) {
            node.visibleProperty().bind(claimReview);
        }
        options.visibleProperty().bind(withWords);
        options.managedProperty().bind(withWords);
        bom.visibleProperty().bind(selected(ExportFormat.CSV));
        bom.managedProperty().bind(bom.visibleProperty());

        Label note = new Label();
        note.setId("export-note");
        note.setWrapText(true);
        note.getStyleClass().add("export-note");
        note.textProperty().bind(Bindings.createStringBinding(() -> noteFor(selectedFormat()),
                formats.selectedToggleProperty()));

        Label formatLabel = new Label(i18n.get("export.format"));
        Label fileLabel = new Label(i18n.get("export.file"));
        fileLabel.setLabelFor(file);
        getChildren().addAll(formatLabel, formatList, fileLabel, fileRow, bom, options, note);

        formats.selectedToggleProperty().addListener((obs, old, now) -> followExtension());
        Path folder = setup.folder() != null && Files.isDirectory(setup.folder()) ? setup.folder()
                : Path.of(System.getProperty("user.home"));
        file.setText(folder.resolve(setup.baseName() + "." + setup.format().extension()).toString());
        buttons.get(setup.format()).setSelected(true);
    }

    private String label(ExportFormat format) {
        return switch (format) {
            case JSON -> i18n.get("export.format.json");
            case CLAIMREVIEW -> i18n.get("export.format.claimreview");
            case W3C -> i18n.get("export.format.w3c");
            case CSV -> i18n.get("export.format.csv");
            case HTML -> i18n.get("export.format.html");
        };
    }

    private String noteFor(ExportFormat format) {
        if (format == ExportFormat.CLAIMREVIEW) {
            return i18n.get("export.note.claimreview");
        }
        if (format == ExportFormat.W3C) {
            return i18n.get("export.note.w3c");
        }
        return "";
    }

    private BooleanBinding selected(ExportFormat format) {
        return Bindings.createBooleanBinding(() -> selectedFormat() == format, formats.selectedToggleProperty());
    }

    /** The chosen format. */
    public ExportFormat selectedFormat() {
        return formats.getSelectedToggle() == null ? ExportFormat.JSON
                : (ExportFormat) formats.getSelectedToggle().getUserData();
    }

    /** Selects a format, as a click on its button does. */
    public void select(ExportFormat format) {
        buttons.get(format).setSelected(true);
    }

    /** Whether the choice is complete: a file, and an organisation when ClaimReview is chosen. */
    public BooleanBinding complete() {
        return Bindings.createBooleanBinding(() -> !file.getText().isBlank()
                && (selectedFormat() != ExportFormat.CLAIMREVIEW || !organisation.getText().isBlank()),
                file.textProperty(), organisation.textProperty(), formats.selectedToggleProperty());
    }

    /** What the user chose. */
    public ExportChoice choice() {
        Language words = language.getValue() == null || language.getValue() == Language.UNDETERMINED ? null
                : language.getValue();
        return new ExportChoice(selectedFormat(), Path.of(file.getText().strip()), bom.isSelected(), words,
                organisation.getText().strip(), organisationUrl.getText().strip(), articleUrl.getText().strip(),
                articleDate.getValue());
    }

    /** Gives the file name the chosen format's extension, so that switching format does not keep a wrong one. */
    private void followExtension() {
        String text = file.getText().strip();
        if (text.isEmpty()) {
            return;
        }
        Path path = Path.of(text);
        String name = path.getFileName().toString();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        file.setText(path.resolveSibling(base + "." + selectedFormat().extension()).toString());
    }

    private void browse() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(i18n.get("export.title"));
        Path current = Path.of(file.getText().strip().isEmpty() ? "." : file.getText().strip()).toAbsolutePath();
        if (current.getParent() != null && Files.isDirectory(current.getParent())) {
            chooser.setInitialDirectory(current.getParent().toFile());
        }
        chooser.setInitialFileName(current.getFileName().toString());
        String extension = "*." + selectedFormat().extension();
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension, extension));
        File chosen = chooser.showSaveDialog(getScene() == null ? null : getScene().getWindow());
        if (chosen != null) {
            file.setText(chosen.getAbsolutePath());
        }
    }
}
