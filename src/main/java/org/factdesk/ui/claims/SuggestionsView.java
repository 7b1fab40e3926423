package org.factdesk.ui.claims;

import javafx.beans.Observable;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.SelectionMode;
import javafx.scene.control.skin.VirtualFlow;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.factdesk.model.Suggestion;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;

/**
 * The "Suggestions" section of the sidebar: the analyser's pending suggestions grouped by kind. Enter accepts the
 * selected one, Backspace or Delete rejects it, Shift+Enter accepts its whole group; the selection then moves to the
 * next suggestion. Selecting one selects its words in the article.
 */
public final class SuggestionsView {

    private final SuggestionsViewModel viewModel;
    private final ProjectViewModel project;
    private final I18n i18n;
    private final VBox root = new VBox(6);
    private final ListView<SuggestionRow> list = new ListView<>();
    private final Label hint = new Label();
    private final Label emptyLabel = new Label();
    private final Button analyzeButton = new Button();
    private boolean syncing;

    public SuggestionsView(ProjectViewModel project, I18n i18n) {
        this.project = project;
        this.i18n = i18n;
        this.viewModel = new SuggestionsViewModel(project);
        createView();
        bind();
    }

    public Node node() {
        return root;
    }

    public SuggestionsViewModel viewModel() {
        return viewModel;
    }

    /** Gives the keyboard to the list, selecting the first suggestion when none is. */
    public void focusList() {
        list.requestFocus();
        viewModel.selectFirstIfNone();
    }

    private void createView() {
        root.setId("suggestions-panel");
        root.getStyleClass().add("suggestions-panel");
        root.getStylesheets().add(ClaimsSidebar.stylesheet());
        hint.setId("suggestions-hint");
        hint.getStyleClass().add("suggestions-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        list.setId("suggestions-list");
        list.getStyleClass().addAll("claims-list", "suggestions-list");
        list.getSelectionModel().setSelectionMode(SelectionMode.SINGLE);
        list.setCellFactory(view -> new SuggestionCell(viewModel, i18n, viewModel::acceptAll));
        emptyLabel.getStyleClass().add("claims-empty-text");
        emptyLabel.setWrapText(true);
        emptyLabel.setMaxWidth(360);
        analyzeButton.setId("suggestions-analyze");
        analyzeButton.setGraphic(new FontIcon(Material2AL.LIGHTBULB));
        analyzeButton.setOnAction(e -> project.analyze());
        VBox empty = new VBox(10, emptyLabel, analyzeButton);
        empty.setId("suggestions-empty");
        empty.getStyleClass().add("claims-empty");
        empty.setAlignment(Pos.CENTER);
        empty.setFillWidth(false);
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        HBox top = new HBox(hint);
        top.getStyleClass().add("suggestions-top");
        HBox.setHgrow(hint, Priority.ALWAYS);
        hint.setMaxWidth(Double.MAX_VALUE);
        root.getChildren().addAll(top, list);
    }

    private void bind() {
        list.setItems(viewModel.rows());
        hint.textProperty().bind(i18n.bind("claims.suggestions.hint"));
        emptyLabel.textProperty().bind(i18n.bind("claims.suggestions.empty"));
        analyzeButton.textProperty().bind(i18n.bind("claims.suggestions.analyze"));
        analyzeButton.disableProperty().bind(project.editableBinding().not());

        list.getSelectionModel().selectedIndexProperty().addListener((obs, old, now) -> {
            if (syncing || now == null || now.intValue() < 0) {
                return;
            }
            int index = now.intValue();
            SuggestionRow row = list.getItems().get(index);
            if (row.isHeader()) {
                // Headers are not choices: step over them in the direction the user moved.
                boolean up = old != null && old.intValue() > index && index > 0;
                int target = up ? index - 1 : index + 1;
                if (target >= 0 && target < list.getItems().size()) {
                    project.selectedSuggestionProperty().set(list.getItems().get(target).suggestion());
                }
                showSelection();
                return;
            }
            project.selectedSuggestionProperty().set(row.suggestion());
        });
        project.selectedSuggestionProperty().addListener((obs, old, now) -> showSelection());
        viewModel.rows().addListener((Observable o) -> showSelection());

        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.isShortcutDown() || e.isAltDown()) {
                return;
            }
            if (e.getCode() == KeyCode.ENTER) {
                if (e.isShiftDown()) {
                    viewModel.acceptAllOfSelectedKind();
                } else {
                    viewModel.acceptSelected();
                }
                e.consume();
            } else if (e.getCode() == KeyCode.BACK_SPACE || e.getCode() == KeyCode.DELETE) {
                viewModel.rejectSelected();
                e.consume();
            }
        });
        i18n.localeProperty().addListener((o, old, now) -> list.refresh());
        project.editableBinding().addListener((Observable o) -> list.refresh());
    }

    private void showSelection() {
        Suggestion selected = project.selectedSuggestionProperty().get();
        int index = viewModel.indexOf(selected);
        syncing = true;
        try {
            if (index < 0) {
                list.getSelectionModel().clearSelection();
                return;
            }
            if (list.getSelectionModel().getSelectedIndex() != index) {
                list.getSelectionModel().clearAndSelect(index);
            }
            list.getFocusModel().focus(index);
        } finally {
            syncing = false;
        }
        scrollIntoView(index);
    }

    private void scrollIntoView(int index) {
        if (list.lookup(".virtual-flow") instanceof VirtualFlow<?> flow) {
            var first = flow.getFirstVisibleCell();
            var last = flow.getLastVisibleCell();
            if (first != null && last != null && index > first.getIndex() && index < last.getIndex()) {
                return;
            }
            flow.scrollTo(Math.max(0, index - 1));
        } else {
            list.scrollTo(Math.max(0, index - 1));
        }
    }
}
