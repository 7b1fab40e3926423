package org.factdesk.ui.versions;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.SplitPane;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.factdesk.model.Target;
import org.factdesk.service.ClaimPlacement;
import org.factdesk.service.VersionComparison;
import org.factdesk.service.VersionComparison.Span;
import org.factdesk.ui.I18n;
import org.fxmisc.flowless.VirtualizedScrollPane;
import org.fxmisc.richtext.StyleClassedTextArea;

/**
 * The two versions of an article side by side, deleted words struck through on the left and inserted words
 * underlined on the right, with the claims that moved, changed text or were orphaned. Selecting a claim shows it on
 * both sides; an orphan can be re-attached to the words selected on the right (Ctrl+R) or dropped (Delete).
 */
public final class VersionsView {

    private final VersionsViewModel viewModel;
    private final I18n i18n;
    private final Stage stage = new Stage();
    private final StyleClassedTextArea previous = area("versions-previous");
    private final StyleClassedTextArea current = area("versions-current");
    private final ListView<ClaimPlacement> list = new ListView<>();
    private final Label heading = new Label();
    private final Button reattach = new Button();
    private final Button drop = new Button();

    public VersionsView(VersionsViewModel viewModel, I18n i18n, Window owner) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        stage.initOwner(owner);
        stage.titleProperty().bind(i18n.bind("versions.title"));
        Scene scene = new Scene(createView(), 1200, 720);
        Stylesheets.apply(scene, owner);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.R, KeyCombination.SHORTCUT_DOWN),
                this::reattachSelection);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.Z, KeyCombination.SHORTCUT_DOWN), viewModel::undo);
        scene.getAccelerators().put(new KeyCodeCombination(KeyCode.ESCAPE), stage::close);
        stage.setScene(scene);
        bind();
    }

    private static StyleClassedTextArea area(String id) {
        StyleClassedTextArea area = new StyleClassedTextArea();
        area.setId(id);
        area.setEditable(false);
        area.setWrapText(true);
        area.getStyleClass().add("version-area");
        return area;
    }

    private BorderPane createView() {
        heading.setId("versions-heading");
        heading.getStyleClass().add("pane-heading");
        heading.setWrapText(true);
        Label legend = new Label();
        legend.textProperty().bind(i18n.bind("versions.legend"));
        legend.setWrapText(true);
        legend.getStyleClass().add("versions-legend");

        list.setId("versions-claims");
        list.setItems(viewModel.claims());
        list.setCellFactory(view -> new PlacementCell());
        Label empty = new Label();
        empty.textProperty().bind(i18n.bind("versions.none"));
        list.setPlaceholder(empty);
        reattach.setId("versions-reattach");
        reattach.textProperty().bind(i18n.bind("versions.reattach"));
        reattach.setOnAction(event -> reattachSelection());
        drop.setId("versions-drop");
        drop.textProperty().bind(i18n.bind("versions.drop"));
        drop.setOnAction(event -> viewModel.drop());
        list.setOnKeyPressed(event -> {
            if (event.getCode() == KeyCode.DELETE && viewModel.selectedIsOrphan()) {
                viewModel.drop();
                event.consume();
            }
        });
        Label claimsLabel = label("versions.claims");
        claimsLabel.setLabelFor(list);
        VBox claims = new VBox(6, claimsLabel, list, new HBox(6, reattach, drop));
        VBox.setVgrow(list, Priority.ALWAYS);
        claims.setPadding(new Insets(0, 0, 0, 6));

        VBox left = side("versions.previous", previous);
        VBox right = side("versions.current", current);
        SplitPane split = new SplitPane(left, right, claims);
        split.setDividerPositions(0.37, 0.74);
        BorderPane root = new BorderPane(split);
        root.setId("versions-view");
        root.setTop(new VBox(4, heading, legend));
        BorderPane.setMargin(root.getTop(), new Insets(0, 0, 8, 0));
        root.setPadding(new Insets(10));
        return root;
    }

    private Label label(String key) {
        Label label = new Label();
        label.textProperty().bind(i18n.bind(key));
        label.getStyleClass().add("pane-heading");
        return label;
    }

    private VBox side(String key, StyleClassedTextArea area) {
        VirtualizedScrollPane<StyleClassedTextArea> scroll = new VirtualizedScrollPane<>(area);
        Label label = label(key);
        label.setLabelFor(area);
        VBox box = new VBox(6, label, scroll);
        VBox.setVgrow(scroll, Priority.ALWAYS);
        return box;
    }

    private void bind() {
        viewModel.comparisonProperty().addListener((obs, old, comparison) -> showTexts(comparison));
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, chosen) -> {
            if (chosen != viewModel.selectedProperty().get()) {
                viewModel.selectedProperty().set(chosen);
            }
        });
        viewModel.selectedProperty().addListener((obs, old, chosen) -> {
            if (list.getSelectionModel().getSelectedItem() != chosen) {
                list.getSelectionModel().select(chosen);
            }
            showClaim(chosen);
        });
        var orphan = javafx.beans.binding.Bindings.createBooleanBinding(viewModel::selectedIsOrphan,
                viewModel.selectedProperty());
        drop.disableProperty().bind(orphan.not());
        reattach.disableProperty().bind(orphan.not().or(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> current.getSelection().getLength() == 0, current.selectionProperty())));
    }

    private void showTexts(VersionComparison comparison) {
        if (comparison == null) {
            return;
        }
        heading.setText(i18n.get("versions.heading", comparison.previous().title(), comparison.current().title(),
                count(comparison, ClaimPlacement.Status.MOVED), count(comparison, ClaimPlacement.Status.CHANGED),
                count(comparison, ClaimPlacement.Status.ORPHANED)));
        if (!previous.getText().equals(comparison.previous().text())) {
            previous.replaceText(comparison.previous().text());
        }
        if (!current.getText().equals(comparison.current().text())) {
            current.replaceText(comparison.current().text());
        }
        showClaim(viewModel.selectedProperty().get());
    }

    private static long count(VersionComparison comparison, ClaimPlacement.Status status) {
        return comparison.claims().stream().filter(c -> c.status() == status).count();
    }

    private void showClaim(ClaimPlacement claim) {
        VersionComparison comparison = viewModel.comparisonProperty().get();
        if (comparison == null) {
            return;
        }
        Span before = claim == null ? null : span(claim.before());
        Span after = claim == null ? null : span(claim.after());
        previous.setStyleSpans(0, VersionStyles.plan(previous.getLength(), comparison.deleted(), "diff-deleted",
                before));
        current.setStyleSpans(0, VersionStyles.plan(current.getLength(), comparison.inserted(), "diff-inserted",
                after));
        reveal(previous, before);
        reveal(current, after);
    }

    private static Span span(Target target) {
        return target == null ? null : new Span(target.start(), target.end());
    }

    private static void reveal(StyleClassedTextArea area, Span span) {
        if (span != null && span.end() <= area.getLength()) {
            area.showParagraphAtCenter(area.offsetToPosition(span.start(),
                    org.fxmisc.richtext.model.TwoDimensional.Bias.Forward).getMajor());
        }
    }

    private void reattachSelection() {
        if (viewModel.selectedIsOrphan() && current.getSelection().getLength() > 0) {
            viewModel.reattach(current.getSelection().getStart(), current.getSelection().getEnd());
        }
    }

    /** Opens the window and compares the versions. */
    public void show() {
        stage.show();
        viewModel.load();
        list.requestFocus();
    }

    public Stage stage() {
        return stage;
    }

    /** One claim: what became of it (in words and a sign, never colour alone) and its text. */
    private final class PlacementCell extends ListCell<ClaimPlacement> {
        @Override
        protected void updateItem(ClaimPlacement item, boolean empty) {
            super.updateItem(item, empty);
            getStyleClass().removeAll(List.of("placement-unchanged", "placement-moved", "placement-changed",
                    "placement-orphaned", "placement-new"));
            if (empty || item == null) {
                setText(null);
                return;
            }
            String status = item.status().name().toLowerCase(java.util.Locale.ROOT);
            getStyleClass().add("placement-" + status);
            Target shown = item.after() != null ? item.after() : item.before();
            String exact = shown == null ? "" : shown.exact();
            if (exact.length() > 90) {
                exact = exact.substring(0, 88) + "…";
            }
            setText(sign(item.status()) + " " + statusText(item.status()) + " · " + kindText(item.kind()) + "\n«"
                    + exact + "»");
            setWrapText(true);
            setPrefWidth(0);
        }
    }

    private String statusText(ClaimPlacement.Status status) {
        return switch (status) {
            case UNCHANGED -> i18n.get("versions.status.unchanged");
            case MOVED -> i18n.get("versions.status.moved");
            case CHANGED -> i18n.get("versions.status.changed");
            case ORPHANED -> i18n.get("versions.status.orphaned");
            case NEW -> i18n.get("versions.status.new");
        };
    }

    private String kindText(org.factdesk.model.ClaimKind kind) {
        return switch (kind) {
            case STATEMENT -> i18n.get("claims.kind.statement");
            case ATTRIBUTION -> i18n.get("claims.kind.attribution");
            case FIGURE -> i18n.get("claims.kind.figure");
            case TRANSLATION_ISSUE -> i18n.get("claims.kind.translation-issue");
        };
    }

    private static String sign(ClaimPlacement.Status status) {
        return switch (status) {
            case UNCHANGED -> "=";
            case MOVED -> "↕";
            case CHANGED -> "≈";
            case ORPHANED -> "✕";
            case NEW -> "+";
        };
    }
}
