package dev.lifeguard.poolsim.bounds;

import dev.lifeguard.poolsim.scenario.BurstPhase;
import dev.lifeguard.poolsim.scenario.ClosedPhase;
import dev.lifeguard.poolsim.scenario.ConstantPhase;
import dev.lifeguard.poolsim.scenario.LoadPhase;
import dev.lifeguard.poolsim.scenario.RampPhase;
import dev.lifeguard.poolsim.scenario.ReplayPhase;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.SimDuration;
import java.math.BigDecimal;
import java.math.MathContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How many requests one load phase sends inside the scenario's duration, computed from its parameters (not by
 * generating them), in doubles so that no input overflows: {@code 1e308/s × 24h} is a number, not a crash.
 *
 * @param index    the phase's index in {@code load.phases}
 * @param field    the JSON path of the setting that drives the volume, e.g. {@code load.phases[0].rate}
 * @param what     the volume in words, e.g. {@code 1e+308/s × 24h}
 * @param requests expected requests (closed phases: users × span ÷ (think + mean hold), an upper estimate)
 * @param peakRate the highest open arrival rate per second (0 for bursts and closed phases)
 * @param atOnce   requests that may be in flight together whatever the rate: a burst's count, a closed phase's users
 */
record PhaseVolume(int index, String field, String what, double requests, double peakRate, double atOnce) {

    private static final double NANOS = 1e9;

    /** The volume of every phase of {@code scenario}, in phase order. */
    static List<PhaseVolume> of(Scenario scenario) {
        List<LoadPhase> phases = scenario.load().phases();
        double end = scenario.duration().nanos();
        double meanHoldSeconds = scenario.request().meanHoldNanos() / NANOS;
        List<PhaseVolume> out = new ArrayList<>();
        double cursor = 0;
        for (int i = 0; i < phases.size(); i++) {
            LoadPhase phase = phases.get(i);
            String at = "load.phases[" + i + "]";
            if (phase instanceof BurstPhase burst) {
                double count = burst.at().nanos() < end ? burst.count() : 0;
                out.add(new PhaseVolume(
                        i, at + ".count", "a burst of " + RunBudget.count(burst.count()), count, 0, count));
                continue;
            }
            double length = phase.duration().nanos();
            double spanSeconds = Math.max(0, Math.min(length, end - cursor)) / NANOS;
            cursor += length;
            String span = text(spanSeconds);
            if (phase instanceof ConstantPhase c) {
                out.add(new PhaseVolume(
                        i, at + ".rate", rate(c.rate()) + " × " + span, c.rate() * spanSeconds, c.rate(), 0));
            } else if (phase instanceof RampPhase r) {
                // the mean of the rates at the span's two ends, halved first so that no sum overflows
                double rateAtEnd = r.from() + (r.to() - r.from()) * (spanSeconds / (length / NANOS));
                double requests = (r.from() / 2 + rateAtEnd / 2) * spanSeconds;
                String field = at + (r.to() >= r.from() ? ".to" : ".from");
                out.add(new PhaseVolume(
                        i,
                        field,
                        "a ramp " + rate(r.from()) + " → " + rate(r.to()) + " over " + span,
                        Math.max(0, requests),
                        Math.max(r.from(), r.to()),
                        0));
            } else if (phase instanceof ReplayPhase r) {
                double step = r.step().nanos() / NANOS;
                double requests = 0;
                double peak = 0;
                for (int k = 0; k < r.rates().size() && k * step < spanSeconds; k++) {
                    requests += r.rates().get(k) * Math.min(step, spanSeconds - k * step);
                    peak = Math.max(peak, r.rates().get(k));
                }
                out.add(new PhaseVolume(
                        i, at + ".rates", "a replay of up to " + rate(peak) + " × " + span, requests, peak, 0));
            } else if (phase instanceof ClosedPhase c) {
                double cycle = c.thinkTime().nanos() / NANOS + meanHoldSeconds;
                // every user is made (and asked for its first request) even when the phase starts past the end
                double requests = c.users()
                        * (1 + (spanSeconds == 0 ? 0 : cycle > 0 ? spanSeconds / cycle : Double.POSITIVE_INFINITY));
                out.add(new PhaseVolume(
                        i,
                        at + ".users",
                        RunBudget.count(c.users()) + " users × " + span + " ÷ (thinkTime " + c.thinkTime()
                                + " + mean hold " + text(meanHoldSeconds) + ")",
                        requests,
                        0,
                        c.users()));
            }
        }
        return out;
    }

    /** A rate for messages: {@code 200/s}, {@code 1e+308/s}. */
    static String rate(double perSecond) {
        if (perSecond >= 1e12) {
            return String.format(Locale.ROOT, "%.3g/s", perSecond);
        }
        if (perSecond == Math.rint(perSecond)) {
            return (long) perSecond + "/s";
        }
        return new BigDecimal(perSecond)
                        .round(new MathContext(6))
                        .stripTrailingZeros()
                        .toPlainString() + "/s";
    }

    /** Seconds for messages, in the scenario's own duration notation where it fits ({@code 24h}, {@code 1.5s}). */
    static String text(double seconds) {
        if (!(seconds < Long.MAX_VALUE / 4 / NANOS)) {
            return String.format(Locale.ROOT, "%.3gs", seconds);
        }
        SimDuration d = new SimDuration(Math.round(seconds * NANOS));
        String exact = d.text();
        return exact.contains(".") ? String.format(Locale.ROOT, "%.3gs", seconds) : exact;
    }
}
