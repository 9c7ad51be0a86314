package dev.lifeguard.desktop.workbench.counterfactual;

import dev.lifeguard.poolsim.scenario.DatabaseEvent;
import dev.lifeguard.poolsim.scenario.DatabaseModel;
import dev.lifeguard.poolsim.scenario.LatencySpikeEvent;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.SimDuration;
import java.util.ArrayList;
import java.util.List;

/**
 * A slow spell: from {@code at} for {@code duration} the recorded usage median stood {@code extraMs} above its
 * healthy level, so every request held its connection that much longer. Modelled as a database latency spike
 * over the same window (a constant slow-query mixture would slow the whole replay, and it would run out at the
 * start instead of when the incident did).
 *
 * @param at        where the spell starts, from the start of the recording
 * @param duration  how long it lasts
 * @param extraMs   milliseconds added to every hold
 * @param healthyP50 usage p50 outside the slow spells, ms
 * @param slowP50   usage p50 in the spell, ms
 * @param healthyP99 usage p99 outside the slow spells, ms (NaN when not recorded)
 * @param slowP99   usage p99 in the spell, ms (NaN when not recorded)
 */
public record SlowQueryInference(
        SimDuration at,
        SimDuration duration,
        long extraMs,
        double healthyP50,
        double slowP50,
        double healthyP99,
        double slowP99)
        implements Inference {

    @Override
    public String what() {
        return "slow queries minute " + minute(at) + "–" + minute(at.plus(duration)) + ": +" + extraMs
                + " ms per request";
    }

    @Override
    public String from() {
        String p99 = Double.isNaN(healthyP99) || Double.isNaN(slowP99)
                ? ""
                : " (p99 " + Math.round(healthyP99) + " → " + Math.round(slowP99) + " ms)";
        return "from usage p50 " + Math.round(healthyP50) + " → " + Math.round(slowP50) + " ms" + p99;
    }

    @Override
    public String unit() {
        return "ms added to every hold";
    }

    @Override
    public double inferred() {
        return extraMs;
    }

    /** The latency spike that models the spell. */
    LatencySpikeEvent event() {
        return new LatencySpikeEvent(at, duration, SimDuration.ofMillis(extraMs));
    }

    @Override
    public double value(Scenario scenario) {
        return scenario.database().events().stream()
                .filter(this::window)
                .findFirst()
                .map(e -> ((LatencySpikeEvent) e).latency().millis())
                .orElse(0.0);
    }

    @Override
    public Scenario apply(Scenario scenario, double ms) {
        if (!(ms >= 0 && ms <= 600_000)) {
            throw new IllegalArgumentException("database event 'latency' must be between 0 and 600000 ms, was " + ms);
        }
        List<DatabaseEvent> events = new ArrayList<>(scenario.database().events());
        events.removeIf(this::window);
        if (ms > 0) {
            events.add(new LatencySpikeEvent(at, duration, new SimDuration(Math.round(ms * 1e6))));
        }
        DatabaseModel d = scenario.database();
        return scenario.withDatabase(
                new DatabaseModel(d.maxConnections(), d.connectLatency(), d.instances(), events, d.dialect()));
    }

    private boolean window(DatabaseEvent e) {
        return e instanceof LatencySpikeEvent
                && e.at().equals(at)
                && e.duration().equals(duration);
    }

    private static String minute(SimDuration d) {
        return Decimals.plain(Math.round(d.seconds() / 6) / 10.0);
    }
}
