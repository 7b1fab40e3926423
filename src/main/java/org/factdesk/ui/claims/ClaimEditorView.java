package org.factdesk.ui.claims;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.application.Platform;
import javafx.beans.Observable;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Bounds;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.controlsfx.control.textfield.AutoCompletionBinding;
import org.controlsfx.control.textfield.TextFields;
import org.factdesk.model.Attribution;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Evidence;
import org.factdesk.model.Figure;
import org.factdesk.model.FigureType;
import org.factdesk.model.Qualifier;
import org.factdesk.model.Verdict;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The editor of the selected claim: verdict, the kind's details, note, tags and evidence. A text field is written
 * when it is committed (Enter, Ctrl+Enter in the note, leaving the field, or selecting another claim), never per
 * keystroke; a choice is written when it is made. Everything stays readable, but locked, in a read-only project.
 */
public final class ClaimEditorView {

    private static final String NO_STATEMENT = "";
    private static final double LABEL_WIDTH = 112;

    private final ClaimEditorViewModel viewModel;
    private final ProjectViewModel project;
    private final I18n i18n;
    private final Consumer<String> openUrl;
    private final List<Runnable> flushers = new ArrayList<>();

    private final StackPane root = new StackPane();
    private final ScrollPane scroll = new ScrollPane();
    private final VBox form = new VBox();
    private final Label hint = new Label();
    private final Label readOnlyBanner = new Label();
    private final FontIcon kindIcon = new FontIcon();
    private final Label kindLabel = new Label();
    private final Label quoteLabel = new Label();

    private final ComboBox<Verdict> verdictBox = new ComboBox<>();
    private final TextArea noteArea = new TextArea();
    private final FlowPane tagChips = new FlowPane(6, 6);
    private final TextField tagField = new TextField();

    private final ObservableList<Evidence> evidenceItems = FXCollections.observableArrayList();
    private final ListView<Evidence> evidenceList = new ListView<>(evidenceItems);
    private final Button addEvidence = new Button();
    private final Button removeEvidence = new Button();
    private final Button openEvidence = new Button();
    private final TextField evidenceUrl = new TextField();
    private final TextField evidenceTitle = new TextField();
    private final DatePicker evidenceAccessed = new DatePicker();
    private final TextField evidenceArchived = new TextField();
    private final TextField evidenceNote = new TextField();
    private final GridPane evidenceForm = grid();

    private final VBox attributionSection = new VBox();
    private final TextField speakerField = new TextField();
    private final TextField roleField = new TextField();
    private final TextField cueField = new TextField();
    private final ToggleGroup directGroup = new ToggleGroup();
    private final RadioButton directButton = new RadioButton();
    private final RadioButton indirectButton = new RadioButton();
    private final ComboBox<String> statementBox = new ComboBox<>();

    private final VBox figureSection = new VBox();
    private final TextField valueField = new TextField();
    private final Label valueError = new Label();
    private final TextField unitField = new TextField();
    private final ComboBox<FigureType> typeBox = new ComboBox<>();
    private final ComboBox<Qualifier> qualifierBox = new ComboBox<>();
    private final TextField periodField = new TextField();

    private Claim shown;
    private int evidenceIndex = -1;
    private boolean loading;
    private boolean selectNewEvidence;

    /**
     * @param openUrl opens a web address outside the app (the shell passes {@code HostServices::showDocument})
     */
    public ClaimEditorView(ProjectViewModel project, I18n i18n, Consumer<String> openUrl) {
        this.project = project;
        this.i18n = i18n;
        this.openUrl = openUrl;
        this.viewModel = new ClaimEditorViewModel(project);
        createView();
        bind();
        show(project.selectedClaimProperty().get(), false);
    }

    /** The editor, to place in the window. */
    public Node node() {
        return root;
    }

    public ClaimEditorViewModel viewModel() {
        return viewModel;
    }

    /** Puts the keyboard in the editor (on the verdict), e.g. after a claim was marked or Enter in the list. */
    public void focusEditor() {
        if (shown != null) {
            scroll.setVvalue(0);
            verdictBox.requestFocus();
        }
    }

    // ---- building ----

