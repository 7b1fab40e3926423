package org.factdesk.ui.main;

import java.util.EnumMap;
import java.util.Map;
import javafx.beans.Observable;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.factdesk.model.Claim;
import org.factdesk.model.ClaimKind;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;
import org.factdesk.ui.task.TaskRunner;

/** The line at the bottom: claim counts by kind, whether every change is saved, read-only state, running work. */
final class StatusBar {

    private final HBox bar = new HBox(12);
    private final Label counts = new Label();
    private final Label saved = new Label();
    private final Label readOnly = new Label();
    private final Label task = new Label();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button();
    private final ProjectViewModel viewModel;
    private final I18n i18n;

    StatusBar(ProjectViewModel viewModel, TaskRunner runner, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        bar.setId("status-bar");
        bar.getStyleClass().add("status-bar");
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setPadding(new Insets(4, 10, 4, 10));
        counts.setId("status-counts");
        saved.setId("status-saved");
        readOnly.setId("status-read-only");
        readOnly.getStyleClass().add("status-read-only");
        progress.setPrefWidth(140);
        cancel.setId("status-cancel");
        cancel.getStyleClass().addAll("flat", "small");
        cancel.textProperty().bind(i18n.bind("status.cancel"));
        cancel.setOnAction(event -> runner.cancelCurrent());
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        bar.getChildren().addAll(counts, spring, task, progress, cancel, readOnly, saved);

        progress.progressProperty().bind(runner.progressProperty());
        task.textProperty().bind(runner.titleProperty());
        for (Node busyOnly : new Node[] {task, progress, cancel}) {
            busyOnly.visibleProperty().bind(runner.busyProperty());
            busyOnly.managedProperty().bind(runner.busyProperty());
        }
        readOnly.visibleProperty().bind(viewModel.readOnlyProperty());
        readOnly.managedProperty().bind(viewModel.readOnlyProperty());
        viewModel.claims().addListener((Observable o) -> refresh());
        viewModel.pendingWritesProperty().addListener((Observable o) -> refresh());
        viewModel.workspaceProperty().addListener((Observable o) -> refresh());
        viewModel.currentDocumentProperty().addListener((Observable o) -> refresh());
        i18n.localeProperty().addListener((Observable o) -> refresh());
        refresh();
    }

    Node node() {
        return bar;
    }

    private void refresh() {
        Map<ClaimKind, Integer> byKind = new EnumMap<>(ClaimKind.class);
        for (Claim claim : viewModel.claims()) {
            byKind.merge(claim.kind(), 1, Integer::sum);
        }
        counts.setText(viewModel.currentDocumentProperty().get() == null ? ""
                : i18n.get("status.counts", byKind.getOrDefault(ClaimKind.STATEMENT, 0),
                        byKind.getOrDefault(ClaimKind.ATTRIBUTION, 0), byKind.getOrDefault(ClaimKind.FIGURE, 0)));
        boolean open = viewModel.workspaceProperty().get() != null;
        saved.setText(!open ? "" : viewModel.pendingWritesProperty().get() > 0 ? i18n.get("status.saving")
                : i18n.get("status.saved"));
        readOnly.setText(i18n.get("status.readOnly"));
    }
}
