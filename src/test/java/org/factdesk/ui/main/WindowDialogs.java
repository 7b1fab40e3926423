package org.factdesk.ui.main;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import javafx.stage.Window;
import org.factdesk.ui.I18n;
import org.factdesk.ui.dialog.DialogService;
import org.factdesk.ui.dialog.FxDialogService;

/**
 * The real window's dialogs for UI tests: errors and notices are the real ones (so a test sees the dialog), while
 * the file choosers, which a headless test cannot drive, answer from a queue.
 */
final class WindowDialogs implements DialogService {

    final Deque<Path> files = new ArrayDeque<>();
    final List<String> errors = new ArrayList<>();
    PastedArticle paste;
    private FxDialogService real;

    void attach(Window owner, I18n i18n) {
        real = new FxDialogService(owner, i18n);
    }

    @Override
    public void showError(String title, String message) {
        errors.add(message);
        real.showError(title, message);
    }

    @Override
    public void notify(String message) {
        real.notify(message);
    }

    @Override
    public void notify(String message, String actionText, Runnable action) {
        real.notify(message, actionText, action);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, List<FileFilter> filters) {
        List<Path> all = new ArrayList<>(files);
        files.clear();
        return all;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, List<FileFilter> filters) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<PastedArticle> askForPastedArticle() {
        return Optional.ofNullable(paste);
    }
}
