package org.factdesk.ui.claims;

import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.OverrunStyle;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.factdesk.service.SpeakerSummary;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The people and organisations quoted in the current document, from its attributions and pending attribution
 * suggestions, with the spellings grouped. Selecting one narrows the claims list to that speaker's attributions;
 * Enter (or a double click) shows them.
 */
public final class SpeakersView {

    private final ProjectViewModel project;
    private final ClaimsPanelViewModel claims;
    private final I18n i18n;
    private final VBox root = new VBox(6);
    private final ListView<SpeakerSummary> list = new ListView<>();
    private final Label hint = new Label();
    private final Button clear = new Button();
    private Runnable onShowClaims = () -> { };

    public SpeakersView(ProjectViewModel project, ClaimsPanelViewModel claims, I18n i18n) {
        this.project = project;
        this.claims = claims;
        this.i18n = i18n;
        createView();
        bind();
    }

    public Node node() {
        return root;
    }

    /** What Enter on a speaker does after filtering: the sidebar shows the claims list. */
    public void setOnShowClaims(Runnable action) {
        onShowClaims = action == null ? () -> { } : action;
    }

    public void focusList() {
        list.requestFocus();
        if (list.getSelectionModel().isEmpty() && !list.getItems().isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
    }

    private void createView() {
        root.setId("speakers-panel");
        root.getStyleClass().add("speakers-panel");
        root.getStylesheets().add(ClaimsSidebar.stylesheet());
        hint.getStyleClass().add("suggestions-hint");
        hint.setWrapText(true);
        hint.setMinHeight(Region.USE_PREF_SIZE);
        hint.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(hint, Priority.ALWAYS);
        clear.setId("speakers-clear");
        clear.getStyleClass().add("small");
        clear.setMinWidth(Region.USE_PREF_SIZE);
        HBox top = new HBox(8, hint, clear);
        top.setAlignment(Pos.CENTER_LEFT);
        top.getStyleClass().add("suggestions-top");
        list.setId("speakers-list");
        list.getStyleClass().addAll("claims-list", "speakers-list");
        list.setCellFactory(view -> new SpeakerCell());
        Label empty = new Label();
        empty.getStyleClass().add("claims-empty-text");
        empty.setWrapText(true);
        empty.setMaxWidth(360);
        empty.textProperty().bind(i18n.bind("claims.speakers.empty"));
        list.setPlaceholder(empty);
        VBox.setVgrow(list, Priority.ALWAYS);
        root.getChildren().addAll(top, list);
    }

    private void bind() {
        list.setItems(project.speakers());
        hint.textProperty().bind(i18n.bind("claims.speakers.hint"));
        clear.textProperty().bind(i18n.bind("claims.speakers.clear"));
        clear.disableProperty().bind(claims.speakerFilterProperty().isNull());
        clear.setOnAction(e -> {
            claims.speakerFilterProperty().set(null);
            list.getSelectionModel().clearSelection();
        });
        list.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (now != null) {
                claims.speakerFilterProperty().set(now);
            }
        });
        // A new list (another document, an accepted attribution): the filter follows the same speaker, if still there.
        project.speakers().addListener((javafx.beans.Observable o) -> {
            SpeakerSummary wanted = claims.speakerFilterProperty().get();
            if (wanted == null) {
                return;
            }
            SpeakerSummary same = project.speakers().stream().filter(s -> s.name().equals(wanted.name()))
                    .findFirst().orElse(null);
            claims.speakerFilterProperty().set(same);
            if (same != null) {
                list.getSelectionModel().select(same);
            }
        });
        list.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ENTER && list.getSelectionModel().getSelectedItem() != null) {
                showClaims();
                e.consume();
            } else if (e.getCode() == KeyCode.ESCAPE && claims.speakerFilterProperty().get() != null) {
                clear.fire();
                e.consume();
            }
        });
        list.addEventHandler(MouseEvent.MOUSE_CLICKED, e -> {
            if (e.getClickCount() == 2 && list.getSelectionModel().getSelectedItem() != null) {
                showClaims();
            }
        });
        i18n.localeProperty().addListener((o, old, now) -> list.refresh());
    }

    /** Shows the speaker's claims and selects the first. */
    private void showClaims() {
        onShowClaims.run();
        if (!claims.visibleClaims().isEmpty()) {
            project.selectedClaimProperty().set(claims.visibleClaims().get(0));
        }
    }

    /** A speaker: name, other spellings, and counts. */
    private final class SpeakerCell extends ListCell<SpeakerSummary> {
        private final FontIcon icon = new FontIcon(Material2MZ.RECORD_VOICE_OVER);
        private final Label name = new Label();
        private final Label variants = new Label();
        private final Label counts = new Label();
        private final VBox text = new VBox(1, name, variants);
        private final HBox row = new HBox(8, icon, text, counts);

        SpeakerCell() {
            getStyleClass().add("speaker-cell");
            icon.getStyleClass().addAll("claim-kind-icon", KindIcons.kindClass(org.factdesk.model.ClaimKind.ATTRIBUTION));
            name.getStyleClass().add("speaker-name");
            name.setTextOverrun(OverrunStyle.ELLIPSIS);
            variants.getStyleClass().add("speaker-variants");
            variants.setTextOverrun(OverrunStyle.ELLIPSIS);
            counts.getStyleClass().add("speaker-counts");
            counts.setMinWidth(Label.USE_PREF_SIZE);
            text.setMinWidth(0);
            HBox.setHgrow(text, Priority.ALWAYS);
            row.setAlignment(Pos.CENTER_LEFT);
            row.setMinWidth(0);
            setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
            setPrefWidth(0);
        }

        @Override
        protected void updateItem(SpeakerSummary speaker, boolean empty) {
            super.updateItem(speaker, empty);
            if (empty || speaker == null) {
                setGraphic(null);
                return;
            }
            name.setText(speaker.name());
            String others = String.join(", ", speaker.variants().stream().filter(v -> !v.equals(speaker.name()))
                    .toList());
            variants.setText(others.isEmpty() ? "" : i18n.get("claims.speakers.variants", others));
            variants.setVisible(!others.isEmpty());
            variants.setManaged(!others.isEmpty());
            counts.setText(i18n.get("claims.speakers.counts", speaker.claims(), speaker.suggestions()));
            setAccessibleText(speaker.name() + ", " + counts.getText());
            setGraphic(row);
        }
    }
}
