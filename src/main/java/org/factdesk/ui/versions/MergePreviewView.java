package org.factdesk.ui.versions;

import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.factdesk.service.MergePlan;
import org.factdesk.service.MergePlan.Change;
import org.factdesk.service.MergePlan.ClaimChange;
import org.factdesk.service.MergePlan.FieldDifference;
import org.factdesk.service.MergePlan.Side;
import org.factdesk.ui.I18n;

/**
 * The preview of merging a colleague's report: counts of new, updated, conflicting and unchanged claims, the list of
 * them (conflicts first), and for the selected conflict its fields side by side with a choice of mine or theirs.
 * Apply merges in one undoable step; Cancel (or Escape) changes nothing.
 */
public final class MergePreviewView {

    private final MergePreviewViewModel viewModel;
    private final I18n i18n;
    private final Stage stage = new Stage();
    private final ListView<ClaimChange> list = new ListView<>();
    private final GridPane fields = new GridPane();
    private final ToggleGroup sides = new ToggleGroup();
    private final RadioButton mine = new RadioButton();
    private final RadioButton theirs = new RadioButton();
    private final Label detailHeading = new Label();

    public MergePreviewView(MergePreviewViewModel viewModel, I18n i18n, Window owner) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        stage.initOwner(owner);
        stage.initModality(Modality.WINDOW_MODAL);
        stage.titleProperty().bind(i18n.bind("merge.title"));
        Scene scene = new Scene(createView(), 980, 640);
        Stylesheets.apply(scene, owner);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
    }

    private BorderPane createView() {
        MergePlan plan = viewModel.plan();
        Label summary = new Label(i18n.get("merge.summary", plan.count(Change.NEW), plan.count(Change.UPDATED),
                plan.count(Change.CONFLICT), plan.count(Change.UNCHANGED), plan.newDocuments().size(),
                plan.file().getFileName().toString()));
        summary.setId("merge-summary");
        summary.setWrapText(true);
        summary.getStyleClass().add("pane-heading");

        list.setId("merge-changes");
        list.setItems(viewModel.changes());
        list.setCellFactory(view -> new ChangeCell());
        list.setPrefWidth(380);
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            viewModel.selectedProperty().set(chosen);
            showDetail(chosen);
        });

        mine.setId("merge-mine");
        theirs.setId("merge-theirs");
        mine.setToggleGroup(sides);
        theirs.setToggleGroup(sides);
        mine.textProperty().bind(i18n.bind("merge.keepMine"));
        theirs.textProperty().bind(i18n.bind("merge.takeTheirs"));
        sides.selectedToggleProperty().addListener((obs, old, toggle) -> {
            ClaimChange selected = viewModel.selectedProperty().get();
            if (selected != null && toggle != null) {
                viewModel.choose(selected.claimId(), toggle == mine ? Side.MINE : Side.THEIRS);
                list.refresh();
            }
        });
        fields.setId("merge-fields");
        fields.setHgap(12);
        fields.setVgap(6);
        ColumnConstraints name = new ColumnConstraints();
        name.setMinWidth(80);
        ColumnConstraints side = new ColumnConstraints();
        side.setPercentWidth(42);
        fields.getColumnConstraints().setAll(name, side, side);
        detailHeading.setWrapText(true);
        detailHeading.getStyleClass().add("merge-detail-heading");
        VBox detail = new VBox(10, detailHeading, fields, new HBox(16, mine, theirs));
        detail.setPadding(new Insets(0, 0, 0, 12));
        HBox.setHgrow(detail, Priority.ALWAYS);

        Button apply = new Button();
        apply.setId("merge-apply");
        apply.textProperty().bind(i18n.bind("merge.apply"));
        apply.setDefaultButton(true);
        apply.setOnAction(event -> {
            viewModel.apply();
            stage.close();
        });
        Button cancel = new Button();
        cancel.setId("merge-cancel");
        cancel.textProperty().bind(i18n.bind("merge.cancel"));
        cancel.setCancelButton(true);
        cancel.setOnAction(event -> stage.close());
        HBox buttons = new HBox(8, cancel, apply);
        buttons.setPadding(new Insets(10, 0, 0, 0));
        buttons.setStyle("-fx-alignment: center-right;");

        BorderPane root = new BorderPane(new HBox(list, detail));
        root.setId("merge-preview");
        root.setTop(summary);
        BorderPane.setMargin(summary, new Insets(0, 0, 10, 0));
        root.setBottom(buttons);
        root.setPadding(new Insets(12));
        showDetail(null);
        return root;
    }

    private void showDetail(ClaimChange change) {
        fields.getChildren().clear();
        boolean conflict = change != null && change.change() == Change.CONFLICT;
        mine.setVisible(conflict);
        theirs.setVisible(conflict);
        if (change == null) {
            detailHeading.setText(i18n.get("merge.pick"));
            return;
        }
        detailHeading.setText(changeText(change.change())
                + " · «" + change.theirs().target().exact() + "»"
                + (change.deletedHere() ? " · " + i18n.get("merge.deletedHere") : ""));
        fields.add(header("merge.field"), 0, 0);
        fields.add(header("merge.mine"), 1, 0);
        fields.add(header("merge.theirs"), 2, 0);
        int row = 1;
        for (FieldDifference difference : change.differences()) {
            fields.add(new Label(fieldText(difference.field())), 0, row);
            fields.add(value(difference.mine(), "merge-value-mine"), 1, row);
            fields.add(value(difference.theirs(), "merge-value-theirs"), 2, row);
            row++;
        }
        if (conflict) {
            sides.selectToggle(viewModel.choices().get(change.claimId()) == Side.MINE ? mine : theirs);
        }
    }

    private Label header(String key) {
        Label label = new Label(i18n.get(key));
        label.getStyleClass().add("merge-field-header");
        return label;
    }

    private Label value(String text, String styleClass) {
        Label label = new Label(text == null ? i18n.get("merge.absent") : text.isEmpty() ? i18n.get("merge.empty")
                : text);
        label.setWrapText(true);
        label.getStyleClass().addAll("merge-value", styleClass);
        return label;
    }

    /** Opens the preview; the first conflict (or change) is selected. */
    public void show() {
        stage.show();
        list.requestFocus();
        if (!list.getItems().isEmpty()) {
            list.getSelectionModel().select(0);
        }
    }

    public Stage stage() {
        return stage;
    }

    /** One claim of the report: its kind of change in words and a sign, and for a conflict the side chosen. */
    private final class ChangeCell extends ListCell<ClaimChange> {
        @Override
        protected void updateItem(ClaimChange item, boolean empty) {
            super.updateItem(item, empty);
            if (empty || item == null) {
                setText(null);
                return;
            }
            String text = item.theirs().target().exact();
            if (text.length() > 60) {
                text = text.substring(0, 58) + "…";
            }
            String choice = item.change() == Change.CONFLICT ? " → " + i18n.get(viewModel.choices()
                    .get(item.claimId()) == Side.MINE ? "merge.keepMine" : "merge.takeTheirs") : "";
            setText(sign(item.change()) + " " + changeText(item.change()) + choice + "\n«" + text + "»");
        }
    }

    private String changeText(Change change) {
        return switch (change) {
            case NEW -> i18n.get("merge.change.new");
            case UPDATED -> i18n.get("merge.change.updated");
            case CONFLICT -> i18n.get("merge.change.conflict");
            case UNCHANGED -> i18n.get("merge.change.unchanged");
        };
    }

    private String fieldText(String field) {
        return switch (field) {
            case "verdict" -> i18n.get("merge.field.verdict");
            case "note" -> i18n.get("merge.field.note");
            case "tags" -> i18n.get("merge.field.tags");
            case "evidence" -> i18n.get("merge.field.evidence");
            case "span" -> i18n.get("merge.field.span");
            case "claim" -> i18n.get("merge.field.claim");
            default -> i18n.get("merge.field.details");
        };
    }

    private static String sign(Change change) {
        return switch (change) {
            case NEW -> "+";
            case UPDATED -> "↻";
            case CONFLICT -> "⚠";
            case UNCHANGED -> "=";
        };
    }
}