    private void createView() {
        root.setId("claim-editor");
        root.getStyleClass().add("claim-editor");
        root.getStylesheets().add(ClaimsSidebar.stylesheet());

        hint.setId("claim-editor-hint");
        hint.getStyleClass().add("claim-editor-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(320);
        StackPane.setAlignment(hint, Pos.CENTER);

        readOnlyBanner.setId("claim-editor-read-only");
        readOnlyBanner.getStyleClass().add("claim-editor-read-only");
        readOnlyBanner.setGraphic(new FontIcon(Material2AL.LOCK));
        readOnlyBanner.setMaxWidth(Double.MAX_VALUE);
        readOnlyBanner.setWrapText(true);

        kindIcon.getStyleClass().add("claim-kind-icon");
        kindLabel.getStyleClass().add("claim-editor-kind");
        kindLabel.setGraphic(kindIcon);
        quoteLabel.getStyleClass().add("claim-editor-quote");
        quoteLabel.setWrapText(true);
        quoteLabel.setMaxHeight(72);
        quoteLabel.setTextOverrun(OverrunStyle.ELLIPSIS);
        VBox header = new VBox(4, kindLabel, quoteLabel);
        header.getStyleClass().add("claim-editor-header");

        verdictBox.setId("claim-verdict");
        verdictBox.getItems().setAll(Verdict.values());
        verdictBox.setMaxWidth(Double.MAX_VALUE);
        GridPane verdictGrid = grid();
        row(verdictGrid, 0, "claims.editor.verdict", verdictBox);

        buildAttribution();
        buildFigure();

        noteArea.setId("claim-note");
        noteArea.setWrapText(true);
        noteArea.setPrefRowCount(3);
        Label noteLabel = sectionLabel("claims.editor.note");
        noteLabel.setLabelFor(noteArea);

        tagChips.setId("claim-tags");
        tagChips.getStyleClass().add("claim-tag-chips");
        tagField.setId("claim-tag-input");
        Label tagsLabel = sectionLabel("claims.editor.tags");
        tagsLabel.setLabelFor(tagField);

        VBox evidence = buildEvidence();

        form.getStyleClass().add("claim-editor-form");
        form.getChildren().addAll(header, readOnlyBanner, verdictGrid, attributionSection, figureSection,
                noteLabel, noteArea, tagsLabel, tagChips, tagField, evidence);
        scroll.setContent(form);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.getStyleClass().add("claim-editor-scroll");
        root.getChildren().addAll(scroll, hint);
    }

    private void buildAttribution() {
        attributionSection.setId("claim-attribution");
        attributionSection.getStyleClass().add("claim-editor-section");
        speakerField.setId("claim-speaker");
        roleField.setId("claim-role");
        cueField.setId("claim-cue");
        directButton.setId("claim-direct");
        indirectButton.setId("claim-indirect");
        directButton.setToggleGroup(directGroup);
        indirectButton.setToggleGroup(directGroup);
        statementBox.setId("claim-statement");
        statementBox.setMaxWidth(Double.MAX_VALUE);
        HBox speech = new HBox(16, directButton, indirectButton);
        speech.setAlignment(Pos.CENTER_LEFT);
        GridPane grid = grid();
        row(grid, 0, "claims.editor.speaker", speakerField);
        row(grid, 1, "claims.editor.role", roleField);
        row(grid, 2, "claims.editor.cue", cueField);
        row(grid, 3, "claims.editor.speech", speech);
        row(grid, 4, "claims.editor.statement", statementBox);
        attributionSection.getChildren().addAll(sectionLabel("claims.editor.attribution"), grid);
    }

    private void buildFigure() {
        figureSection.setId("claim-figure");
        figureSection.getStyleClass().add("claim-editor-section");
        valueField.setId("claim-value");
        valueError.setId("claim-value-error");
        valueError.getStyleClass().add("claim-field-error");
        valueError.setWrapText(true);
        valueError.setGraphic(new FontIcon(Material2AL.ERROR_OUTLINE));
        showValueError(false);
        unitField.setId("claim-unit");
        typeBox.setId("claim-figure-type");
        typeBox.getItems().setAll(FigureType.values());
        typeBox.setMaxWidth(Double.MAX_VALUE);
        qualifierBox.setId("claim-qualifier");
        qualifierBox.getItems().setAll(Qualifier.values());
        qualifierBox.setMaxWidth(Double.MAX_VALUE);
        periodField.setId("claim-period");
        GridPane grid = grid();
        row(grid, 0, "claims.editor.value", valueField);
        valueError.setMaxWidth(Double.MAX_VALUE);
        grid.add(valueError, 1, 1);
        row(grid, 2, "claims.editor.unit", unitField);
        row(grid, 3, "claims.editor.type", typeBox);
        row(grid, 4, "claims.editor.qualifier", qualifierBox);
        row(grid, 5, "claims.editor.period", periodField);
        figureSection.getChildren().addAll(sectionLabel("claims.editor.figure"), grid);
    }

    private VBox buildEvidence() {
        evidenceList.setId("claim-evidence-list");
        evidenceList.getStyleClass().add("claim-evidence-list");
        evidenceList.setPrefHeight(96);
        evidenceList.setMinHeight(72);
        evidenceList.setCellFactory(view -> new EvidenceCell());
        Label none = new Label();
        none.textProperty().bind(i18n.bind("claims.editor.evidence.empty"));
        none.getStyleClass().add("claim-editor-muted");
        evidenceList.setPlaceholder(none);

        addEvidence.setId("claim-evidence-add");
        addEvidence.setGraphic(new FontIcon(Material2AL.ADD));
        removeEvidence.setId("claim-evidence-remove");
        removeEvidence.setGraphic(new FontIcon(Material2AL.DELETE));
        openEvidence.setId("claim-evidence-open");
        openEvidence.setGraphic(new FontIcon(Material2MZ.OPEN_IN_NEW));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox buttons = new HBox(6, addEvidence, removeEvidence, spacer, openEvidence);
        buttons.setAlignment(Pos.CENTER_LEFT);

        evidenceUrl.setId("claim-evidence-url");
        evidenceTitle.setId("claim-evidence-title");
        evidenceAccessed.setId("claim-evidence-accessed");
        evidenceAccessed.setMaxWidth(Double.MAX_VALUE);
        evidenceAccessed.setConverter(new IsoDates(evidenceAccessed));
        evidenceAccessed.setPromptText("yyyy-mm-dd");
        evidenceArchived.setId("claim-evidence-archived");
        evidenceNote.setId("claim-evidence-note");
        evidenceUrl.setPromptText("https://");
        evidenceArchived.setPromptText("https://web.archive.org/…");
        evidenceForm.setId("claim-evidence-form");
        row(evidenceForm, 0, "claims.editor.evidence.url", evidenceUrl);
        row(evidenceForm, 1, "claims.editor.evidence.title", evidenceTitle);
        row(evidenceForm, 2, "claims.editor.evidence.accessed", evidenceAccessed);
        row(evidenceForm, 3, "claims.editor.evidence.archived", evidenceArchived);
        row(evidenceForm, 4, "claims.editor.evidence.note", evidenceNote);

        VBox box = new VBox(6, sectionLabel("claims.editor.evidence"), evidenceList, buttons, evidenceForm);
        box.getStyleClass().add("claim-editor-section");
        return box;
    }

    private static GridPane grid() {
        GridPane grid = new GridPane();
        grid.getStyleClass().add("claim-editor-grid");
        grid.setHgap(10);
        grid.setVgap(6);
        ColumnConstraints labels = new ColumnConstraints();
        // One label width for every section, so the fields of all sections line up (longer labels still fit).
        labels.setMinWidth(LABEL_WIDTH);
        ColumnConstraints fields = new ColumnConstraints();
        fields.setHgrow(Priority.ALWAYS);
        fields.setFillWidth(true);
        fields.setMinWidth(80);
        grid.getColumnConstraints().addAll(labels, fields);
        return grid;
    }

    private void row(GridPane grid, int row, String key, Node field) {
        Label label = new Label();
        label.textProperty().bind(i18n.bind(key));
        label.getStyleClass().add("claim-field-label");
        label.setLabelFor(field);
        label.setMinWidth(Region.USE_PREF_SIZE);
        if (field instanceof Region region) {
            region.setMaxWidth(Double.MAX_VALUE);
        }
        GridPane.setValignment(label, javafx.geometry.VPos.CENTER);
        grid.addRow(row, label, field);
    }

    private Label sectionLabel(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.bind(key));
        label.getStyleClass().add("claim-editor-section-title");
        return label;
    }

