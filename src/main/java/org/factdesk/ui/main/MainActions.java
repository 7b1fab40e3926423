package org.factdesk.ui.main;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.factdesk.service.ExportFormat;
import org.factdesk.ui.I18n;
import org.factdesk.ui.ProjectViewModel;
import org.factdesk.ui.dialog.DialogService;
import org.factdesk.ui.dialog.DialogService.FileFilter;
import org.factdesk.ui.export.ExportSetup;
import org.factdesk.ui.prefs.Preference;
import org.factdesk.ui.prefs.Preferences;

/** What the menus, the toolbar and drag and drop do: asks the user through the dialog service, then the view-model. */
final class MainActions {

    private final ProjectViewModel viewModel;
    private final DialogService dialogs;
    private final Preferences preferences;
    private final I18n i18n;
    private final RecentProjects recent;

    MainActions(ProjectViewModel viewModel, DialogService dialogs, Preferences preferences, I18n i18n) {
        this.viewModel = viewModel;
        this.dialogs = dialogs;
        this.preferences = preferences;
        this.i18n = i18n;
        this.recent = new RecentProjects(preferences);
        viewModel.workspaceProperty().addListener((obs, old, opened) -> {
            if (opened != null) {
                recent.remember(opened.file());
            }
        });
    }

    private List<FileFilter> projectFilter() {
        return List.of(new FileFilter(i18n.get("filter.projects"), List.of("*.factdesk")));
    }

    private List<FileFilter> articleFilter() {
        return List.of(new FileFilter(i18n.get("filter.articles"), List.of("*.txt", "*.md", "*.markdown", "*.html",
                "*.htm")), new FileFilter(i18n.get("filter.all"), List.of("*.*")));
    }

    void newProject() {
        dialogs.chooseFileToSave(i18n.get("menu.file.new"), i18n.get("file.newProjectName"), projectFilter())
                .map(MainActions::withProjectExtension).ifPresent(viewModel::create);
    }

    void openProject() {
        dialogs.chooseFileToOpen(i18n.get("menu.file.open"), projectFilter()).ifPresent(viewModel::open);
    }

    void openRecent(Path file) {
        if (!Files.exists(file)) {
            recent.pruneMissing();
            dialogs.showError(i18n.get("error.title"), i18n.get("error.recentGone", file));
            return;
        }
        viewModel.open(file);
    }

    void importArticles() {
        List<Path> files = dialogs.chooseFilesToOpen(i18n.get("menu.file.import"), articleFilter());
        if (!files.isEmpty()) {
            viewModel.importFiles(files);
        }
    }

    void pasteArticle() {
        dialogs.askForPastedArticle().ifPresent(pasted -> viewModel.importText(pasted.title(), pasted.text()));
    }

    /** Asks for the article a translation was made from. */
    java.util.Optional<Path> chooseSourceArticle() {
        return dialogs.chooseFileToOpen(i18n.get("review.importSource.title"), articleFilter());
    }

    /**
     * Asks for a format, file and options (starting from the last folder and format used and the project's
     * organisation), remembers them and exports.
     */
    void export(java.util.function.Consumer<Path> showFile) {
        if (viewModel.workspaceProperty().get() == null) {
            return;
        }
        String name = baseName(viewModel.workspaceProperty().get().file());
        ExportFormat format = ExportFormat.fromId(preferences.get(Preference.LAST_EXPORT_FORMAT))
                .orElse(ExportFormat.JSON);
        String folder = preferences.get(Preference.LAST_EXPORT_FOLDER);
        viewModel.prepareExport((publisher, article) -> dialogs.askForExport(new ExportSetup(format,
                folder.isBlank() ? null : Path.of(folder), name, publisher.organisation(), publisher.url(),
                article == null ? "" : article.url(), article == null ? null : article.date()))
                .ifPresent(choice -> {
                    preferences.put(Preference.LAST_EXPORT_FORMAT, choice.format().id());
                    Path parent = choice.file().toAbsolutePath().getParent();
                    if (parent != null) {
                        preferences.put(Preference.LAST_EXPORT_FOLDER, parent.toString());
                    }
                    viewModel.export(choice, publisher, article, showFile);
                }));
    }

    /** Asks for the file of a new version of the current article, imports it, then hands over what became of it. */
    void importVersion(java.util.function.Consumer<org.factdesk.service.VersionImport> then) {
        dialogs.chooseFileToOpen(i18n.get("menu.file.importVersion"), articleFilter())
                .ifPresent(file -> viewModel.importVersion(file, then));
    }

    /** Asks for a colleague's report and hands over the plan of merging it, for the preview. */
    void mergeReport(java.util.function.Consumer<org.factdesk.service.MergePlan> preview) {
        dialogs.chooseFileToOpen(i18n.get("menu.file.mergeReport"),
                List.of(new FileFilter(i18n.get("filter.json"), List.of("*.json"))))
                .ifPresent(file -> viewModel.planMerge(file, preview));
    }

    /** Files dropped on the window: projects are opened, anything else is imported as articles. */
    void dropped(List<Path> files) {
        List<Path> articles = new ArrayList<>();
        for (Path file : files) {
            if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".factdesk")) {
                viewModel.open(file);
                return;
            }
            articles.add(file);
        }
        if (viewModel.workspaceProperty().get() == null) {
            dialogs.showError(i18n.get("error.title"), i18n.get("error.noProjectForImport"));
            return;
        }
        viewModel.importFiles(articles);
    }

    RecentProjects recent() {
        return recent;
    }

    private static Path withProjectExtension(Path file) {
        return file.getFileName().toString().endsWith(".factdesk") ? file
                : file.resolveSibling(file.getFileName() + ".factdesk");
    }

    private static String baseName(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
