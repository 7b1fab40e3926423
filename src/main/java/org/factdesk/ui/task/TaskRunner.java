package org.factdesk.ui.task;

import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyStringProperty;

/**
 * Runs work off the FX thread, one piece at a time in submission order (SQLite has one writer), and hands the
 * result back on the FX thread. View-models use it instead of threads or {@code Platform}; tests use
 * {@link DirectTaskRunner}.
 */
public interface TaskRunner {

    /**
     * Runs the work in the background; then calls {@code onSuccess} or {@code onFailure} on the FX thread. A
     * cancelled task calls neither.
     */
    <T> TaskHandle submit(String title, BackgroundWork<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure);

    /** True while any work is queued or running. */
    ReadOnlyBooleanProperty busyProperty();

    /** The title of the running work, empty when idle. */
    ReadOnlyStringProperty titleProperty();

    /** The running work's progress in [0, 1], or -1 when unknown. */
    ReadOnlyDoubleProperty progressProperty();

    /** Cancels the running work, if any. */
    void cancelCurrent();
}