    // ---- binding ----

    private void bind() {
        hint.textProperty().bind(i18n.bind("claims.editor.hint"));
        readOnlyBanner.textProperty().bind(i18n.bind("claims.editor.readOnly"));
        readOnlyBanner.visibleProperty().bind(project.readOnlyProperty());
        readOnlyBanner.managedProperty().bind(readOnlyBanner.visibleProperty());
        directButton.textProperty().bind(i18n.bind("claims.editor.direct"));
        indirectButton.textProperty().bind(i18n.bind("claims.editor.indirect"));
        addEvidence.textProperty().bind(i18n.bind("claims.editor.evidence.add"));
        removeEvidence.textProperty().bind(i18n.bind("claims.editor.evidence.remove"));
        openEvidence.textProperty().bind(i18n.bind("claims.editor.evidence.open"));
        noteArea.promptTextProperty().bind(i18n.bind("claims.editor.note.prompt"));
        tagField.promptTextProperty().bind(i18n.bind("claims.editor.tags.prompt"));
        valueField.promptTextProperty().bind(i18n.bind("claims.editor.value.prompt"));
        typeBox.promptTextProperty().bind(i18n.bind("claims.editor.none"));
        qualifierBox.promptTextProperty().bind(i18n.bind("claims.editor.none"));
        unitField.promptTextProperty().bind(i18n.bind("claims.editor.unit.prompt"));

        BooleanBinding editable = viewModel.editableBinding();
        BooleanBinding locked = editable.not();
        for (TextInputControl field : List.of(noteArea, tagField, speakerField, roleField, cueField, valueField,
                unitField, periodField)) {
            field.editableProperty().bind(editable);
        }
        for (Node control : List.of(verdictBox, directButton, indirectButton, statementBox, typeBox, qualifierBox,
                addEvidence)) {
            control.disableProperty().bind(locked);
        }
        BooleanBinding noEvidence = evidenceList.getSelectionModel().selectedIndexProperty().lessThan(0);
        removeEvidence.disableProperty().bind(locked.or(noEvidence));
        openEvidence.disableProperty().bind(noEvidence.or(evidenceUrl.textProperty().isEmpty()));
        evidenceForm.disableProperty().bind(noEvidence);
        for (TextInputControl field : List.of(evidenceUrl, evidenceTitle, evidenceArchived, evidenceNote)) {
            field.editableProperty().bind(editable);
        }
        evidenceAccessed.editableProperty().bind(editable);
        evidenceAccessed.disableProperty().bind(locked);

        // Text fields: written when committed, once.
        commitOnEnterOrLeave(noteArea, (id, text) -> viewModel.setNote(id, text));
        commitOnEnterOrLeave(speakerField, (id, text) -> viewModel.setSpeaker(id, text));
        commitOnEnterOrLeave(roleField, (id, text) -> viewModel.setRole(id, text));
        commitOnEnterOrLeave(cueField, (id, text) -> viewModel.setCue(id, text));
        commitOnEnterOrLeave(unitField, (id, text) -> viewModel.setUnit(id, text));
        commitOnEnterOrLeave(periodField, (id, text) -> viewModel.setPeriod(id, text));
        commitOnEnterOrLeave(valueField, (id, text) -> showValueError(!viewModel.setFigureValue(id, text)));
        for (TextField field : List.of(evidenceUrl, evidenceTitle, evidenceArchived, evidenceNote)) {
            commitOnEnterOrLeave(field, (id, text) -> commitEvidence(id));
        }
        noteArea.addEventFilter(KeyEvent.KEY_PRESSED, this::noteKeys);
        valueField.textProperty().addListener((o, old, now) -> {
            if (!loading && valueError.isVisible()) {
                showValueError(false);
            }
        });

        // Choices: written when made.
        verdictBox.valueProperty().addListener((o, old, now) -> onChoice(id -> viewModel.setVerdict(id, now)));
        typeBox.valueProperty().addListener((o, old, now) -> onChoice(id -> viewModel.setFigureType(id, now)));
        qualifierBox.valueProperty().addListener((o, old, now) -> onChoice(id -> viewModel.setQualifier(id, now)));
        directGroup.selectedToggleProperty().addListener((o, old, now) -> {
            if (now != null) {
                onChoice(id -> viewModel.setDirect(id, now == directButton));
            }
        });
        statementBox.valueProperty().addListener((o, old, now) -> onChoice(id ->
                viewModel.setStatement(id, now == null || now.equals(NO_STATEMENT) ? null : now)));
        evidenceAccessed.valueProperty().addListener((o, old, now) -> onChoice(this::commitEvidence));

        // Tags: Enter adds; choosing a completion adds it too.
        tagField.setOnAction(e -> addTypedTag());
        AutoCompletionBinding<String> tagCompletion = TextFields.bindAutoCompletion(tagField,
                request -> complete(viewModel.knownTags(), request.getUserText(), shown == null ? List.of()
                        : shown.tags()));
        tagCompletion.setOnAutoCompleted(e -> Platform.runLater(this::addTypedTag));
        TextFields.bindAutoCompletion(speakerField,
                request -> complete(viewModel.knownSpeakers(), request.getUserText(), List.of()));

        // Evidence.
        addEvidence.setOnAction(e -> {
            if (shown != null) {
                flushAll();
                selectNewEvidence = true;
                viewModel.addEvidence(shown.id());
            }
        });
        removeEvidence.setOnAction(e -> {
            int index = evidenceList.getSelectionModel().getSelectedIndex();
            if (shown != null && index >= 0) {
                evidenceIndex = -1;
                viewModel.removeEvidence(shown.id(), index);
            }
        });
        openEvidence.setOnAction(e -> {
            String url = evidenceUrl.getText() == null ? "" : evidenceUrl.getText().strip();
            if (!url.isEmpty()) {
                openUrl.accept(url);
            }
        });
        evidenceList.getSelectionModel().selectedIndexProperty().addListener((o, old, now) -> {
            if (!loading) {
                if (shown != null && evidenceIndex >= 0) {
                    commitEvidence(shown.id());
                }
                showEvidence(now.intValue());
            }
        });

        viewModel.statements().addListener((Observable o) -> refreshStatements());
        project.selectedClaimProperty().addListener((o, old, now) -> {
            boolean sameClaim = shown != null && now != null && shown.id().equals(now.id());
            if (!sameClaim) {
                flushAll();
            }
            show(now, sameClaim);
        });
        // A change listener, not an invalidation one: I18n reloads its bundles in its own change listener.
        i18n.localeProperty().addListener((o, old, now) -> relocalize());
        relocalize();
        root.sceneProperty().addListener((o, old, now) -> {
            if (now != null) {
                now.focusOwnerProperty().addListener((fo, was, focused) -> reveal(focused));
            }
        });
    }

