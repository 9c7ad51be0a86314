package dev.lifeguard.desktop.live;

import dev.lifeguard.desktop.concurrent.UiThread;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

/**
 * A UI thread for view-model tests: deliveries posted from other threads queue up and run on the test's own
 * thread when it waits, so the view model stays confined to one thread as it is on the FX thread.
 */
final class QueuedUiThread implements UiThread {

    private final BlockingQueue<Runnable> queue = new LinkedBlockingQueue<>();
    private int delivered;

    @Override
    public void post(Runnable action) {
        queue.add(action);
    }

    /** Runs deliveries as they come until {@code condition} holds (fails after 30 s: something is broken). */
    void runUntil(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for: " + what);
            }
            Runnable next = queue.poll(50, TimeUnit.MILLISECONDS);
            if (next != null) {
                delivered++;
                next.run();
            }
        }
    }

    /** Deliveries run so far. */
    int delivered() {
        return delivered;
    }
}
