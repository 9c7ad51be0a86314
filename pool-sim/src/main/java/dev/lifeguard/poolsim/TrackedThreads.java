package dev.lifeguard.poolsim;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A thread factory of named daemon threads that remembers what it started, so that an owner can wait for
 * them to end. An executor reports termination just before its last worker thread has exited; a run that
 * promises to leave nothing behind joins its threads after shutting the executor down.
 */
public final class TrackedThreads implements ThreadFactory {

    private final String prefix;
    private final long stackSize;
    private final AtomicInteger count = new AtomicInteger();
    private final List<Thread> started = new CopyOnWriteArrayList<>();

    /**
     * @param prefix    thread names are {@code prefix + " " + n}, n from 1
     * @param stackSize the stack size hint in bytes, 0 for the platform default
     */
    public TrackedThreads(String prefix, long stackSize) {
        this.prefix = prefix;
        this.stackSize = stackSize;
    }

    public TrackedThreads(String prefix) {
        this(prefix, 0);
    }

    @Override
    public Thread newThread(Runnable task) {
        Thread t = new Thread(null, task, prefix + " " + count.incrementAndGet(), stackSize);
        t.setDaemon(true);
        started.removeIf(s -> s.getState() == Thread.State.TERMINATED);
        started.add(t);
        return t;
    }

    /**
     * Waits up to {@code limit} in all for every thread started so far to end (call after the executor was shut
     * down). The calling thread is never waited for.
     *
     * @return true when every thread has ended
     */
    public boolean join(Duration limit) throws InterruptedException {
        long deadline = System.nanoTime() + limit.toNanos();
        for (Thread t : started) {
            if (t == Thread.currentThread()) {
                continue;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                break;
            }
            t.join(Math.max(1, left / 1_000_000));
        }
        return started.stream().allMatch(t -> t == Thread.currentThread() || !t.isAlive());
    }
}
