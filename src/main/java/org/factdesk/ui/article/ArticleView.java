package org.factdesk.ui.article;

import javafx.scene.Node;
import javafx.scene.control.Label;
import org.factdesk.model.ClaimKind;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;

/** Placeholder until the article view lands. */
public final class ArticleView {
    private final Label label = new Label("article");

    public ArticleView(ProjectViewModel viewModel, I18n i18n) {
        label.textProperty().bind(viewModel.currentDocumentProperty().map(d -> d.text()));
        label.setWrapText(true);
    }

    public Node node() {
        return label;
    }

    public void markSelection(ClaimKind kind, boolean exact) {
    }

    public void showFind() {
    }

    public void selectNextClaim() {
    }

    public void selectPreviousClaim() {
    }

    public void focus() {
    }
}