    /** Scrolls the form so that the field that has the keyboard is in sight (Tab through a long form). */
    private void reveal(Node focused) {
        Node node = focused;
        while (node != null && node != form) {
            node = node.getParent();
        }
        if (node == null) {
            return;
        }
        Bounds bounds = form.sceneToLocal(focused.localToScene(focused.getBoundsInLocal()));
        double content = form.getBoundsInLocal().getHeight();
        double view = scroll.getViewportBounds().getHeight();
        if (content <= view || view <= 0) {
            return;
        }
        double offset = scroll.getVvalue() * (content - view);
        if (bounds.getMinY() < offset) {
            offset = bounds.getMinY() - 8;
        } else if (bounds.getMaxY() > offset + view) {
            offset = bounds.getMaxY() - view + 8;
        } else {
            return;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, offset / (content - view))));
    }

    private void noteKeys(KeyEvent e) {
        if (e.getCode() == KeyCode.ENTER && e.isShortcutDown()) {
            flushAll();
            e.consume();
        } else if (e.getCode() == KeyCode.TAB && !e.isShortcutDown()) {
            // Tab leaves the note, as everywhere else in the form; a tab character is no use in a note.
            e.consume();
            noteArea.fireEvent(new KeyEvent(KeyEvent.KEY_PRESSED, "", "", KeyCode.TAB, e.isShiftDown(), true,
                    false, false));
        }
    }

    private void commitOnEnterOrLeave(TextInputControl field, BiConsumer<String, String> commit) {
        Runnable flush = () -> {
            if (shown != null && !loading) {
                commit.accept(shown.id(), field.getText() == null ? "" : field.getText());
            }
        };
        flushers.add(flush);
        field.focusedProperty().addListener((o, was, is) -> {
            if (!is) {
                flush.run();
            }
        });
        if (field instanceof TextField textField) {
            textField.addEventHandler(javafx.event.ActionEvent.ACTION, e -> flush.run());
        }
    }

    private void onChoice(Consumer<String> commit) {
        if (!loading && shown != null) {
            commit.accept(shown.id());
        }
    }

    /** Writes whatever is typed but not yet committed, to the claim it was typed for. */
    private void flushAll() {
        flushers.forEach(Runnable::run);
    }

    private void addTypedTag() {
        String tag = tagField.getText() == null ? "" : tagField.getText().strip();
        if (shown != null && !tag.isEmpty() && !loading) {
            viewModel.addTag(shown.id(), tag);
            tagField.clear();
        }
    }

    private static Collection<String> complete(List<String> known, String typed, List<String> exclude) {
        String needle = ClaimsPanelViewModel.fold(typed).strip();
        if (needle.isEmpty()) {
            return List.of();
        }
        return known.stream().filter(k -> !exclude.contains(k) && ClaimsPanelViewModel.fold(k).contains(needle))
                .limit(12).toList();
    }

    private void commitEvidence(String claimId) {
        if (shown == null || evidenceIndex < 0 || evidenceIndex >= shown.evidence().size()) {
            return;
        }
        viewModel.setEvidence(claimId, evidenceIndex, new Evidence(text(evidenceUrl), text(evidenceTitle),
                evidenceAccessed.getValue(), text(evidenceArchived), text(evidenceNote)));
    }

    private static String text(TextInputControl field) {
        return field.getText() == null ? "" : field.getText();
    }

    private void showValueError(boolean shownError) {
        valueError.setVisible(shownError);
        valueError.setManaged(shownError);
        if (shownError) {
            if (!valueField.getStyleClass().contains("invalid")) {
                valueField.getStyleClass().add("invalid");
            }
        } else {
            valueField.getStyleClass().remove("invalid");
        }
    }

    // ---- showing a claim ----

    private void show(Claim claim, boolean sameClaim) {
        loading = true;
        try {
            shown = claim;
            scroll.setVisible(claim != null);
            hint.setVisible(claim == null);
            if (claim == null) {
                evidenceIndex = -1;
                evidenceItems.clear();
                return;
            }
            KindIcons.setKindClass(root, claim.kind());
            kindIcon.setIconCode(KindIcons.ikon(claim.kind()));
            KindIcons.setKindClass(kindIcon, claim.kind());
            kindLabel.setText(ClaimsText.kind(i18n, claim.kind()) + "  ·  "
                    + i18n.get("claims.paragraph", paragraphNumber(claim)));
            quoteLabel.setText(ClaimsText.snippet(claim, 400));
            verdictBox.setValue(claim.verdict());
            setText(noteArea, claim.note(), sameClaim);
            showTags(claim);
            if (!sameClaim) {
                tagField.clear();
                showValueError(false);
            }

            boolean attribution = claim.kind() == ClaimKind.ATTRIBUTION;
            attributionSection.setVisible(attribution);
            attributionSection.setManaged(attribution);
            if (attribution) {
                Attribution a = claim.attribution() == null ? Attribution.empty() : claim.attribution();
                setText(speakerField, a.speaker(), sameClaim);
                setText(roleField, a.role(), sameClaim);
                setText(cueField, a.cue(), sameClaim);
                directGroup.selectToggle(a.direct() ? directButton : indirectButton);
                refreshStatements();
                statementBox.setValue(a.statementId() == null ? NO_STATEMENT : a.statementId());
            }
            boolean figure = claim.kind() == ClaimKind.FIGURE;
            figureSection.setVisible(figure);
            figureSection.setManaged(figure);
            if (figure) {
                Figure f = claim.figure() == null ? Figure.empty() : claim.figure();
                if (!(sameClaim && valueError.isVisible())) {
                    setText(valueField, f.value() == null ? "" : f.value().toPlainString(), sameClaim);
                }
                setText(unitField, f.unit(), sameClaim);
                typeBox.setValue(f.type());
                qualifierBox.setValue(f.qualifier());
                setText(periodField, f.period(), sameClaim);
            }

            int keep = selectNewEvidence ? claim.evidence().size() - 1
                    : sameClaim ? Math.min(evidenceList.getSelectionModel().getSelectedIndex(),
                            claim.evidence().size() - 1) : claim.evidence().isEmpty() ? -1 : 0;
            evidenceItems.setAll(claim.evidence());
            if (keep >= 0) {
                evidenceList.getSelectionModel().select(keep);
            } else {
                evidenceList.getSelectionModel().clearSelection();
            }
        } finally {
            loading = false;
        }
        showEvidence(evidenceList.getSelectionModel().getSelectedIndex(), sameClaim && !selectNewEvidence);
        if (selectNewEvidence) {
            selectNewEvidence = false;
            evidenceUrl.requestFocus();
        }
    }

    /** Sets a field's text, except while the user is typing in it and the claim only came back saved. */
    private static void setText(TextInputControl field, String value, boolean sameClaim) {
        String text = value == null ? "" : value;
        if (sameClaim && field.isFocused()) {
            return;
        }
        if (!Objects.equals(field.getText(), text)) {
            field.setText(text);
        }
    }

    private int paragraphNumber(Claim claim) {
        var document = project.currentDocumentProperty().get();
        return document == null ? 0 : document.paragraphIndexAt(claim.target().start()) + 1;
    }

    private void showTags(Claim claim) {
        List<Node> chips = new ArrayList<>();
        for (String tag : claim.tags()) {
            Label name = new Label(tag);
            name.getStyleClass().add("claim-tag-name");
            Button remove = new Button(null, new FontIcon(Material2AL.CLOSE));
            remove.getStyleClass().addAll("claim-tag-remove", "flat");
            remove.setAccessibleText(i18n.get("claims.editor.tag.remove", tag));
            remove.setTooltip(new Tooltip(i18n.get("claims.editor.tag.remove", tag)));
            remove.disableProperty().bind(viewModel.editableBinding().not());
            remove.setOnAction(e -> {
                if (shown != null) {
                    viewModel.removeTag(shown.id(), tag);
                    tagField.requestFocus();
                }
            });
            HBox chip = new HBox(2, name, remove);
            chip.setAlignment(Pos.CENTER_LEFT);
            chip.getStyleClass().add("claim-tag-chip");
            chip.setUserData(tag);
            chips.add(chip);
        }
        tagChips.getChildren().setAll(chips);
        tagChips.setVisible(!chips.isEmpty());
        tagChips.setManaged(!chips.isEmpty());
    }

    private void showEvidence(int index) {
        showEvidence(index, false);
    }

    private void showEvidence(int index, boolean keepTyping) {
        loading = true;
        try {
            evidenceIndex = shown == null || index < 0 || index >= shown.evidence().size() ? -1 : index;
            Evidence item = evidenceIndex < 0 ? null : shown.evidence().get(evidenceIndex);
            setText(evidenceUrl, item == null ? "" : item.url(), keepTyping);
            setText(evidenceTitle, item == null ? "" : item.title(), keepTyping);
            setText(evidenceArchived, item == null ? "" : item.archivedUrl(), keepTyping);
            setText(evidenceNote, item == null ? "" : item.note(), keepTyping);
            evidenceAccessed.setValue(item == null ? null : item.accessed());
        } finally {
            loading = false;
        }
    }

    private void refreshStatements() {
        boolean wasLoading = loading;
        loading = true;
        try {
            String value = statementBox.getValue();
            List<String> ids = new ArrayList<>();
            ids.add(NO_STATEMENT);
            viewModel.statements().forEach(c -> ids.add(c.id()));
            if (!statementBox.getItems().equals(ids)) {
                statementBox.getItems().setAll(ids);
            }
            statementBox.setValue(value != null && ids.contains(value) ? value : NO_STATEMENT);
        } finally {
            loading = wasLoading;
        }
    }

    private void relocalize() {
        verdictBox.setCellFactory(view -> new VerdictCell());
        verdictBox.setButtonCell(new VerdictCell());
        typeBox.setCellFactory(view -> new NamedCell<>(t -> ClaimsText.figureType(i18n, t)));
        typeBox.setButtonCell(new NamedCell<>(t -> ClaimsText.figureType(i18n, t), true));
        qualifierBox.setCellFactory(view -> new NamedCell<>(q -> ClaimsText.qualifier(i18n, q)));
        qualifierBox.setButtonCell(new NamedCell<>(q -> ClaimsText.qualifier(i18n, q), true));
        statementBox.setCellFactory(view -> new NamedCell<>(this::statementName));
        statementBox.setButtonCell(new NamedCell<>(this::statementName, true));
        valueError.setText(i18n.get("claims.editor.value.invalid"));
        evidenceList.refresh();
        if (shown != null) {
            Claim again = shown;
            show(again, true);
        }
    }

    private String statementName(String id) {
        if (id == null || id.equals(NO_STATEMENT)) {
            return i18n.get("claims.editor.statement.none");
        }
        return project.claim(id).map(c -> ClaimsText.snippet(c, 60)).orElse(id);
    }

    /** A verdict with its colour swatch and its name (the name, not the colour, is the signal). */
    private final class VerdictCell extends ListCell<Verdict> {
        private final Region swatch = new Region();

        VerdictCell() {
            swatch.getStyleClass().add("verdict-swatch");
        }

        @Override
        protected void updateItem(Verdict verdict, boolean empty) {
            super.updateItem(verdict, empty);
            if (empty || verdict == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            KindIcons.setVerdictClass(swatch, verdict);
            setText(ClaimsText.verdict(i18n, verdict));
            setGraphic(swatch);
        }
    }

    /** A cell that shows a localized name; the "none" entry too. */
    private static final class NamedCell<T> extends ListCell<T> {
        private final Function<T, String> name;
        private final boolean button;

        NamedCell(Function<T, String> name) {
            this(name, false);
        }

        /** A button cell also names the empty choice ("—"), rather than showing a blank box. */
        NamedCell(Function<T, String> name, boolean button) {
            this.name = name;
            this.button = button;
        }

        @Override
        protected void updateItem(T item, boolean empty) {
            super.updateItem(item, empty);
            setText(empty && !button ? null : name.apply(empty ? null : item));
        }
    }

    /** A piece of evidence as its title, or its address while it has no title. */
    private final class EvidenceCell extends ListCell<Evidence> {
        EvidenceCell() {
            setTextOverrun(OverrunStyle.ELLIPSIS);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(Evidence item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                setGraphic(null);
                return;
            }
            String url = item.url().isBlank() ? i18n.get("claims.editor.evidence.noUrl") : item.url();
            setText(item.title() == null ? url : item.title() + " — " + url);
            setGraphic(new FontIcon(Material2AL.LINK));
        }
    }

    /** Dates as yyyy-mm-dd; a date that cannot be read keeps the one that was there. */
    private static final class IsoDates extends StringConverter<LocalDate> {
        private final DatePicker picker;

        IsoDates(DatePicker picker) {
            this.picker = picker;
        }

        @Override
        public String toString(LocalDate date) {
            return date == null ? "" : date.toString();
        }

        @Override
        public LocalDate fromString(String text) {
            if (text == null || text.isBlank()) {
                return null;
            }
            try {
                return LocalDate.parse(text.strip());
            } catch (DateTimeParseException e) {
                return picker.getValue();
            }
        }
    }
}
