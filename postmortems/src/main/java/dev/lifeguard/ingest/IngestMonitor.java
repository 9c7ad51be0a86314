package dev.lifeguard.ingest;

/**
 * Progress and cancellation for a long import. Called on the importing thread; a view model forwards to its
 * UI thread itself.
 */
public interface IngestMonitor {

    /** A monitor that ignores progress and never cancels. */
    IngestMonitor NONE = new IngestMonitor() {};

    /**
     * Reports progress, after each chunk read (64 KiB for logs; often, so forward it through a throttle).
     *
     * @param bytesRead  bytes consumed so far
     * @param totalBytes the file's size, or −1 when unknown
     */
    default void progress(long bytesRead, long totalBytes) {}

    /** True once the user asked to stop; the import then ends early with what it has, marked cancelled. */
    default boolean cancelled() {
        return false;
    }
}
