package org.factdesk.ui.task;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import javafx.application.Platform;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The window's task runner: one named worker thread, results and progress delivered on the FX thread. */
public final class FxTaskRunner extends ObservableTaskRunner implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FxTaskRunner.class);

    private final ExecutorService worker = Executors.newSingleThreadExecutor(runnable -> {
        Thread thread = new Thread(runnable, "factdesk-worker");
        thread.setDaemon(true);
        return thread;
    });
    private final AtomicInteger pending = new AtomicInteger();
    private volatile Handle current;

    @Override
    public <T> TaskHandle submit(String taskTitle, BackgroundWork<T> work, Consumer<? super T> onSuccess,
            Consumer<? super Throwable> onFailure) {
        Handle handle = new Handle();
        pending.incrementAndGet();
        busy.set(true);
        worker.execute(() -> {
            current = handle;
            Platform.runLater(() -> {
                title.set(taskTitle);
                progress.set(-1);
            });
            try {
                if (handle.isCancelled()) {
                    return;
                }
                T result = work.run(handle);
                if (!handle.isCancelled()) {
                    Platform.runLater(() -> onSuccess.accept(result));
                }
            } catch (Exception | Error e) {
                if (!handle.isCancelled()) {
                    LOG.debug("Task '{}' failed", taskTitle, e);
                    Platform.runLater(() -> onFailure.accept(e));
                }
            } finally {
                handle.done.set(true);
                current = null;
                boolean idle = pending.decrementAndGet() == 0;
                Platform.runLater(() -> {
                    if (idle) {
                        busy.set(false);
                        title.set("");
                        progress.set(-1);
                    }
                });
            }
        });
        return handle;
    }

    @Override
    public void cancelCurrent() {
        Handle running = current;
        if (running != null) {
            running.cancel();
        }
    }

    /** Waits a little for queued writes to finish, so that closing the window never cuts a change in half. */
    @Override
    public void close() {
        worker.shutdown();
        try {
            if (!worker.awaitTermination(10, TimeUnit.SECONDS)) {
                LOG.warn("Background work still running after 10 s at exit");
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private final class Handle implements TaskHandle, Progress {
        private final AtomicBoolean cancelled = new AtomicBoolean();
        private final AtomicBoolean done = new AtomicBoolean();

        @Override
        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public boolean isDone() {
            return done.get();
        }

        @Override
        public void update(double fraction, String message) {
            Platform.runLater(() -> {
                if (current == this) {
                    progress.set(fraction);
                    if (message != null) {
                        title.set(message);
                    }
                }
            });
        }

        @Override
        public boolean isCancelled() {
            return cancelled.get();
        }
    }
}
