package org.factdesk.ui.main;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.ToolBar;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.factdesk.model.ClaimKind;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;
import org.factdesk.ui.article.ArticleView;
import org.factdesk.ui.claims.ClaimsSidebar;
import org.factdesk.ui.dialog.DialogService;
import org.factdesk.ui.prefs.Preference;
import org.factdesk.ui.prefs.Preferences;
import org.factdesk.ui.review.ReviewView;
import org.factdesk.ui.review.ReviewViewModel;
import org.factdesk.ui.task.TaskRunner;
import org.factdesk.ui.versions.MergePreviewView;
import org.factdesk.ui.versions.MergePreviewViewModel;
import org.factdesk.ui.versions.VersionsView;
import org.factdesk.ui.versions.VersionsViewModel;
import org.kordamp.ikonli.Ikon;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

/**
 * The main window: menus and toolbar above, the project's articles, the article and the claims panel side by side,
 * the status bar below. It wires the parts to the one {@link ProjectViewModel}.
 */
public final class MainWindow {

    private final Stage stage;
    private final ProjectViewModel viewModel;
    private final I18n i18n;
    private final Preferences preferences;
    private final MainActions actions;
    private final DocumentsView documents;
    private final ArticleView article;
    private final ClaimsSidebar claims;
    private final StatusBar statusBar;
    private final Scene scene;
    private final Consumer<String> openUrl;
    private final TaskRunner runner;
    private final DialogService dialogs;
    private final BorderPane root = new BorderPane();
    private Node mainCenter;
    private ReviewView review;
    private ReviewViewModel reviewModel;
    private Theme theme;

    public MainWindow(Stage stage, ProjectViewModel viewModel, TaskRunner runner, DialogService dialogs,
            Preferences preferences, Consumer<String> openUrl) {
        this.stage = stage;
        this.viewModel = viewModel;
        this.i18n = viewModel.i18n();
        this.preferences = preferences;
        this.openUrl = openUrl;
        this.runner = runner;
        this.dialogs = dialogs;
        this.actions = new MainActions(viewModel, dialogs, preferences, i18n);
        this.documents = new DocumentsView(viewModel, i18n);
        this.article = new ArticleView(viewModel, i18n);
        this.claims = new ClaimsSidebar(viewModel, i18n, openUrl);
        this.statusBar = new StatusBar(viewModel, runner, i18n);

        root.setId("main-window");
        root.setTop(new VBox(menuBar(), toolBar()));
        mainCenter = center();
        root.setCenter(mainCenter);
        viewModel.currentDocumentProperty().addListener((obs, old, shown) -> {
            if (shown == null || old != null && !old.id().equals(shown.id())) {
                closeReview();
            }
        });
        root.setBottom(statusBar.node());
        scene = new Scene(root, 1280, 800);
        theme = Theme.fromId(preferences.get(Preference.THEME));
        theme.apply(scene);
        applyTextSize(preferences.get(Preference.TEXT_SIZE));
        acceptDroppedFiles(root);
        stage.titleProperty().bind(javafx.beans.binding.Bindings.createStringBinding(this::title,
                viewModel.currentDocumentProperty(), viewModel.workspaceProperty(), viewModel.readOnlyProperty(),
                i18n.localeProperty()));
        stage.setScene(scene);
        // A new mark is edited at once: its verdict box takes the focus (the issue's "editor focused").
        viewModel.justMarkedProperty().addListener((obs, old, marked) -> {
            if (marked != null) {
                claims.focusEditor();
            }
        });
    }

    public Scene scene() {
        return scene;
    }

    private String title() {
        var document = viewModel.currentDocumentProperty().get();
        var workspace = viewModel.workspaceProperty().get();
        String base = i18n.get("app.title");
        if (workspace == null) {
            return base;
        }
        String project = workspace.file().getFileName().toString();
        String readOnly = viewModel.readOnlyProperty().get() ? " " + i18n.get("title.readOnly") : "";
        return (document == null ? project : document.title() + " — " + project) + readOnly + " — " + base;
    }

