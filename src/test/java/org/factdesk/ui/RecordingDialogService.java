package org.factdesk.ui;

import org.factdesk.ui.export.ExportChoice;
import org.factdesk.ui.export.ExportSetup;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import org.factdesk.ui.dialog.DialogService;

/** A dialog service for tests: it records what would have been shown and answers from a queue of prepared files. */
public class RecordingDialogService implements DialogService {

    public final List<String> errors = new ArrayList<>();
    public final List<String> notices = new ArrayList<>();
    public final Deque<Path> filesToAnswer = new ArrayDeque<>();
    public PastedArticle pasteToAnswer;
    public ExportChoice exportToAnswer;
    public final List<ExportSetup> exportsAsked = new ArrayList<>();

    @Override
    public void showError(String title, String message) {
        errors.add(message);
    }

    @Override
    public void notify(String message) {
        notices.add(message);
    }

    @Override
    public void notify(String message, String actionText, Runnable action) {
        notices.add(message);
    }

    @Override
    public Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters) {
        return Optional.ofNullable(filesToAnswer.poll());
    }

    @Override
    public List<Path> chooseFilesToOpen(String title, List<FileFilter> filters) {
        List<Path> files = new ArrayList<>(filesToAnswer);
        filesToAnswer.clear();
        return files;
    }

    @Override
    public Optional<Path> chooseFileToSave(String title, String initialName, List<FileFilter> filters) {
        return Optional.ofNullable(filesToAnswer.poll());
    }

    @Override
    public Optional<PastedArticle> askForPastedArticle() {
        return Optional.ofNullable(pasteToAnswer);
    }

    @Override
    public Optional<ExportChoice> askForExport(ExportSetup setup) {
        exportsAsked.add(setup);
        return Optional.ofNullable(exportToAnswer);
    }
}
