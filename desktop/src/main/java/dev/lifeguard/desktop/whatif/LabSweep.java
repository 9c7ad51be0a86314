package dev.lifeguard.desktop.whatif;

import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import dev.lifeguard.poolsim.scenario.ClosedPhase;
import dev.lifeguard.poolsim.scenario.ConstantPhase;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.sweep.ScenarioEditor;
import dev.lifeguard.poolsim.sweep.SweepAxis;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * A sweep as the lab sets it up: the keys that apply to the scenario on screen (its pool's own keys, then the
 * database, load and request), and the axis checked value by value before anything runs, in the lab's words.
 */
final class LabSweep {

    private LabSweep() {}

    /**
     * The keys a sweep of {@code s} can vary, the pool's own first: a SQLAlchemy pool sweeps {@code pool_size},
     * {@code max_overflow}, {@code pool_timeout}…, a HikariCP pool {@code maximumPoolSize},
     * {@code connectionTimeout}…; {@code rate} only with a constant phase, {@code users} only with a closed one.
     */
    static List<String> keys(Scenario s) {
        // the pool's own keys, as the engine's editor defines them: HikariCP's or SQLAlchemy's
        List<String> pool = ScenarioEditor.poolKeys(s);
        boolean constant = s.load().phases().stream().anyMatch(p -> p instanceof ConstantPhase);
        boolean closed = s.load().phases().stream().anyMatch(p -> p instanceof ClosedPhase);
        List<String> keys = new ArrayList<>();
        for (String key : ScenarioEditor.KEYS) {
            boolean applies = ScenarioEditor.POOL_KEYS.contains(key)
                    ? pool.contains(key)
                    : key.equals("rate") ? constant : !key.equals("users") || closed;
            if (applies) {
                keys.add(key);
            }
        }
        return keys;
    }

    /** The key a sweep of {@code s} starts on: the pool's size. */
    static String defaultKey(Scenario s) {
        return s.pool() instanceof SqlAlchemyPoolConfig ? "pool_size" : "maximumPoolSize";
    }

    /**
     * The axis {@code key} from {@code from} to {@code to} in {@code step}s over {@code s}, each value checked
     * by applying it as a run would.
     *
     * @throws IllegalArgumentException naming the key and the value the model refuses, and why
     */
    static SweepAxis axis(Scenario s, String key, String from, String to, String step) {
        List<String> keys = keys(s);
        if (key == null || !keys.contains(key)) {
            throw new IllegalArgumentException(
                    "this scenario has no '" + key + "' to sweep; it can sweep " + String.join(", ", keys));
        }
        BigDecimal first = number("from", from);
        BigDecimal last = number("to", to);
        BigDecimal by = number("step", step);
        if (by.signum() <= 0 || last.compareTo(first) < 0) {
            throw new IllegalArgumentException("sweep " + key + ": 'from' must not be above 'to', and 'step' must be"
                    + " above 0 (from " + from + ", to " + to + ", step " + step + ")");
        }
        List<Double> values = new ArrayList<>();
        // exact decimal steps, so 0.1 to 0.3 by 0.1 gives three values
        for (BigDecimal v = first; v.compareTo(last) <= 0; v = v.add(by)) {
            if (values.size() == SweepAxis.MAX_VALUES) {
                throw new IllegalArgumentException("sweep " + key + ": more than " + SweepAxis.MAX_VALUES
                        + " values from " + from + " to " + to + "; take a larger step");
            }
            values.add(v.doubleValue());
        }
        return new SweepAxis(key, values);
    }

    /**
     * Checks that the scenario takes every value of {@code axis}.
     *
     * @throws IllegalArgumentException naming the first value refused, with the model's reason
     */
    static void check(Scenario s, SweepAxis axis) {
        for (double v : axis.values()) {
            try {
                ScenarioSettings.with(s, axis.key(), v);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException(
                        "sweep " + axis.key() + " = " + PhaseRow.num(v) + " is refused: " + e.getMessage(), e);
            }
        }
    }

    private static BigDecimal number(String what, String text) {
        try {
            return new BigDecimal(text == null ? "" : text.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("sweep '" + what + "' must be a number, was '" + text + "'", e);
        }
    }
}
