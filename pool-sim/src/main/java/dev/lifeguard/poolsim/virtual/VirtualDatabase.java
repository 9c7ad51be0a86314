package dev.lifeguard.poolsim.virtual;

import dev.lifeguard.poolsim.result.DatabaseStats;
import org.jspecify.annotations.Nullable;

/**
 * The database every pool instance connects to: a cap on open connections across all instances, a
 * connect latency, restart windows (every open connection dies at the start; connects are refused
 * until the end) and latency spikes (extra time on connects and on statements started inside them).
 * A restart bumps the epoch; a connection opened under an older epoch is dead.
 */
final class VirtualDatabase {

    /** Error kind for a connect refused at the connection cap. */
    static final String TOO_MANY = "connectTooMany";
    /** Error kind for a connect refused while the database restarts. */
    static final String REFUSED = "connectRefused";
    /** Error kind for a statement that failed because its connection died. */
    static final String BROKEN = "statement";

    private final int maxConnections;
    private final long connectLatencyNs;
    private final long[] restartStart;
    private final long[] restartEnd;
    private final long[] spikeStart;
    private final long[] spikeEnd;
    private final long[] spikeExtra;
    private final String tooManyMessage;
    private int open;
    private int epoch;
    private long opened;
    private long closed;
    private long refused;
    private long failed;
    private long broken;
    private int peakOpen;

    /**
     * @param maxConnections   the database's limit across all instances (0: no limit)
     * @param connectLatencyNs time one connect takes
     * @param restarts         pairs of [start, end) nanoseconds, sorted
     * @param spikes           triples of [start, end, extra] nanoseconds, sorted by start
     * @param tooManyMessage   what a client reports when a connect is refused at the cap (dialect and driver)
     */
    VirtualDatabase(
            int maxConnections, long connectLatencyNs, long[][] restarts, long[][] spikes, String tooManyMessage) {
        this.maxConnections = maxConnections == 0 ? Integer.MAX_VALUE : maxConnections;
        this.connectLatencyNs = connectLatencyNs;
        restartStart = new long[restarts.length];
        restartEnd = new long[restarts.length];
        for (int i = 0; i < restarts.length; i++) {
            restartStart[i] = restarts[i][0];
            restartEnd[i] = restarts[i][1];
        }
        spikeStart = new long[spikes.length];
        spikeEnd = new long[spikes.length];
        spikeExtra = new long[spikes.length];
        for (int i = 0; i < spikes.length; i++) {
            spikeStart[i] = spikes[i][0];
            spikeEnd[i] = spikes[i][1];
            spikeExtra[i] = spikes[i][2];
        }
        this.tooManyMessage = tooManyMessage;
    }

    /** Restart start times, for the simulator to schedule. */
    long[] restartStarts() {
        return restartStart.clone();
    }

    /** The restart at {@code now} begins: every open connection dies. */
    void restart() {
        epoch++;
        broken += open;
        open = 0;
    }

    /** The current epoch: connections opened under an older one are dead. */
    int epoch() {
        return epoch;
    }

    /** How long a connect started at {@code now} takes. */
    long connectLatency(long now) {
        return connectLatencyNs + extraLatency(now);
    }

    /** Extra time on a statement started at {@code now} (0 outside spikes). */
    long extraLatency(long now) {
        long extra = 0;
        for (int i = 0; i < spikeStart.length && spikeStart[i] <= now; i++) {
            if (now < spikeEnd[i]) {
                extra += spikeExtra[i];
            }
        }
        return extra;
    }

    /**
     * A connect completing at {@code now}: null when it succeeds (the connection counts against the cap),
     * else the error kind.
     */
    @Nullable
    String tryOpen(long now) {
        for (int i = 0; i < restartStart.length && restartStart[i] <= now; i++) {
            if (now < restartEnd[i]) {
                failed++;
                return REFUSED;
            }
        }
        if (open >= maxConnections) {
            refused++;
            return TOO_MANY;
        }
        open++;
        opened++;
        peakOpen = Math.max(peakOpen, open);
        return null;
    }

    /** A connection opened under {@code connEpoch} is closed by its pool. */
    void close(int connEpoch) {
        closed++;
        if (connEpoch == epoch) {
            open--;
        }
    }

    /** The message a client sees for {@code kind}. */
    String message(String kind) {
        return TOO_MANY.equals(kind)
                ? tooManyMessage
                : REFUSED.equals(kind)
                        ? "Connection refused: the database is restarting"
                        : "terminating connection due to administrator command (the database restarted)";
    }

    /** Connections open on the server. */
    int open() {
        return open;
    }

    /** What the database saw, for the result. */
    DatabaseStats stats() {
        return new DatabaseStats(opened, closed, refused, broken, failed, peakOpen, 0);
    }
}
