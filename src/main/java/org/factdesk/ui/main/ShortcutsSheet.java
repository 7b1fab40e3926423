package org.factdesk.ui.main;

import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.stage.Window;
import org.factdesk.ui.I18n;

/** Help → Keyboard shortcuts: every key the window answers to, in the user's language. */
final class ShortcutsSheet {

    /** Shortcut and the key of its description. */
    static final List<String[]> SHORTCUTS = List.of(
            new String[] {"S / A / F", "shortcuts.mark"},
            new String[] {"Alt+S / Alt+A / Alt+F", "shortcuts.markExact"},
            new String[] {"F8 / Shift+F8", "shortcuts.next"},
            new String[] {"Ctrl+Enter", "shortcuts.editor"},
            new String[] {"Delete", "shortcuts.delete"},
            new String[] {"Ctrl+Z / Ctrl+Shift+Z", "shortcuts.undo"},
            new String[] {"Ctrl+F, F3 / Shift+F3, Esc", "shortcuts.find"},
            new String[] {"Ctrl+1 / Ctrl+2 / Ctrl+3", "shortcuts.panes"},
            new String[] {"F7", "shortcuts.suggest"},
            new String[] {"Enter / Backspace, Shift+Enter", "shortcuts.decide"},
            new String[] {"Ctrl+4 / Ctrl+5", "shortcuts.suggestionPanes"},
            new String[] {"Ctrl+I", "shortcuts.import"},
            new String[] {"Ctrl+Shift+V", "shortcuts.paste"},
            new String[] {"Ctrl+E", "shortcuts.export"},
            new String[] {"Ctrl+R", "shortcuts.review"},
            new String[] {"Ctrl+Shift+I / Ctrl+Shift+D", "shortcuts.versions"},
            new String[] {"Ctrl+Shift+M", "shortcuts.merge"},
            new String[] {"Ctrl+O / Ctrl+N / Ctrl+W", "shortcuts.project"},
            new String[] {"Ctrl++ / Ctrl+- / Ctrl+0", "shortcuts.textSize"},
            new String[] {"F1", "shortcuts.help"});

    private final I18n i18n;

    ShortcutsSheet(I18n i18n) {
        this.i18n = i18n;
    }

    void show(Window owner) {
        GridPane grid = new GridPane();
        grid.setId("shortcuts-sheet");
        grid.setHgap(24);
        grid.setVgap(6);
        grid.setPadding(new Insets(8));
        int row = 0;
        for (String[] shortcut : SHORTCUTS) {
            Label keys = new Label(shortcut[0]);
            keys.getStyleClass().add("shortcut-keys");
            grid.addRow(row++, keys, new Label(i18n.get(shortcut[1])));
        }
        Alert alert = new Alert(Alert.AlertType.NONE, "", ButtonType.CLOSE);
        alert.initOwner(owner);
        alert.setTitle(i18n.get("menu.help.shortcuts"));
        alert.setHeaderText(i18n.get("menu.help.shortcuts"));
        alert.getDialogPane().setContent(grid);
        alert.show();
    }
}
