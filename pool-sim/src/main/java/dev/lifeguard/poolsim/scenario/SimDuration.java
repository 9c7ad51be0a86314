package dev.lifeguard.poolsim.scenario;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A span of simulated time written as scenario files write it: a number and a unit, {@code "250ms"},
 * {@code "30s"}, {@code "10m"}, {@code "2h"} (also {@code "us"} and decimals such as {@code "1.5s"}).
 *
 * @param nanos the length in nanoseconds, ≥ 0
 */
public record SimDuration(long nanos) implements Comparable<SimDuration> {

    /** No time at all. */
    public static final SimDuration ZERO = new SimDuration(0);

    private static final Pattern TEXT = Pattern.compile("\\s*(\\d+(?:\\.\\d+)?)\\s*(us|ms|s|m|h)\\s*");

    public SimDuration {
        if (nanos < 0) {
            throw new IllegalArgumentException("a duration must not be negative, was " + nanos + "ns");
        }
    }

    /**
     * Parses {@code "250ms"}-style text.
     *
     * @throws IllegalArgumentException naming the accepted units when the text is not a duration
     */
    @JsonCreator(mode = JsonCreator.Mode.DELEGATING)
    public static SimDuration parse(String text) {
        Matcher m = TEXT.matcher(text == null ? "" : text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("'" + text + "' is not a duration: write a number and a unit,"
                    + " e.g. \"250ms\", \"30s\", \"10m\", \"2h\" (units: us, ms, s, m, h)");
        }
        double value = Double.parseDouble(m.group(1));
        long unitNanos = switch (m.group(2)) {
            case "us" -> 1_000L;
            case "ms" -> 1_000_000L;
            case "s" -> 1_000_000_000L;
            case "m" -> 60_000_000_000L;
            default -> 3_600_000_000_000L;
        };
        double nanos = value * unitNanos;
        if (nanos > Long.MAX_VALUE / 4) {
            throw new IllegalArgumentException("'" + text + "' is too long a duration");
        }
        return new SimDuration(Math.round(nanos));
    }

    /** A duration of {@code millis} milliseconds. */
    public static SimDuration ofMillis(long millis) {
        return new SimDuration(Math.multiplyExact(millis, 1_000_000L));
    }

    /** A duration of {@code seconds} seconds. */
    public static SimDuration ofSeconds(double seconds) {
        return new SimDuration(Math.round(seconds * 1e9));
    }

    /** The shortest exact text in the largest whole unit, e.g. {@code "90s"} or {@code "1500us"}. */
    @JsonValue
    public String text() {
        long[] units = {3_600_000_000_000L, 60_000_000_000L, 1_000_000_000L, 1_000_000L, 1_000L};
        String[] names = {"h", "m", "s", "ms", "us"};
        if (nanos == 0) {
            return "0ms";
        }
        for (int i = 0; i < units.length; i++) {
            if (nanos % units[i] == 0) {
                return nanos / units[i] + names[i];
            }
        }
        // Sub-microsecond remainders: keep microsecond precision as a decimal.
        return String.format(Locale.ROOT, "%.3fus", nanos / 1_000.0);
    }

    /** Whole milliseconds, rounded down. */
    public long toMillis() {
        return nanos / 1_000_000L;
    }

    /** Milliseconds as a fraction. */
    public double millis() {
        return nanos / 1e6;
    }

    /** Seconds as a fraction. */
    public double seconds() {
        return nanos / 1e9;
    }

    /** The same span as a {@link Duration}. */
    public Duration toDuration() {
        return Duration.ofNanos(nanos);
    }

    /** This span plus {@code other}. */
    public SimDuration plus(SimDuration other) {
        return new SimDuration(Math.addExact(nanos, other.nanos));
    }

    @Override
    public int compareTo(SimDuration other) {
        return Long.compare(nanos, other.nanos);
    }

    @Override
    public String toString() {
        return text();
    }
}
