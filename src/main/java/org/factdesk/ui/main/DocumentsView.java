package org.factdesk.ui.main;

import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.factdesk.service.DocumentInfo;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;

/** The project's articles; choosing one shows it. */
final class DocumentsView {

    private final VBox box = new VBox(6);
    private final ListView<DocumentInfo> list = new ListView<>();
    private boolean updating;

    DocumentsView(ProjectViewModel viewModel, I18n i18n) {
        Label heading = new Label();
        heading.textProperty().bind(i18n.bind("documents.heading"));
        heading.getStyleClass().add("pane-heading");
        heading.setLabelFor(list);
        list.setId("documents-list");
        list.setItems(viewModel.documents());
        Label empty = new Label();
        empty.textProperty().bind(i18n.bind("documents.empty"));
        empty.setWrapText(true);
        list.setPlaceholder(empty);
        // cells render their text once per item: redraw them when the language changes
        i18n.localeProperty().addListener((obs, old, now) -> list.refresh());
        list.setCellFactory(view -> new ListCell<>() {
            @Override
            protected void updateItem(DocumentInfo item, boolean emptyCell) {
                super.updateItem(item, emptyCell);
                if (emptyCell || item == null) {
                    setText(null);
                    setGraphic(null);
                    return;
                }
                Label title = new Label(item.title());
                title.getStyleClass().add("document-title");
                title.setWrapText(true);
                // wrap within the list instead of widening the cell (and the list a horizontal scroll bar)
                title.maxWidthProperty().bind(list.widthProperty().subtract(32));
                title.setMinHeight(javafx.scene.layout.Region.USE_PREF_SIZE);
                Label details = new Label(i18n.get("documents.details", item.language(), item.length()));
                details.getStyleClass().add("document-details");
                setGraphic(new VBox(2, title, details));
                setText(null);
            }
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != null && !updating) {
                viewModel.selectDocument(chosen.id());
            }
        });
        Runnable follow = () -> {
            updating = true;
            var current = viewModel.currentDocumentProperty().get();
            list.getItems().stream().filter(d -> current != null && d.id().equals(current.id())).findFirst()
                    .ifPresentOrElse(d -> list.getSelectionModel().select(d), () -> list.getSelectionModel().clearSelection());
            updating = false;
        };
        viewModel.currentDocumentProperty().addListener((Observable o) -> follow.run());
        viewModel.documents().addListener((Observable o) -> follow.run());
        VBox.setVgrow(list, Priority.ALWAYS);
        box.getChildren().addAll(heading, list);
        box.setPadding(new Insets(8));
        box.setMinWidth(160);
        box.setPrefWidth(220);
    }

    Node node() {
        return box;
    }

    void focus() {
        list.requestFocus();
    }
}
