package org.factdesk.ui.task;

import org.factdesk.service.Monitor;

/** The service's view of a task's progress bar and cancel button. */
public final class ProgressMonitor {

    private ProgressMonitor() {
    }

    /** A monitor that reports to the task's progress and is cancelled with it. */
    public static Monitor of(Progress progress) {
        return new Monitor() {
            @Override
            public void progress(double fraction) {
                progress.update(fraction, null);
            }

            @Override
            public boolean isCancelled() {
                return progress.isCancelled();
            }
        };
    }
}
