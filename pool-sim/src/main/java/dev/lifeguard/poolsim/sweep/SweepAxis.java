package dev.lifeguard.poolsim.sweep;

import dev.lifeguard.incident.Checks;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One varied setting and the values it takes, written {@code KEY=FROM..TO[:STEP]} (step 1 by default) or
 * {@code KEY=V1,V2,…}.
 *
 * @param key    a key {@link ScenarioEditor} knows, e.g. {@code maximumPoolSize}, {@code rate}
 * @param values the values in order, at least one
 */
public record SweepAxis(String key, List<Double> values) {

    /** More points than this on one axis is almost certainly a typo in the step. */
    public static final int MAX_VALUES = 10_000;

    private static final Pattern RANGE = Pattern.compile("([^=]+)=([-+0-9.eE]+)\\.\\.([-+0-9.eE]+)(?::([-+0-9.eE]+))?");
    private static final Pattern LIST = Pattern.compile("([^=]+)=([-+0-9.eE]+(?:,[-+0-9.eE]+)*)");

    public SweepAxis {
        Checks.notBlank(key, "sweep key");
        values = List.copyOf(values);
        if (values.isEmpty() || values.size() > MAX_VALUES) {
            throw new IllegalArgumentException(
                    "--vary " + key + ": needs 1 to " + MAX_VALUES + " values, has " + values.size());
        }
        if (!ScenarioEditor.KEYS.contains(key)) {
            throw new IllegalArgumentException(
                    "--vary: unknown key '" + key + "'; known: " + String.join(", ", ScenarioEditor.KEYS));
        }
    }

    /**
     * Parses {@code maximumPoolSize=5..60:5} or {@code rate=100,200,400}.
     *
     * @throws IllegalArgumentException quoting the text and saying what is wrong
     */
    public static SweepAxis parse(String text) {
        String spec = text == null ? "" : text.replace(" ", "");
        Matcher range = RANGE.matcher(spec);
        try {
            if (range.matches()) {
                BigDecimal from = new BigDecimal(range.group(2));
                BigDecimal to = new BigDecimal(range.group(3));
                BigDecimal step = range.group(4) == null ? BigDecimal.ONE : new BigDecimal(range.group(4));
                if (step.signum() <= 0 || to.compareTo(from) < 0) {
                    throw new IllegalArgumentException("--vary '" + text + "': need FROM ≤ TO and a STEP > 0");
                }
                List<Double> values = new ArrayList<>();
                // exact decimal steps: 0.1..0.3:0.1 gives three values, not two
                for (BigDecimal v = from; v.compareTo(to) <= 0 && values.size() <= MAX_VALUES; v = v.add(step)) {
                    values.add(v.doubleValue());
                }
                return new SweepAxis(range.group(1), values);
            }
            Matcher list = LIST.matcher(spec);
            if (list.matches()) {
                List<Double> values = new ArrayList<>();
                for (String v : list.group(2).split(",")) {
                    values.add(Double.parseDouble(v));
                }
                return new SweepAxis(list.group(1), values);
            }
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--vary '" + text + "': " + e.getMessage(), e);
        }
        throw new IllegalArgumentException(
                "--vary '" + text + "': write KEY=FROM..TO[:STEP] or KEY=V1,V2,…," + " e.g. maximumPoolSize=5..60:5");
    }
}
