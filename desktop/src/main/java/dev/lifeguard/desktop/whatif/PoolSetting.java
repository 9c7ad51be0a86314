package dev.lifeguard.desktop.whatif;

import java.math.BigDecimal;
import java.math.MathContext;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One editable number of the scenario, as the library (or the scenario format) spells its key.
 *
 * @param key      e.g. {@code maximumPoolSize}, {@code pool_timeout}, {@code maxConnections}, {@code hold.p50}
 * @param category the group it is shown in: the library's name, "Database", "Request" or "Load"
 * @param value    the current value (a flag is 1 when on)
 * @param help     what it means
 */
public record PoolSetting(String key, String category, double value, String help) {

    /** Keys that take fractions: SQLAlchemy's timeout is a float of seconds, the others are a ratio and ms. */
    private static final Set<String> FRACTIONAL =
            Set.of("pool_timeout", "leakProbability", ScenarioSettings.CONNECT_LATENCY);

    public PoolSetting {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("setting 'key' is required");
        }
        if (!Double.isFinite(value)) {
            throw new IllegalArgumentException("setting '" + key + "' must be a finite number, was " + value);
        }
    }

    /** A number as a person types it: digits, an optional fraction and exponent (no hex, no {@code 10d}). */
    private static final Pattern NUMBER = Pattern.compile("[-+]?(\\d+\\.?\\d*|\\.\\d+)([eE][-+]?\\d+)?");

    /** Whether the setting is a whole number (a count, or milliseconds as HikariCP takes them). */
    public boolean whole() {
        return whole(key);
    }

    /** Whether the setting is on or off (shown as a check box). */
    public boolean flag() {
        return flag(key);
    }

    static boolean whole(String key) {
        return !FRACTIONAL.contains(key) && !key.startsWith(ScenarioSettings.HOLD) && !flag(key);
    }

    static boolean flag(String key) {
        return ScenarioSettings.FLAGS.contains(key);
    }

    /**
     * The value of {@code text} typed into field {@code key}: a flag is {@code true} or {@code false}, a whole
     * setting a whole number.
     *
     * @throws IllegalArgumentException saying what the text should be
     */
    static double parse(String key, String text) {
        String t = text == null ? "" : text.trim();
        if (flag(key)) {
            if (t.equalsIgnoreCase("true") || t.equalsIgnoreCase("false")) {
                return t.equalsIgnoreCase("true") ? 1 : 0;
            }
            throw new IllegalArgumentException("must be true or false");
        }
        if (t.isEmpty()) {
            throw new IllegalArgumentException("a number is required");
        }
        if (!NUMBER.matcher(t).matches()) {
            throw new IllegalArgumentException("'" + t + "' is not a number");
        }
        double v = Double.parseDouble(t);
        if (!Double.isFinite(v) || whole(key) && (v != Math.rint(v) || Math.abs(v) > 1e15)) {
            throw new IllegalArgumentException("'" + t + "' is not a whole number");
        }
        return v;
    }

    /** The value as the field shows it: {@code 10}, {@code 2.5}, {@code 0.0042}, {@code true}. */
    public String text() {
        if (flag()) {
            return String.valueOf(value != 0);
        }
        if (whole()) {
            return String.valueOf(Math.round(value));
        }
        return new BigDecimal(value)
                .round(new MathContext(8))
                .stripTrailingZeros()
                .toPlainString();
    }
}
