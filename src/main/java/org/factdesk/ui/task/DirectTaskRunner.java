package org.factdesk.ui.task;

import java.util.function.Consumer;

/** Runs work at once on the calling thread: for view-model tests, which then need no toolkit and no waiting. */
public final class DirectTaskRunner extends ObservableTaskRunner {


    @Override
    public <T> TaskHandle submit(String taskTitle, BackgroundWork<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        T result;
        try {
            result = work.run(Progress.NONE);
        } catch (Exception e) {
            onFailure.accept(e);
            return Done.INSTANCE;
        }
        onSuccess.accept(result);
        return Done.INSTANCE;
    }

    @Override
    public void cancelCurrent() {
    }

    private enum Done implements TaskHandle {
        INSTANCE;

        @Override
        public void cancel() {
        }

        @Override
        public boolean isDone() {
            return true;
        }
    }
}
