package dev.lifeguard.poolsim.bounds;

import java.util.Locale;

/**
 * How much one run may cost: simulated events (time) and estimated memory. A scenario whose estimate is over
 * either is refused before it starts.
 *
 * @param maxEvents events one run may take, ≥ 1 (default {@value #DEFAULT_MAX_EVENTS}: a few minutes at most of the
 *                  virtual engine on a busy two-core machine); raised with {@code --max-events}
 * @param maxBytes  memory one run may take, ≥ 1 (default: half of this JVM's maximum heap, so a run that fits
 *                  cannot end in an out-of-memory error); raised with a larger heap, {@code java -Xmx…}
 */
public record RunBudget(long maxEvents, long maxBytes) {

    /** The default event budget. */
    public static final long DEFAULT_MAX_EVENTS = 500_000_000L;
    /** The share of the maximum heap a run may use by default. */
    public static final double HEAP_SHARE = 0.5;

    public RunBudget {
        if (maxEvents < 1) {
            throw new RunRefusedException("--max-events", "must be a number of events ≥ 1, was " + maxEvents);
        }
        if (maxBytes < 1) {
            throw new IllegalArgumentException("run budget 'maxBytes' must be ≥ 1, was " + maxBytes);
        }
    }

    /** The default budget: {@value #DEFAULT_MAX_EVENTS} events and half this JVM's maximum heap. */
    public static RunBudget defaults() {
        return new RunBudget(DEFAULT_MAX_EVENTS, defaultBytes());
    }

    /** The default memory budget: {@link #HEAP_SHARE} of {@link Runtime#maxMemory()}. */
    public static long defaultBytes() {
        return Math.max(1, (long) (Runtime.getRuntime().maxMemory() * HEAP_SHARE));
    }

    /** This budget with another event limit. */
    public RunBudget withMaxEvents(long events) {
        return new RunBudget(events, maxBytes);
    }

    /**
     * Parses {@code --max-events}: a whole number, with optional {@code _} or {@code ,} separators, or a power of
     * ten such as {@code 1e9}.
     *
     * @throws RunRefusedException naming {@code --max-events} when it is not a whole number ≥ 1 that fits a long
     */
    public static long parseMaxEvents(String text) {
        String plain = text == null ? "" : text.strip().replace("_", "").replace(",", "");
        try {
            double value = plain.matches("[0-9]+") ? Long.parseLong(plain) : Double.parseDouble(plain);
            if (!(value >= 1) || value > Long.MAX_VALUE || value != Math.rint(value)) {
                throw new NumberFormatException();
            }
            return plain.matches("[0-9]+") ? Long.parseLong(plain) : (long) value;
        } catch (NumberFormatException e) {
            throw new RunRefusedException(
                    "--max-events",
                    "must be a whole number of events ≥ 1 (e.g. 500000000 or" + " 5e8), was '" + text + "'");
        }
    }

    /** A count for messages: {@code 200,000,000} below a trillion, else {@code 2.6e+15}. */
    static String count(double n) {
        if (Double.isInfinite(n) || Double.isNaN(n)) {
            return "more than 1e308";
        }
        return n < 1e12 ? String.format(Locale.ROOT, "%,.0f", n) : String.format(Locale.ROOT, "%.3g", n);
    }

    /** Bytes for messages: {@code 512 MB}, {@code 3.2 GB}. */
    static String bytes(double n) {
        if (Double.isInfinite(n) || Double.isNaN(n)) {
            return "more than 1e308 bytes";
        }
        if (n >= 1e15) {
            return String.format(Locale.ROOT, "%.3g bytes", n);
        }
        if (n >= 1e9) {
            return String.format(Locale.ROOT, "%.1f GB", n / 1e9);
        }
        return String.format(Locale.ROOT, "%.0f MB", Math.max(1, Math.ceil(n / 1e6)));
    }
}
