package org.factdesk.ui.claims;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;

/**
 * The claims side of the window in one piece for the shell to place: the claims panel above the editor of the
 * selected claim. Enter in the list moves to the editor.
 */
public final class ClaimsSidebar {

    private final ClaimsPanelView panel;
    private final ClaimEditorView editor;
    private final SplitPane split = new SplitPane();

    /**
     * @param openUrl opens a web address outside the app (the shell passes {@code HostServices::showDocument})
     */
    public ClaimsSidebar(ProjectViewModel project, I18n i18n, Consumer<String> openUrl) {
        panel = new ClaimsPanelView(project, i18n);
        editor = new ClaimEditorView(project, i18n, openUrl);
        panel.setOnOpenEditor(editor::focusEditor);
        split.setId("claims-sidebar");
        split.getStyleClass().add("claims-sidebar");
        split.setOrientation(Orientation.VERTICAL);
        split.getItems().addAll(panel.node(), editor.node());
        split.setDividerPositions(0.45);
        split.getStylesheets().add(stylesheet());
    }

    /** The address of claims.css, for a scene that wants it (the views also load it themselves). */
    public static String stylesheet() {
        return Objects.requireNonNull(ClaimsSidebar.class.getResource("claims.css"), "claims.css").toExternalForm();
    }

    public Node node() {
        return split;
    }

    public ClaimsPanelView panel() {
        return panel;
    }

    public ClaimEditorView editor() {
        return editor;
    }

    public void focusList() {
        panel.focusList();
    }

    public void focusFilter() {
        panel.focusFilter();
    }

    public void focusEditor() {
        editor.focusEditor();
    }

    public void selectNext() {
        panel.selectNext();
    }

    public void selectPrevious() {
        panel.selectPrevious();
    }
}
