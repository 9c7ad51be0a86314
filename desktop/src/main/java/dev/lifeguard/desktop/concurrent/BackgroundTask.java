package dev.lifeguard.desktop.concurrent;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

/**
 * A piece of background work with a title, progress, cancel and callbacks that run on the UI thread
 * (after JabRef's {@code BackgroundTask}): {@code BackgroundTask.wrap("Saving", p -> store.save(x))
 * .onSuccess(...).onFailure(...).executeWith(executor)}. A task runs once.
 *
 * @param <T> what the work produces
 */
public final class BackgroundTask<T> {

    private final String title;
    private final Work<T> work;
    private final AtomicBoolean cancelRequested = new AtomicBoolean();
    private final ReadOnlyDoubleWrapper progress = new ReadOnlyDoubleWrapper(-1);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper("");
    private final ReadOnlyObjectWrapper<TaskState> state = new ReadOnlyObjectWrapper<>(TaskState.WAITING);
    private Consumer<? super T> onSuccess = value -> {};
    private Consumer<? super Throwable> onFailure = error -> {};
    private Runnable onCancelled = () -> {};
    private Runnable onFinished = () -> {};
    private volatile Runnable canceller = () -> {};
    private boolean unasked;

    private BackgroundTask(String title, Work<T> work) {
        if (title == null || title.isBlank()) {
            throw new IllegalArgumentException("task 'title' must not be blank");
        }
        this.title = title;
        this.work = requireNonNull(work, "task 'work' is required");
    }

    /** A task titled {@code title} (shown in the status bar) that runs {@code work}. */
    public static <T> BackgroundTask<T> wrap(String title, Work<T> work) {
        return new BackgroundTask<>(title, work);
    }

    /** A task for work that reports no progress. */
    public static <T> BackgroundTask<T> of(String title, Callable<T> work) {
        requireNonNull(work, "task 'work' is required");
        return new BackgroundTask<>(title, sink -> work.call());
    }

    /**
     * Marks work nobody asked for (following another writer's save): it runs like any other, but the status bar
     * does not announce it, so the console does not flash "Loading…" every second while a teammate types.
     */
    public BackgroundTask<T> unasked() {
        this.unasked = true;
        return this;
    }

    /** Whether this is work nobody asked for ({@link #unasked()}). */
    public boolean isUnasked() {
        return unasked;
    }

    /** Runs on the UI thread with the result when the work succeeds. */
    public BackgroundTask<T> onSuccess(Consumer<? super T> action) {
        onSuccess = requireNonNull(action);
        return this;
    }

    /** Runs on the UI thread with the error when the work throws. */
    public BackgroundTask<T> onFailure(Consumer<? super Throwable> action) {
        onFailure = requireNonNull(action);
        return this;
    }

    /** Runs on the UI thread when the task was cancelled. */
    public BackgroundTask<T> onCancelled(Runnable action) {
        onCancelled = requireNonNull(action);
        return this;
    }

    /** Runs on the UI thread after any outcome, after the outcome's own callback. */
    public BackgroundTask<T> onFinished(Runnable action) {
        onFinished = requireNonNull(action);
        return this;
    }

    /** Hands the task to {@code executor}; returns this task. */
    public BackgroundTask<T> executeWith(TaskExecutor executor) {
        return executor.execute(this);
    }

    /** Asks the work to stop; a task still waiting never starts. Safe from any thread. */
    public void cancel() {
        if (cancelRequested.compareAndSet(false, true)) {
            canceller.run();
        }
    }

    /** True once {@link #cancel()} was called. */
    public boolean isCancelRequested() {
        return cancelRequested.get();
    }

    /** The title shown to the user. */
    public String title() {
        return title;
    }

    /** Progress 0..1, or −1 while unknown. */
    public ReadOnlyDoubleProperty progressProperty() {
        return progress.getReadOnlyProperty();
    }

    /** The latest progress message. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    /** The task's state. */
    public ReadOnlyObjectProperty<TaskState> stateProperty() {
        return state.getReadOnlyProperty();
    }

    /** The task's current state. */
    public TaskState getState() {
        return state.get();
    }

    Work<T> work() {
        return work;
    }

    void setCanceller(Runnable action) {
        canceller = requireNonNull(action);
        if (cancelRequested.get()) {
            action.run();
        }
    }

    void setState(TaskState newState) {
        if (state.get() != TaskState.WAITING && state.get() != TaskState.RUNNING) {
            throw new IllegalStateException("task '" + title + "' already ran (state " + state.get() + ")");
        }
        state.set(newState);
    }

    void setProgress(Progress p) {
        progress.set(p.fraction());
        message.set(p.message());
    }

    void complete(TaskState end, T result, Throwable error) {
        setState(end);
        try {
            switch (end) {
                case SUCCEEDED -> {
                    progress.set(1);
                    onSuccess.accept(result);
                }
                case FAILED -> onFailure.accept(error);
                case CANCELLED -> onCancelled.run();
                default -> throw new IllegalStateException("task '" + title + "' cannot complete as " + end);
            }
        } finally {
            onFinished.run();
        }
    }

    @Override
    public String toString() {
        return "BackgroundTask[" + title + ", " + state.get() + "]";
    }
}
