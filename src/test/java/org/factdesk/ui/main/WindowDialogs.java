package org.factdesk.ui.main;

import javafx.stage.Window;
import org.factdesk.ui.I18n;
import org.factdesk.ui.RecordingDialogService;
import org.factdesk.ui.dialog.FxDialogService;

/**
 * The real window's dialogs for UI tests: errors and notices are also shown for real (so a test sees the dialog),
 * while the file choosers, which a headless test cannot drive, answer from the recorded queue.
 */
final class WindowDialogs extends RecordingDialogService {

    private FxDialogService real;

    void attach(Window owner, I18n i18n) {
        real = new FxDialogService(owner, i18n);
    }

    @Override
    public void showError(String title, String message) {
        super.showError(title, message);
        real.showError(title, message);
    }

    @Override
    public void notify(String message) {
        super.notify(message);
        real.notify(message);
    }

    @Override
    public void notify(String message, String actionText, Runnable action) {
        super.notify(message, actionText, action);
        real.notify(message, actionText, action);
    }
}
