package org.factdesk.ui.claims;

import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContentDisplay;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.OverrunStyle;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import org.factdesk.model.Attribution;
import org.factdesk.model.ClaimKind;
import org.factdesk.model.Figure;
import org.factdesk.model.Suggestion;
import org.factdesk.ui.I18n;
import org.kordamp.ikonli.javafx.FontIcon;

/**
 * One row of the suggestions list: a group header (kind icon, name, count, "Accept all") or a suggestion (kind icon,
 * quoted snippet, what the analyser read — the figure's normal form, the speaker, the statement's score — and
 * "¶ 12"). Suggestions keep their kind's icon and colour, with a dashed edge: not accepted yet.
 */
final class SuggestionCell extends ListCell<SuggestionRow> {

    private static final int SNIPPET_CHARS = 160;

    private final SuggestionsViewModel viewModel;
    private final I18n i18n;
    private final Consumer<ClaimKind> acceptAll;
    private final FontIcon icon = new FontIcon();
    private final Label snippet = new Label();
    private final Label detail = new Label();
    private final Label paragraph = new Label();
    private final HBox row = new HBox(8, icon, snippet, detail, paragraph);
    private final FontIcon headerIcon = new FontIcon();
    private final Label headerName = new Label();
    private final Label headerCount = new Label();
    private final Button headerAccept = new Button();
    private final HBox header;
    private final Tooltip tooltip = new Tooltip();

    SuggestionCell(SuggestionsViewModel viewModel, I18n i18n, Consumer<ClaimKind> acceptAll) {
        this.viewModel = viewModel;
        this.i18n = i18n;
        this.acceptAll = acceptAll;
        getStyleClass().add("suggestion-cell");
        icon.getStyleClass().add("claim-kind-icon");
        snippet.getStyleClass().add("claim-snippet");
        snippet.setTextOverrun(OverrunStyle.ELLIPSIS);
        snippet.setMinWidth(0);
        snippet.setMaxWidth(Double.MAX_VALUE);
        HBox.setHgrow(snippet, Priority.ALWAYS);
        detail.getStyleClass().add("suggestion-detail");
        detail.setMinWidth(Label.USE_PREF_SIZE);
        detail.setMaxWidth(160);
        detail.setTextOverrun(OverrunStyle.ELLIPSIS);
        paragraph.getStyleClass().add("claim-paragraph");
        paragraph.setMinWidth(Label.USE_PREF_SIZE);
        row.setAlignment(Pos.CENTER_LEFT);
        row.setMinWidth(0);
        row.getStyleClass().add("suggestion-row");

        headerIcon.getStyleClass().add("claim-kind-icon");
        headerName.getStyleClass().add("suggestion-group-name");
        headerCount.getStyleClass().add("suggestion-group-count");
        headerCount.setMinWidth(Label.USE_PREF_SIZE);
        headerAccept.getStyleClass().addAll("small", "suggestion-accept-all");
        headerAccept.setGraphic(new FontIcon(org.kordamp.ikonli.material2.Material2AL.DONE_ALL));
        headerAccept.setFocusTraversable(false);
        headerAccept.setMinWidth(Region.USE_PREF_SIZE);
        Region spring = new Region();
        HBox.setHgrow(spring, Priority.ALWAYS);
        header = new HBox(8, headerIcon, headerName, headerCount, spring, headerAccept);
        header.setAlignment(Pos.CENTER_LEFT);
        header.getStyleClass().add("suggestion-group");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(420);
        setContentDisplay(ContentDisplay.GRAPHIC_ONLY);
        setPrefWidth(0);
    }

    @Override
    protected void updateItem(SuggestionRow item, boolean empty) {
        super.updateItem(item, empty);
        getStyleClass().remove("suggestion-header-cell");
        if (empty || item == null) {
            setGraphic(null);
            setTooltip(null);
            setId(null);
            KindIcons.setKindClass(this, null);
            return;
        }
        KindIcons.setKindClass(this, item.kind());
        if (item.isHeader()) {
            getStyleClass().add("suggestion-header-cell");
            headerIcon.setIconCode(KindIcons.ikon(item.kind()));
            KindIcons.setKindClass(headerIcon, item.kind());
            headerName.setText(groupName(item.kind()));
            headerCount.setText(Integer.toString(item.count()));
            headerAccept.setText(i18n.get("claims.suggestions.acceptAll"));
            headerAccept.setId("suggestions-accept-all-" + item.kind().id());
            headerAccept.setOnAction(e -> acceptAll.accept(item.kind()));
            headerAccept.setDisable(!viewModel.project().editableBinding().get());
            setId("suggestions-group-" + item.kind().id());
            setAccessibleText(groupName(item.kind()) + ": " + item.count());
            setTooltip(null);
            setGraphic(header);
            return;
        }
        Suggestion suggestion = item.suggestion();
        setId(null);
        icon.setIconCode(KindIcons.ikon(suggestion.kind()));
        KindIcons.setKindClass(icon, suggestion.kind());
        snippet.setText(ClaimsText.snippet(suggestion.target(), SNIPPET_CHARS));
        String read = detail(suggestion);
        detail.setText(read);
        detail.setVisible(!read.isEmpty());
        detail.setManaged(!read.isEmpty());
        int number = viewModel.paragraphNumber(suggestion);
        paragraph.setText(i18n.get("claims.paragraph", number));
        String kindName = ClaimsText.kind(i18n, suggestion.kind());
        tooltip.setText(i18n.get("claims.suggestions.tooltip", kindName, read.isEmpty() ? "—" : read,
                ClaimsText.snippet(suggestion.target(), 600)));
        setTooltip(tooltip);
        setAccessibleText(i18n.get("claims.suggestions.accessible", kindName, read,
                i18n.get("claims.paragraph", number), suggestion.target().exact()));
        setGraphic(row);
    }

    private String groupName(ClaimKind kind) {
        return switch (kind) {
            case FIGURE -> i18n.get("claims.suggestions.group.figure");
            case ATTRIBUTION -> i18n.get("claims.suggestions.group.attribution");
            case STATEMENT -> i18n.get("claims.suggestions.group.statement");
            case TRANSLATION_ISSUE -> i18n.get("claims.kind.translation-issue");
        };
    }

    /** What the analyser read: a figure's normal form, an attribution's speaker, a statement's score. */
    private String detail(Suggestion suggestion) {
        Figure figure = suggestion.figure();
        Attribution attribution = suggestion.attribution();
        if (suggestion.kind() == ClaimKind.FIGURE && figure != null) {
            if (figure.normalized() != null && !figure.normalized().isBlank()) {
                return figure.normalized();
            }
            return figure.value() == null ? "" : figure.value().toPlainString()
                    + (figure.unit() == null ? "" : " " + figure.unit());
        }
        if (suggestion.kind() == ClaimKind.ATTRIBUTION && attribution != null) {
            return attribution.speaker() == null || attribution.speaker().isBlank()
                    ? i18n.get("claims.suggestions.noSpeaker") : attribution.speaker();
        }
        if (suggestion.score() != null) {
            return i18n.get("claims.suggestions.score", String.format(i18n.locale(), "%.2f", suggestion.score()));
        }
        return "";
    }
}