    private Node center() {
        Label banner = new Label();
        banner.setId("read-only-banner");
        banner.getStyleClass().add("read-only-banner");
        banner.setMaxWidth(Double.MAX_VALUE);
        banner.setWrapText(true);
        banner.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.get("banner.readOnly", viewModel.readOnlyReasonProperty().get()),
                viewModel.readOnlyReasonProperty(), i18n.localeProperty()));
        banner.visibleProperty().bind(viewModel.readOnlyProperty());
        banner.managedProperty().bind(viewModel.readOnlyProperty());
        Node articleNode = new javafx.scene.layout.StackPane(article.node(), placeholder());
        VBox.setVgrow(articleNode, Priority.ALWAYS);
        VBox middle = new VBox(banner, articleNode);

        SplitPane split = new SplitPane(documents.node(), middle, claims.node());
        split.setId("main-split");
        split.setDividerPositions(0.17, 0.64);
        SplitPane.setResizableWithParent(documents.node(), false);
        SplitPane.setResizableWithParent(claims.node(), false);
        return split;
    }

    /** Stands in for the article until a project is open: "Opening…" while one loads, else how to open one. */
    private Node placeholder() {
        Label placeholder = new Label();
        placeholder.setId("project-placeholder");
        placeholder.getStyleClass().add("project-placeholder");
        placeholder.setWrapText(true);
        placeholder.textProperty().bind(javafx.beans.binding.Bindings.createStringBinding(
                () -> i18n.get(viewModel.loadingProperty().get() ? "placeholder.opening" : "placeholder.noProject"),
                viewModel.loadingProperty(), i18n.localeProperty()));
        var shown = viewModel.workspaceProperty().isNull();
        placeholder.visibleProperty().bind(shown);
        placeholder.managedProperty().bind(shown);
        return placeholder;
    }

    // ---- menus ----

    private MenuItem item(String key, Runnable action, String accelerator) {
        MenuItem item = new MenuItem();
        item.textProperty().bind(i18n.bind(key));
        item.setId(key.replace('.', '-'));
        item.setOnAction(event -> action.run());
        if (accelerator != null) {
            item.setAccelerator(KeyCombination.keyCombination(accelerator));
        }
        return item;
    }

    private Menu menu(String key, MenuItem... items) {
        Menu menu = new Menu();
        menu.textProperty().bind(i18n.bind(key));
        menu.setId(key.replace('.', '-'));
        menu.getItems().addAll(items);
        return menu;
    }

    private MenuBar menuBar() {
        var editable = viewModel.editableBinding();
        var open = viewModel.workspaceProperty().isNotNull();

        Menu recent = menu("menu.file.recent");
        recent.setOnShowing(event -> fillRecent(recent));
        fillRecent(recent);
        MenuItem importItem = item("menu.file.import", actions::importArticles, "Shortcut+I");
        MenuItem paste = item("menu.file.paste", actions::pasteArticle, "Shortcut+Shift+V");
        MenuItem export = item("menu.file.export", () -> actions.export(this::showFile), "Shortcut+E");
        MenuItem close = item("menu.file.close", viewModel::close, "Shortcut+W");
        MenuItem importVersion = item("menu.file.importVersion", this::importVersion, "Shortcut+Shift+I");
        importVersion.disableProperty().bind(editable.not().or(viewModel.currentDocumentProperty().isNull()));
        MenuItem merge = item("menu.file.mergeReport", () -> actions.mergeReport(this::showMergePreview),
                "Shortcut+Shift+M");
        merge.disableProperty().bind(open.not().or(viewModel.readOnlyProperty()));
        importItem.disableProperty().bind(open.not().or(viewModel.readOnlyProperty()));
        paste.disableProperty().bind(open.not().or(viewModel.readOnlyProperty()));
        export.disableProperty().bind(open.not());
        close.disableProperty().bind(open.not());
        Menu file = menu("menu.file",
                item("menu.file.new", actions::newProject, "Shortcut+N"),
                item("menu.file.open", actions::openProject, "Shortcut+O"),
                recent, new SeparatorMenuItem(), importItem, paste, importVersion, merge, export, new SeparatorMenuItem(),
                close,
                item("menu.file.quit", stage::close, "Shortcut+Q"));

        MenuItem undo = item("menu.edit.undo", viewModel::undo, "Shortcut+Z");
        MenuItem redo = item("menu.edit.redo", viewModel::redo, "Shortcut+Shift+Z");
        undo.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !viewModel.historyProperty().get().canUndo() || viewModel.readOnlyProperty().get(),
                viewModel.historyProperty(), viewModel.readOnlyProperty()));
        redo.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !viewModel.historyProperty().get().canRedo() || viewModel.readOnlyProperty().get(),
                viewModel.historyProperty(), viewModel.readOnlyProperty()));
        MenuItem redoAlt = item("menu.edit.redoAlt", viewModel::redo, "Shortcut+Y");
        redoAlt.disableProperty().bind(redo.disableProperty());
        redoAlt.setVisible(false);
        MenuItem find = item("menu.edit.find", article::showFind, "Shortcut+F");
        find.disableProperty().bind(viewModel.currentDocumentProperty().isNull());
        MenuItem delete = item("menu.edit.delete", this::deleteSelected, "Shortcut+Delete");
        delete.disableProperty().bind(editable.not().or(viewModel.selectedClaimProperty().isNull()));
        Menu edit = menu("menu.edit", undo, redo, redoAlt, new SeparatorMenuItem(), find, delete);

        MenuItem statement = item("menu.claim.statement", () -> article.markSelection(ClaimKind.STATEMENT, false),
                null);
        MenuItem attribution = item("menu.claim.attribution",
                () -> article.markSelection(ClaimKind.ATTRIBUTION, false), null);
        MenuItem figure = item("menu.claim.figure", () -> article.markSelection(ClaimKind.FIGURE, false), null);
        for (MenuItem mark : List.of(statement, attribution, figure)) {
            mark.disableProperty().bind(editable.not());
        }
        MenuItem next = item("menu.claim.next", claims::selectNext, "F8");
        MenuItem previous = item("menu.claim.previous", claims::selectPrevious, "Shift+F8");
        MenuItem editor = item("menu.claim.edit", claims::focusEditor, "Shortcut+Enter");
        Menu claim = menu("menu.claim", statement, attribution, figure, new SeparatorMenuItem(), next, previous,
                editor);

        MenuItem bigger = item("menu.view.bigger", () -> changeTextSize(2), "Shortcut+Plus");
        MenuItem biggerAlt = item("menu.view.biggerAlt", () -> changeTextSize(2), "Shortcut+Equals");
        biggerAlt.setVisible(false);
        MenuItem smaller = item("menu.view.smaller", () -> changeTextSize(-2), "Shortcut+Minus");
        MenuItem reset = item("menu.view.resetSize", () -> changeTextSize(0), "Shortcut+0");
        CheckMenuItem dark = new CheckMenuItem();
        dark.setId("menu-view-dark");
        dark.textProperty().bind(i18n.bind("menu.view.dark"));
        dark.setSelected(theme == Theme.DARK);
        dark.setOnAction(event -> switchTheme(dark.isSelected() ? Theme.DARK : Theme.LIGHT));
        Menu language = menu("menu.view.language");
        ToggleGroup languages = new ToggleGroup();
        for (Locale locale : I18n.LOCALES) {
            RadioMenuItem choice = new RadioMenuItem(locale.getDisplayLanguage(locale));
            choice.setId("menu-language-" + locale.getLanguage());
            choice.setToggleGroup(languages);
            choice.setSelected(locale.equals(i18n.locale()));
            choice.setOnAction(event -> switchLanguage(locale));
            language.getItems().add(choice);
        }
        MenuItem reviewItem = item("review.menu", this::showReview, "Shortcut+R");
        reviewItem.setId("menu-view-review");
        reviewItem.disableProperty().bind(viewModel.currentDocumentProperty().isNull());
        Menu view = menu("menu.view", bigger, biggerAlt, smaller, reset, new SeparatorMenuItem(), dark, language,
                new SeparatorMenuItem(), item("menu.view.documents", documents::focus, "Shortcut+1"),
                item("menu.view.article", article::focusArticle, "Shortcut+2"),
                item("menu.view.claims", claims::focusList, "Shortcut+3"), new SeparatorMenuItem(), versionsItem());
        view.getItems().addAll(0, List.of(reviewItem, new SeparatorMenuItem()));

        Menu help = menu("menu.help",
                item("menu.help.shortcuts", () -> new ShortcutsSheet(i18n).show(stage), "F1"),
                item("menu.help.about", () -> new AboutDialog(i18n).show(stage), null));
        MenuBar bar = new MenuBar(file, edit, claim, analysisMenu(), view, help);
        bar.setId("menu-bar");
        return bar;
    }

    /** Analysis: suggest claims, accept a kind wholesale, go to the suggestions and the speakers. */
    private Menu analysisMenu() {
        var editable = viewModel.editableBinding();
        MenuItem suggest = item("menu.analysis.suggest", viewModel::analyze, "F7");
        suggest.disableProperty().bind(editable.not());
        MenuItem figures = item("menu.analysis.acceptAllFigures", () -> viewModel.acceptAll(ClaimKind.FIGURE), null);
        MenuItem attributions = item("menu.analysis.acceptAllAttributions",
                () -> viewModel.acceptAll(ClaimKind.ATTRIBUTION), null);
        MenuItem statements = item("menu.analysis.acceptAllStatements",
                () -> viewModel.acceptAll(ClaimKind.STATEMENT), null);
        for (MenuItem all : List.of(figures, attributions, statements)) {
            all.disableProperty().bind(editable.not().or(javafx.beans.binding.Bindings.isEmpty(
                    viewModel.suggestions())));
        }
        MenuItem suggestions = item("menu.analysis.suggestions", claims::focusSuggestions, "Shortcut+4");
        MenuItem speakers = item("menu.analysis.speakers", claims::focusSpeakers, "Shortcut+5");
        return menu("menu.analysis", suggest, new SeparatorMenuItem(), figures, attributions, statements,
                new SeparatorMenuItem(), suggestions, speakers);
    }

    private MenuItem versionsItem() {
        MenuItem versions = item("menu.view.versions", this::showVersions, "Shortcut+Shift+D");
        versions.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> viewModel.currentDocumentProperty().get() == null
                        || viewModel.currentDocumentProperty().get().previousVersionId() == null,
                viewModel.currentDocumentProperty()));
        return versions;
    }

    // ---- versions and merges ----

    private void importVersion() {
        actions.importVersion(result -> {
            dialogs.notify(i18n.get("notify.versionImported", result.moved(), result.changed(), result.orphaned()));
            showVersions();
        });
    }

    /** Opens the versions view on the current document, if it is a new version of another. */
    VersionsView showVersions() {
        var document = viewModel.currentDocumentProperty().get();
        if (document == null || document.previousVersionId() == null) {
            return null;
        }
        VersionsView view = new VersionsView(new VersionsViewModel(viewModel, runner, dialogs, document.id()), i18n,
                stage);
        view.show();
        return view;
    }

    private void showMergePreview(org.factdesk.service.MergePlan plan) {
        new MergePreviewView(new MergePreviewViewModel(viewModel, plan), i18n, stage).show();
    }

    private ToolBar toolBar() {
        var editable = viewModel.editableBinding();
        Button statement = toolButton("toolbar.statement", Material2AL.FORMAT_QUOTE, "claim-statement",
                () -> article.markSelection(ClaimKind.STATEMENT, false));
        Button attribution = toolButton("toolbar.attribution", Material2MZ.RECORD_VOICE_OVER, "claim-attribution",
                () -> article.markSelection(ClaimKind.ATTRIBUTION, false));
        Button figure = toolButton("toolbar.figure", Material2AL.BAR_CHART, "claim-figure",
                () -> article.markSelection(ClaimKind.FIGURE, false));
        for (Button button : List.of(statement, attribution, figure)) {
            button.disableProperty().bind(editable.not());
        }
        Button undo = toolButton("toolbar.undo", Material2MZ.UNDO, null, viewModel::undo);
        Button redo = toolButton("toolbar.redo", Material2MZ.REDO, null, viewModel::redo);
        undo.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !viewModel.historyProperty().get().canUndo() || viewModel.readOnlyProperty().get(),
                viewModel.historyProperty(), viewModel.readOnlyProperty()));
        redo.disableProperty().bind(javafx.beans.binding.Bindings.createBooleanBinding(
                () -> !viewModel.historyProperty().get().canRedo() || viewModel.readOnlyProperty().get(),
                viewModel.historyProperty(), viewModel.readOnlyProperty()));
        Button find = toolButton("toolbar.find", Material2MZ.SEARCH, null, article::showFind);
        find.disableProperty().bind(viewModel.currentDocumentProperty().isNull());
        ToolBar bar = new ToolBar(statement, attribution, figure, new javafx.scene.control.Separator(), undo, redo,
                new javafx.scene.control.Separator(), find);
        bar.setId("tool-bar");
        return bar;
    }

    private Button toolButton(String key, Ikon icon, String styleClass, Runnable action) {
        Button button = new Button();
        button.setId(key.replace('.', '-'));
        button.textProperty().bind(i18n.bind(key));
        FontIcon graphic = new FontIcon(icon);
        if (styleClass != null) {
            graphic.getStyleClass().addAll("kind-icon", styleClass);
        }
        button.setGraphic(graphic);
        Tooltip tooltip = new Tooltip();
        tooltip.textProperty().bind(i18n.bind(key + ".tip"));
        button.setTooltip(tooltip);
        button.setFocusTraversable(false);
        button.setOnAction(event -> action.run());
        return button;
    }

    private void fillRecent(Menu recent) {
        recent.getItems().clear();
        List<Path> gone = actions.recent().pruneMissing();
        for (Path file : actions.recent().list()) {
            MenuItem item = new MenuItem(file.getFileName() + "  —  " + file.getParent());
            item.setMnemonicParsing(false);
            item.setOnAction(event -> actions.openRecent(file));
            recent.getItems().add(item);
        }
        if (!gone.isEmpty()) {
            // Say why a project the user expects is no longer listed.
            MenuItem note = new MenuItem(i18n.get("menu.file.recent.pruned", gone.size(),
                    gone.stream().map(file -> file.getFileName().toString()).collect(java.util.stream.Collectors
                            .joining(", "))));
            note.setId("menu-file-recent-pruned");
            note.setMnemonicParsing(false);
            note.setDisable(true);
            recent.getItems().add(note);
        }
        if (recent.getItems().isEmpty()) {
            MenuItem none = new MenuItem();
            none.textProperty().bind(i18n.bind("menu.file.recent.none"));
            none.setDisable(true);
            recent.getItems().add(none);
        }
    }

    private void deleteSelected() {
        var selected = viewModel.selectedClaimProperty().get();
        if (selected != null) {
            viewModel.delete(selected.id());
        }
    }

    private void showFile(Path file) {
        openUrl.accept(file.getParent().toUri().toString());
    }

    private void acceptDroppedFiles(Node target) {
        target.setOnDragOver(event -> {
            if (event.getDragboard().hasFiles()) {
                event.acceptTransferModes(TransferMode.COPY);
            }
            event.consume();
        });
        target.setOnDragDropped(event -> {
            boolean done = event.getDragboard().hasFiles();
            if (done) {
                actions.dropped(event.getDragboard().getFiles().stream().map(java.io.File::toPath).toList());
            }
            event.setDropCompleted(done);
            event.consume();
        });
    }

    // ---- translation review ----

    /** Shows the "Review translation" mode in place of the articles, the article and the claims, and starts it. */
    void showReview() {
        if (viewModel.currentDocumentProperty().get() == null) {
            return;
        }
        if (review == null) {
            reviewModel = new ReviewViewModel(viewModel, runner);
            review = new ReviewView(reviewModel, i18n, runner);
            review.setOnClose(this::closeReview);
            review.setOnImportSource(() -> actions.chooseSourceArticle().ifPresent(reviewModel::importSource));
        }
        root.setCenter(review.node());
        reviewModel.start();
        review.focusIssues();
    }

    /** Goes back from the review to the article. */
    void closeReview() {
        if (review != null && root.getCenter() == review.node()) {
            reviewModel.cancel();
            root.setCenter(mainCenter);
            article.focusArticle();
        }
    }

    // ---- view settings ----

    private void changeTextSize(int delta) {
        int size = delta == 0 ? 16 : Math.max(10, Math.min(32, preferences.get(Preference.TEXT_SIZE) + delta));
        preferences.put(Preference.TEXT_SIZE, size);
        applyTextSize(size);
    }

    private void applyTextSize(int size) {
        article.area().setStyle("-fx-font-size: " + size + "px;");
    }

    void switchTheme(Theme chosen) {
        theme = chosen;
        preferences.put(Preference.THEME, chosen.id());
        chosen.apply(scene);
    }

    void switchLanguage(Locale locale) {
        preferences.put(Preference.LANGUAGE, locale.toLanguageTag());
        i18n.localeProperty().set(locale);
    }
}
