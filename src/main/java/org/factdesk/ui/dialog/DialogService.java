package org.factdesk.ui.dialog;

import org.factdesk.ui.export.ExportChoice;
import org.factdesk.ui.export.ExportSetup;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Everything a view-model asks the user, behind an interface so that view-models are tested without a window
 * (JabRef's DialogService).
 */
public interface DialogService {

    /** Shows a problem the user must know about: a title and one clear sentence (what, where, what to do). */
    void showError(String title, String message);

    /** Shows a short, non-blocking notice (a notification in the window's corner). */
    void notify(String message);

    /** Shows a short notice with an action button (e.g. "Show file"). */
    void notify(String message, String actionText, Runnable action);

    /** Asks for an existing file to open. */
    Optional<Path> chooseFileToOpen(String title, List<FileFilter> filters);

    /** Asks for several existing files. */
    List<Path> chooseFilesToOpen(String title, List<FileFilter> filters);

    /** Asks where to save a file. */
    Optional<Path> chooseFileToSave(String title, String initialName, List<FileFilter> filters);

    /** Asks for a line or more of text, e.g. the text of a pasted article with its title. */
    Optional<PastedArticle> askForPastedArticle();

    /** Asks which format to export to, where, and with which options; empty when the user cancels. */
    default Optional<ExportChoice> askForExport(ExportSetup setup) {
        return Optional.empty();
    }

    /** A file type the user can choose, e.g. "Factdesk projects" with "*.factdesk". */
    record FileFilter(String description, List<String> patterns) {
    }

    /** A title and a text the user pasted. */
    record PastedArticle(String title, String text) {
    }
}
