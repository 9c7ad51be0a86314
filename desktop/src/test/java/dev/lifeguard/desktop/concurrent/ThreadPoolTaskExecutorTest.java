package dev.lifeguard.desktop.concurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A real worker pool; the test thread plays the UI thread by draining what the executor posts. */
class ThreadPoolTaskExecutorTest {

    private final BlockingQueue<Runnable> uiQueue = new LinkedBlockingQueue<>();
    private final ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor("test-worker", 1, uiQueue::add);

    @AfterEach
    void close() {
        executor.close();
    }

    /** Runs posted UI actions until the task is done. */
    private void pumpUntilDone(BackgroundTask<?> task) throws InterruptedException {
        while (!task.getState().isDone()) {
            Runnable action = uiQueue.poll(10, TimeUnit.SECONDS);
            assertThat(action).as("UI action posted for %s", task).isNotNull();
            action.run();
        }
    }

    @Test
    void execute_workSucceeds_deliversResultOnUiThreadOnly() throws Exception {
        AtomicReference<String> workerThread = new AtomicReference<>();
        AtomicReference<String> callbackThread = new AtomicReference<>();
        AtomicBoolean daemon = new AtomicBoolean();
        BackgroundTask<Integer> task = BackgroundTask.<Integer>wrap("answer", p -> {
                    workerThread.set(Thread.currentThread().getName());
                    daemon.set(Thread.currentThread().isDaemon());
                    return 42;
                })
                .onSuccess(v -> callbackThread.set(Thread.currentThread().getName() + ":" + v));
        executor.execute(task);
        assertThat(executor.tasks()).containsExactly(task);
        pumpUntilDone(task);
        assertThat(task.getState()).isEqualTo(TaskState.SUCCEEDED);
        assertThat(callbackThread.get()).isEqualTo(Thread.currentThread().getName() + ":42");
        assertThat(workerThread.get()).startsWith("test-worker-");
        assertThat(daemon).isTrue();
        assertThat(executor.tasks()).isEmpty();
    }

    @Test
    void execute_workThrows_deliversTheErrorToOnFailure() throws Exception {
        AtomicReference<Throwable> failure = new AtomicReference<>();
        BackgroundTask<Void> task = BackgroundTask.<Void>wrap("broken", p -> {
                    throw new IllegalStateException("disk full");
                })
                .onFailure(failure::set);
        pumpUntilDone(executor.execute(task));
        assertThat(task.getState()).isEqualTo(TaskState.FAILED);
        assertThat(failure.get()).hasMessage("disk full");
    }

    @Test
    void cancel_runningTask_workSeesItAndOutcomeIsCancelled() throws Exception {
        CountDownLatch started = new CountDownLatch(1);
        List<String> outcome = new ArrayList<>();
        BackgroundTask<Integer> task = BackgroundTask.<Integer>wrap("long", p -> {
                    started.countDown();
                    int steps = 0;
                    while (!p.isCancelled()) {
                        p.update(-1, "step " + steps++);
                        Thread.onSpinWait();
                    }
                    return steps;
                })
                .onSuccess(v -> outcome.add("success"))
                .onCancelled(() -> outcome.add("cancelled"));
        executor.execute(task);
        assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
        task.cancel();
        pumpUntilDone(task);
        assertThat(outcome).containsExactly("cancelled");
        assertThat(executor.tasks()).isEmpty();
    }

    @Test
    void cancel_waitingTask_neverStartsItsWork() throws Exception {
        CountDownLatch release = new CountDownLatch(1);
        BackgroundTask<Void> blocker = BackgroundTask.<Void>wrap("blocker", p -> {
            release.await();
            return null;
        });
        AtomicBoolean ran = new AtomicBoolean();
        BackgroundTask<Void> waiting = BackgroundTask.<Void>wrap("waiting", p -> {
            ran.set(true);
            return null;
        });
        executor.execute(blocker);
        executor.execute(waiting);
        waiting.cancel();
        release.countDown();
        pumpUntilDone(waiting);
        pumpUntilDone(blocker);
        assertThat(waiting.getState()).isEqualTo(TaskState.CANCELLED);
        assertThat(ran).isFalse();
    }

    @Test
    void progress_manyReports_lastAppliedValueIsTheNewest() throws Exception {
        BackgroundTask<Void> task = BackgroundTask.<Void>wrap("progress", p -> {
            for (int i = 1; i <= 10_000; i++) {
                p.update(i / 20_000.0, "step " + i);
            }
            return null;
        });
        executor.execute(task);
        int uiActions = 0;
        while (!task.getState().isDone()) {
            Runnable action = uiQueue.poll(10, TimeUnit.SECONDS);
            assertThat(action).isNotNull();
            action.run();
            uiActions++;
        }
        // 10 000 reports are coalesced: running, a few progress deliveries, finish.
        assertThat(uiActions).isLessThan(100);
        assertThat(task.messageProperty().get()).isEqualTo("step 10000");
        assertThat(task.progressProperty().get()).isEqualTo(1.0);
    }
}
