package dev.lifeguard.desktop.concurrent;

import static java.util.Objects.requireNonNull;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The console's executor: a small pool of named daemon worker threads; results and progress are posted
 * to the {@link UiThread}. {@link #execute} must be called on the UI thread.
 */
public final class ThreadPoolTaskExecutor implements TaskExecutor {

    private final UiThread ui;
    private final ExecutorService workers;
    private final ObservableList<BackgroundTask<?>> live = FXCollections.observableArrayList();
    private final ObservableList<BackgroundTask<?>> view = FXCollections.unmodifiableObservableList(live);

    /**
     * @param name    worker thread name prefix, e.g. {@code lifeguard-worker}
     * @param threads how many tasks may run at once (≥ 1)
     * @param ui      where callbacks run
     */
    public ThreadPoolTaskExecutor(String name, int threads, UiThread ui) {
        if (threads < 1) {
            throw new IllegalArgumentException("executor 'threads' must be ≥ 1, was " + threads);
        }
        this.ui = requireNonNull(ui, "ui");
        AtomicInteger count = new AtomicInteger();
        this.workers =
                new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new LinkedBlockingQueue<>(), r -> {
                    Thread t = new Thread(r, name + "-" + count.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                });
        ((ThreadPoolExecutor) workers).allowCoreThreadTimeOut(true);
    }

    @Override
    public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
        TaskRun<T> run = new TaskRun<>(task, ui, live, System::nanoTime);
        run.enqueue();
        // A waiting task never starts; a running one is told through its ProgressSink.
        task.setCanceller(() -> {
            if (run.claimUnstarted()) {
                run.cancelUnstarted();
            }
        });
        workers.execute(run);
        return task;
    }

    @Override
    public ObservableList<BackgroundTask<?>> tasks() {
        return view;
    }

    @Override
    public void close() {
        for (BackgroundTask<?> task : live.toArray(new BackgroundTask<?>[0])) {
            task.cancel();
        }
        workers.shutdownNow();
        try {
            workers.awaitTermination(2, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
