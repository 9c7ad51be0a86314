package dev.lifeguard.watch;

import java.time.Duration;

/**
 * How to poll.
 *
 * @param interval          time between scrapes while the endpoint answers
 * @param timeout           how long one scrape may take (connect and read)
 * @param maxBackoff        the longest wait between attempts while the endpoint is down (the wait doubles
 *                          from {@code interval} up to this)
 * @param maxSamplesPerPool how many samples per pool are kept; older ones are dropped beyond it
 */
public record WatchSettings(Duration interval, Duration timeout, Duration maxBackoff, int maxSamplesPerPool) {

    public WatchSettings {
        positive(interval, "interval");
        positive(timeout, "timeout");
        positive(maxBackoff, "maxBackoff");
        if (maxSamplesPerPool < 2) {
            throw new IllegalArgumentException("watch 'maxSamplesPerPool' must be ≥ 2, was " + maxSamplesPerPool);
        }
    }

    /** Every 5 s, 2 s timeout, back off up to 1 min, keep a day at 5 s per pool. */
    public static WatchSettings defaults() {
        return new WatchSettings(Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofMinutes(1), 17_280);
    }

    /** These settings with another interval (and a backoff cap of at least that). */
    public WatchSettings withInterval(Duration value) {
        Duration cap = maxBackoff.compareTo(value) < 0 ? value : maxBackoff;
        return new WatchSettings(value, timeout, cap, maxSamplesPerPool);
    }

    /** These settings with another timeout. */
    public WatchSettings withTimeout(Duration value) {
        return new WatchSettings(interval, value, maxBackoff, maxSamplesPerPool);
    }

    private static void positive(Duration d, String field) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("watch '" + field + "' must be a positive duration, was " + d);
        }
    }
}
