package dev.lifeguard.watch;

import java.time.Duration;

/**
 * How to poll.
 *
 * @param interval          time between scrapes while the endpoint answers
 * @param timeout           how long one scrape may take, the whole exchange: connect, redirects, the body to its end
 * @param maxBackoff        the longest wait between attempts while the endpoint is down (the wait doubles
 *                          from {@code interval} up to this)
 * @param maxSamplesPerPool how many samples per pool are kept; older ones are dropped beyond it
 * @param maxBodyBytes      the largest scrape read; a longer one is cut off there and reported as a failure
 */
public record WatchSettings(
        Duration interval, Duration timeout, Duration maxBackoff, int maxSamplesPerPool, long maxBodyBytes) {

    /** 16 MiB: a Spring Boot exposition is tens of kilobytes; far beyond it is not a metrics page. */
    public static final long DEFAULT_MAX_BODY_BYTES = 16L << 20;

    public WatchSettings {
        positive(interval, "interval");
        positive(timeout, "timeout");
        positive(maxBackoff, "maxBackoff");
        if (maxSamplesPerPool < 2) {
            throw new IllegalArgumentException("watch 'maxSamplesPerPool' must be ≥ 2, was " + maxSamplesPerPool);
        }
        if (maxBodyBytes < 1) {
            throw new IllegalArgumentException("watch 'maxBodyBytes' must be ≥ 1, was " + maxBodyBytes);
        }
    }

    /** Every 5 s, 2 s timeout, back off up to 1 min, keep a day at 5 s per pool, read up to 16 MiB. */
    public static WatchSettings defaults() {
        return new WatchSettings(
                Duration.ofSeconds(5), Duration.ofSeconds(2), Duration.ofMinutes(1), 17_280, DEFAULT_MAX_BODY_BYTES);
    }

    /** These settings with another interval (and a backoff cap of at least that). */
    public WatchSettings withInterval(Duration value) {
        Duration cap = maxBackoff.compareTo(value) < 0 ? value : maxBackoff;
        return new WatchSettings(value, timeout, cap, maxSamplesPerPool, maxBodyBytes);
    }

    /** These settings with another timeout. */
    public WatchSettings withTimeout(Duration value) {
        return new WatchSettings(interval, value, maxBackoff, maxSamplesPerPool, maxBodyBytes);
    }

    /** These settings with another body limit. */
    public WatchSettings withMaxBodyBytes(long value) {
        return new WatchSettings(interval, timeout, maxBackoff, maxSamplesPerPool, value);
    }

    /** These settings with another backoff cap (at least the interval). */
    public WatchSettings withMaxBackoff(Duration value) {
        return new WatchSettings(
                interval, timeout, value.compareTo(interval) < 0 ? interval : value, maxSamplesPerPool, maxBodyBytes);
    }

    private static void positive(Duration d, String field) {
        if (d == null || d.isNegative() || d.isZero()) {
            throw new IllegalArgumentException("watch '" + field + "' must be a positive duration, was " + d);
        }
    }
}
