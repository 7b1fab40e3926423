package org.factdesk.ui.claims;

import javafx.geometry.Pos;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.factdesk.model.Claim;
import org.factdesk.ui.I18n;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2MZ;

/** One row of the claims list: kind icon, the quoted snippet on one line, the verdict badge and "¶ 12". */
final class ClaimCell extends ListCell<Claim> {

    private static final int SNIPPET_CHARS = 160;

    private final ClaimsPanelViewModel viewModel;
    private final I18n i18n;
    private final FontIcon icon = new FontIcon();
    private final Label snippet = new Label();
    private final Label badge = new Label();
    private final Label paragraph = new Label();
    private final Label risk = new Label();
    private final HBox row = new HBox(8, icon, snippet, risk, badge, paragraph);
    private final Tooltip tooltip = new Tooltip();

    ClaimCell(ClaimsPanelViewModel viewModel, I18n i18n) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        getStyleClass().add("claim-cell");
        icon.getStyleClass().add("claim-kind-icon");
        snippet.getStyleClass().add("claim-snippet");
        snippet.setTextOverrun(OverrunStyle.ELLIPSIS);
        snippet.setMinWidth(0);
        snippet.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(snippet, Priority.ALWAYS);
        badge.getStyleClass().add("verdict-badge");
        badge.setMinWidth(Label.USE_PREF_SIZE);
        paragraph.getStyleClass().add("claim-paragraph");
        paragraph.setMinWidth(Label.USE_PREF_SIZE);
        risk.getStyleClass().add("translation-risk");
        risk.setGraphic(new FontIcon(Material2MZ.WARNING));
        risk.setMinWidth(Label.USE_PREF_SIZE);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinWidth(0);
        row.getStyleClass().add("claim-row");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        // A cell as wide as the list, never wider: the snippet is cut with an ellipsis instead of a scroll bar.
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(Claim claim, boolean empty) {
        super.updateItem(claim, empty);
        if (empty || claim == null) {
            setGraphic(null);
            setTooltip(null);
            KindIcons.setKindClass(this, null);
            return;
        }
        icon.setIconCode(KindIcons.ikon(claim.kind()));
        KindIcons.setKindClass(icon, claim.kind());
        KindIcons.setKindClass(this, claim.kind());
        snippet.setText(ClaimsText.snippet(claim, SNIPPET_CHARS));
        badge.setText(ClaimsText.verdict(i18n, claim.verdict()));
        KindIcons.setVerdictClass(badge, claim.verdict());
        String riskLabel = viewModel.riskLabel(claim);
        risk.setText(riskLabel.isEmpty() ? null : i18n.get("claims.translationRisk.short"));
        risk.setVisible(!riskLabel.isEmpty());
        risk.setManaged(!riskLabel.isEmpty());
        int number = viewModel.paragraphNumber(claim);
        paragraph.setText(i18n.get("claims.paragraph", number));
        String kindName = ClaimsText.kind(i18n, claim.kind());
        tooltip.setText(kindName + " · " + ClaimsText.verdict(i18n, claim.verdict()) + "\n"
                + ClaimsText.snippet(claim, 600) + (riskLabel.isEmpty() ? "" : "\n⚠ " + riskLabel));
        setTooltip(tooltip);
        setAccessibleText(kindName + ", " + ClaimsText.verdict(i18n, claim.verdict()) + ", "
                + i18n.get("claims.paragraph", number) + (riskLabel.isEmpty() ? "" : ", " + riskLabel) + ": "
                + claim.target().exact());
        setGraphic(row);
    }
}
