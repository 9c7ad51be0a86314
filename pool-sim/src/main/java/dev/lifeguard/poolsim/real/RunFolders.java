package dev.lifeguard.poolsim.real;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;

/**
 * The temporary folders of the real runs in progress ({@code lifeguard-sim-<pid>-*}). A run deletes its own
 * folder when it ends, however it ends; a shutdown hook covers the process ending under it (Ctrl-C, SIGTERM):
 * it cancels the runs in progress, gives their teardown a moment to close pools and delete, then deletes
 * whatever is left.
 */
final class RunFolders {

    /** How long the hook waits for runs to tear themselves down before deleting their folders itself. */
    static final long GRACE_NANOS = 3_000_000_000L;

    private static final Map<Path, Runnable> LIVE = new ConcurrentHashMap<>();
    private static final AtomicBoolean HOOKED = new AtomicBoolean();

    private RunFolders() {}

    /**
     * Creates a run's folder and remembers it until {@link #delete}.
     *
     * @param stop stops the run (called by the shutdown hook)
     */
    static Path create(Runnable stop) throws IOException {
        if (HOOKED.compareAndSet(false, true)) {
            Runtime.getRuntime().addShutdownHook(new Thread(RunFolders::onShutdown, "lifeguard-sim temp cleanup"));
        }
        Path dir = Files.createTempDirectory(RealEngine.TEMP_PREFIX);
        LIVE.put(dir, stop);
        return dir;
    }

    /** Deletes a run's folder and forgets it; {@code null} is fine. */
    static void delete(@Nullable Path dir) {
        if (dir == null) {
            return;
        }
        try {
            TempFiles.deleteTree(dir);
        } finally {
            LIVE.remove(dir);
        }
    }

    /** The folders of runs in progress. */
    static Set<Path> live() {
        return Set.copyOf(LIVE.keySet());
    }

    private static void onShutdown() {
        for (Runnable stop : LIVE.values()) {
            try {
                stop.run();
            } catch (RuntimeException e) {
                // the process is ending: deleting the folder below matters more than this run's stop
            }
        }
        long deadline = System.nanoTime() + GRACE_NANOS;
        while (!LIVE.isEmpty() && System.nanoTime() < deadline) {
            try {
                Thread.sleep(20);
            } catch (InterruptedException e) {
                break;
            }
        }
        for (Path dir : LIVE.keySet()) {
            // a run still writing may add a file while the tree is deleted: try again
            for (int attempt = 0; attempt < 5 && Files.exists(dir); attempt++) {
                try {
                    TempFiles.deleteTree(dir);
                } catch (UncheckedIOException e) {
                    sleepQuietly();
                }
            }
            LIVE.remove(dir);
        }
    }

    private static void sleepQuietly() {
        try {
            Thread.sleep(50);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
