package dev.lifeguard.desktop.concurrent;

import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.LongSupplier;
import javafx.collections.ObservableList;

/** One execution of a task on a worker thread: runs the work, delivers progress and the outcome on the UI thread. */
final class TaskRun<T> implements Runnable {

    /** At most ten progress deliveries a second. */
    static final long PROGRESS_INTERVAL_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final BackgroundTask<T> task;
    private final UiThread ui;
    private final ObservableList<BackgroundTask<?>> live;
    private final ProgressThrottle throttle;
    private final AtomicBoolean claimed = new AtomicBoolean();

    TaskRun(BackgroundTask<T> task, UiThread ui, ObservableList<BackgroundTask<?>> live, LongSupplier nanoClock) {
        this.task = task;
        this.ui = ui;
        this.live = live;
        this.throttle = new ProgressThrottle(nanoClock, PROGRESS_INTERVAL_NANOS);
    }

    /** Registers the task as waiting; call on the UI thread before handing the run to a worker. */
    void enqueue() {
        live.add(task);
    }

    /**
     * Claims the run for cancellation before a worker starts it; true when it will now never start, and
     * the caller must deliver the cancellation.
     */
    boolean claimUnstarted() {
        return claimed.compareAndSet(false, true);
    }

    /** Delivers a cancellation for a run that never started. */
    void cancelUnstarted() {
        ui.post(() -> finish(TaskState.CANCELLED, null, null));
    }

    @Override
    public void run() {
        if (!claimed.compareAndSet(false, true)) {
            return;
        }
        if (task.isCancelRequested()) {
            ui.post(() -> finish(TaskState.CANCELLED, null, null));
            return;
        }
        ui.post(() -> task.setState(TaskState.RUNNING));
        ProgressSink sink = new ProgressSink() {
            @Override
            public void update(double fraction, String message) {
                if (throttle.offer(new Progress(Math.min(1, fraction), message))) {
                    ui.post(TaskRun.this::applyProgress);
                }
            }

            @Override
            public boolean isCancelled() {
                return task.isCancelRequested() || Thread.currentThread().isInterrupted();
            }
        };
        try {
            T result = task.work().run(sink);
            if (task.isCancelRequested()) {
                ui.post(() -> finish(TaskState.CANCELLED, null, null));
            } else {
                ui.post(() -> finish(TaskState.SUCCEEDED, result, null));
            }
        } catch (Exception | LinkageError | AssertionError e) {
            TaskState end = task.isCancelRequested() ? TaskState.CANCELLED : TaskState.FAILED;
            ui.post(() -> finish(end, null, e));
        }
    }

    private void applyProgress() {
        Progress newest = throttle.drain();
        if (newest != null && !task.getState().isDone()) {
            task.setProgress(newest);
        }
    }

    private void finish(TaskState end, T result, Throwable error) {
        applyProgress();
        live.remove(task);
        task.complete(end, result, error);
    }
}
