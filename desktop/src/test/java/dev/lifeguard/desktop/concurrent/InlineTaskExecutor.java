package dev.lifeguard.desktop.concurrent;

import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * Runs each task at once on the calling thread, callbacks included (JabRef's CurrentThreadTaskExecutor):
 * view models are tested without the toolkit and without waiting.
 */
public final class InlineTaskExecutor implements TaskExecutor {

    private final ObservableList<BackgroundTask<?>> live = FXCollections.observableArrayList();
    private int executed;

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        executed++;
        TaskRun<T> run = new TaskRun<>(task, UiThread.immediate(), live, System::nanoTime);
        run.enqueue();
        task.setCanceller(() -> {
            if (run.claimUnstarted()) {
                run.cancelUnstarted();
            }
        });
        run.run();
        return task;
    }

    /** How many tasks were handed to this executor. */
    public int executedCount() {
        return executed;
    }

    @Override
    public ObservableList<BackgroundTask<?>> tasks() {
        return FXCollections.unmodifiableObservableList(live);
    }

    @Override
    public void close() {
        // nothing runs in the background
    }
}
