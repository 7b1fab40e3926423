package org.factdesk.ui.claims;

import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.beans.binding.Bindings;
import javafx.scene.control.SplitPane;
import javafx.scene.control.Tab;
import javafx.scene.control.TabPane;
import org.kordamp.ikonli.javafx.FontIcon;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;

/**
 * The claims side of the window in one piece for the shell to place: tabs for the claims panel, the analyser's
 * suggestions and the speakers quoted, above the editor of the selected claim. Enter in the claims list moves to the
 * editor.
 */
public final class ClaimsSidebar {

    private final ClaimsPanelView panel;
    private final ClaimEditorView editor;
    private final SplitPane split = new SplitPane();
    private final SuggestionsView suggestions;
    private final SpeakersView speakers;
    private final TabPane tabs = new TabPane();
    private final Tab claimsTab = new Tab();
    private final Tab suggestionsTab = new Tab();
    private final Tab speakersTab = new Tab();

    /**
     * @param openUrl opens a web address outside the app (the shell passes {@code HostServices::showDocument})
     */
    public ClaimsSidebar(ProjectViewModel project, I18n i18n, Consumer<String> openUrl) {
        panel = new ClaimsPanelView(project, i18n);
        editor = new ClaimEditorView(project, i18n, openUrl);
        panel.setOnOpenEditor(editor::focusEditor);
        suggestions = new SuggestionsView(project, i18n);
        speakers = new SpeakersView(project, panel.viewModel(), i18n);
        speakers.setOnShowClaims(() -> tabs.getSelectionModel().select(claimsTab));
        tabs.setId("sidebar-tabs");
        // AtlantaFX's dense tabs: three tabs fit the sidebar in either language.
        tabs.getStyleClass().addAll("sidebar-tabs", "dense");
        tabs.setTabClosingPolicy(TabPane.TabClosingPolicy.UNAVAILABLE);
        tab(claimsTab, "tab-claims", panel.node(), KindIcons.icon(org.factdesk.model.ClaimKind.STATEMENT));
        tab(suggestionsTab, "tab-suggestions", suggestions.node(),
                new FontIcon(org.kordamp.ikonli.material2.Material2AL.LIGHTBULB));
        tab(speakersTab, "tab-speakers", speakers.node(),
                new FontIcon(org.kordamp.ikonli.material2.Material2MZ.RECORD_VOICE_OVER));
        claimsTab.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("claims.tab.claims", project.claims().size()), i18n.localeProperty(),
                project.claims()));
        suggestionsTab.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("claims.tab.suggestions", project.suggestions().size()), i18n.localeProperty(),
                project.suggestions()));
        speakersTab.textProperty().bind(Bindings.createStringBinding(
                () -> i18n.get("claims.tab.speakers", project.speakers().size()), i18n.localeProperty(),
                project.speakers()));
        tabs.getTabs().addAll(claimsTab, suggestionsTab, speakersTab);
        // Whatever is selected elsewhere (a click in the article, F8) is shown in its own tab.
        project.selectedClaimProperty().addListener((obs, old, now) -> {
            if (now != null) {
                tabs.getSelectionModel().select(claimsTab);
            }
        });
        project.selectedSuggestionProperty().addListener((obs, old, now) -> {
            if (now != null) {
                tabs.getSelectionModel().select(suggestionsTab);
            }
        });
        split.setId("claims-sidebar");
        split.getStyleClass().add("claims-sidebar");
        split.setOrientation(Orientation.VERTICAL);
        split.getItems().addAll(tabs, editor.node());
        split.setDividerPositions(0.45);
        // Suggestions and speakers are not edited below: they take most of the height while shown.
        double[] claimsDivider = {0.45};
        tabs.getSelectionModel().selectedItemProperty().addListener((obs, old, now) -> {
            if (old == claimsTab) {
                claimsDivider[0] = split.getDividerPositions()[0];
            }
            split.setDividerPositions(now == claimsTab ? claimsDivider[0] : 0.8);
        });
        split.getStylesheets().add(stylesheet());
    }

    private static void tab(Tab tab, String id, Node content, Node graphic) {
        tab.setId(id);
        tab.setContent(content);
        graphic.getStyleClass().add("sidebar-tab-icon");
        tab.setGraphic(graphic);
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
        tabs.getSelectionModel().select(claimsTab);
        panel.focusList();
    }

    public SuggestionsView suggestions() {
        return suggestions;
    }

    /** Shows the suggestions and gives them the keyboard. */
    public void focusSuggestions() {
        tabs.getSelectionModel().select(suggestionsTab);
        suggestions.focusList();
    }

    /** Shows the speakers quoted and gives them the keyboard. */
    public void focusSpeakers() {
        tabs.getSelectionModel().select(speakersTab);
        speakers.focusList();
    }

    public void focusFilter() {
        tabs.getSelectionModel().select(claimsTab);
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
