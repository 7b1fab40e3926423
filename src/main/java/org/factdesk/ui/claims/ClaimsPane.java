package org.factdesk.ui.claims;

import java.util.function.Consumer;
import javafx.scene.Node;
import javafx.scene.control.Label;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;

/** Placeholder until the claims panel lands. */
public final class ClaimsPane {
    private final Label label = new Label("claims");

    public ClaimsPane(ProjectViewModel viewModel, I18n i18n, Consumer<String> openUrl) {
    }

    public Node node() {
        return label;
    }

    public void focusEditor() {
    }

    public void focusList() {
    }
}
