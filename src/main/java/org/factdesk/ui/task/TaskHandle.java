package org.factdesk.ui.task;

/** A submitted piece of background work, which the user may cancel. */
public interface TaskHandle {

    void cancel();

    boolean isDone();
}
