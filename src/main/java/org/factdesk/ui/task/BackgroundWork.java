package org.factdesk.ui.task;

/** Work that runs off the FX thread: disk, database or analysis. It reports progress and checks for cancellation. */
@FunctionalInterface
public interface BackgroundWork<T> {

    T run(Progress progress) throws Exception;
}
