package dev.lifeguard.poolsim.real;

import dev.lifeguard.incident.pool.EffectivePool;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.poolsim.result.Distortion;
import dev.lifeguard.poolsim.scenario.BurstPhase;
import dev.lifeguard.poolsim.scenario.ClosedPhase;
import dev.lifeguard.poolsim.scenario.ConstantPhase;
import dev.lifeguard.poolsim.scenario.LoadPhase;
import dev.lifeguard.poolsim.scenario.RampPhase;
import dev.lifeguard.poolsim.scenario.ReplayPhase;
import dev.lifeguard.poolsim.scenario.RestartEvent;
import dev.lifeguard.poolsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Decides how a scenario's time is compressed on a real pool. Every HikariCP time setting is divided by
 * the speed: timeouts through the lowered floor, the housekeeper and alive-bypass periods through their
 * system properties, and maxLifetime, idleTimeout, keepaliveTime and leakDetectionThreshold through the
 * pool's runtime setters (their minimums are only enforced at start-up). What remains fixed in real time
 * (30 ms between connection adds, the 10 ms first retry after a failed connect, lifetime jitter only
 * above 10 s, and the harness's own limits) is reported as a {@link Distortion} when it matters: when,
 * stretched by the speed, it moves timings by more than 5 % of the connection timeout.
 */
final class Compression {

    /** Speeds tried, fastest first, when the caller does not choose one. */
    static final double[] CANDIDATES = {100, 64, 50, 40, 32, 25, 20, 16, 10, 8, 5, 4, 2, 1};
    /** HikariCP sleeps this long after adding each connection (not configurable). */
    static final double ADD_GAP_MS = 30;
    /** HikariCP's first retry delay after a failed connect (it doubles up to 5 s). */
    static final double RETRY_MS = 10;
    /** HikariCP only jitters lifetimes longer than this. */
    static final long JITTER_ABOVE_MS = 10_000;
    /** Below this real median hold, parking overshoot (about 0.1 ms) inflates holds noticeably. */
    static final double MIN_REAL_HOLD_MS = 5;
    /** Above this real request rate the harness's own threads become the bottleneck. */
    static final double MAX_REAL_RATE = 5_000;
    /** Below this real connection timeout, thread scheduling jitter exceeds 5 % of it. */
    static final double MIN_REAL_TIMEOUT_MS = 100;

    private Compression() {}

    /** The largest candidate speed with no distortion (1 when even real time has some). */
    static double defaultSpeed(Scenario scenario, long floorMs) {
        for (double speed : CANDIDATES) {
            if (plan(scenario, speed, floorMs).distortions().isEmpty()) {
                return speed;
            }
        }
        return 1;
    }

    /** What HikariCP runs: the effective settings of a HikariCP pool are HikariCP's, never another library's. */
    static HikariPoolConfig hikari(EffectivePool ran) {
        HikariPoolConfig h = ran.hikari();
        if (h == null) {
            throw new IllegalStateException(
                    "the real engine runs HikariCP, but the effective pool is " + ran.library() + "'s");
        }
        return h;
    }

    /** The settings and distortions for {@code scenario} at {@code speed}. */
    static CompressionPlan plan(Scenario scenario, double speed, long floorMs) {
        // HikariCP's effective values: what its validate() leaves of the requested ones is what gets compressed.
        HikariPoolConfig h = hikari(scenario.hikariMapping().hikari().effective());
        List<Distortion> distortions = new ArrayList<>();
        double tolerance = 0.05 * h.acquireTimeoutMs();
        long ct = scaled(h.connectionTimeout(), speed);
        if (ct != 0 && ct < floorMs) {
            distortions.add(new Distortion(
                    "connectionTimeout",
                    h.connectionTimeout(),
                    floorMs * speed,
                    "HikariCP's 250 ms floor was already in force in this JVM, so the timeout is " + floorMs * speed
                            + " ms of simulated time instead of " + h.connectionTimeout() + " ms"));
            ct = floorMs;
        }
        long vt = Math.max(floorMs, scaled(h.validationTimeout(), speed));
        boolean restarts = scenario.database().events().stream().anyMatch(e -> e instanceof RestartEvent);
        double horizonMs = 2 * scenario.duration().millis();
        boolean lifetimeEnds = h.maxLifetime() != 0 && h.maxLifetime() < horizonMs;
        int adds = h.maximumPoolSize() - h.minimumIdle() + (restarts || lifetimeEnds ? h.maximumPoolSize() : 0);
        double addStretch = adds * ADD_GAP_MS * (speed - 1);
        if (adds > 0 && addStretch > tolerance) {
            distortions.add(new Distortion(
                    "add gap 30ms",
                    adds * ADD_GAP_MS,
                    adds * ADD_GAP_MS * speed,
                    String.format(
                            Locale.ROOT,
                            "HikariCP waits 30 ms of real time after adding each connection; at speed %s adding"
                                    + " %d connections takes %.0f ms of simulated time instead of %.0f ms, so"
                                    + " waiters wait"
                                    + " longer"
                                    + " and may time out where they would not",
                            fmt(speed),
                            adds,
                            adds * ADD_GAP_MS * speed,
                            adds * ADD_GAP_MS)));
        }
        boolean connectsFail = restarts
                || (scenario.database().capped()
                        && (long) scenario.database().instances() * h.maximumPoolSize()
                                > scenario.database().maxConnections());
        if (connectsFail && RETRY_MS * (speed - 1) > tolerance) {
            distortions.add(new Distortion(
                    "connect retry 10ms",
                    RETRY_MS,
                    RETRY_MS * speed,
                    String.format(
                            Locale.ROOT,
                            "after a failed connect HikariCP retries after 10 ms of real time"
                                    + " (doubling to 5 s); at speed %s"
                                    + " that is %.0f ms of simulated time, so recovery after refusals or a"
                                    + " restart is slower",
                            fmt(speed),
                            RETRY_MS * speed)));
        }
        long ml = h.maxLifetime() == 0 ? 0 : Math.max(1, scaled(h.maxLifetime(), speed));
        if (lifetimeEnds && h.maximumPoolSize() > 1 && ml <= JITTER_ABOVE_MS && h.maxLifetime() > JITTER_ABOVE_MS) {
            distortions.add(new Distortion(
                    "maxLifetime jitter",
                    h.maxLifetime() / 40.0,
                    0,
                    String.format(
                            Locale.ROOT,
                            "HikariCP spreads lifetimes by up to 2.5 %% only when maxLifetime exceeds 10 s of"
                                    + " real time; at"
                                    + " speed %s it is %d ms, so connections opened together retire together",
                            fmt(speed),
                            ml)));
        }
        harnessLimits(scenario, speed, h, distortions);
        long idle = h.idleRetirementMs() == 0 ? 0 : Math.max(1, scaled(h.idleRetirementMs(), speed));
        long keepalive = h.keepaliveTime() == 0 ? 0 : Math.max(1, scaled(h.keepaliveTime(), speed));
        long leak = h.leakDetectionThreshold() == 0 ? 0 : Math.max(1, scaled(h.leakDetectionThreshold(), speed));
        return new CompressionPlan(
                speed,
                ct,
                vt,
                idle,
                ml,
                keepalive,
                leak,
                Math.max(1, scaled(30_000, speed)),
                Math.max(1, scaled(500, speed)),
                distortions);
    }

    private static void harnessLimits(Scenario scenario, double speed, HikariPoolConfig h, List<Distortion> out) {
        double medianMs = scenario.request().hold().medianNanos() / 1e6;
        if (medianMs > 0 && medianMs / speed < MIN_REAL_HOLD_MS) {
            out.add(new Distortion(
                    "hold time",
                    medianMs,
                    medianMs,
                    String.format(
                            Locale.ROOT,
                            "the median hold is"
                                    + " %.2f ms of real time at speed %s; sleeping that briefly overshoots by"
                                    + " about 0.1 ms, which"
                                    + " inflates holds and utilization by a few per cent",
                            medianMs / speed,
                            fmt(speed))));
        }
        double rate = peakRate(scenario);
        if (rate * speed > MAX_REAL_RATE) {
            out.add(new Distortion(
                    "request rate",
                    1000 / rate,
                    1000 / rate,
                    String.format(
                            Locale.ROOT,
                            "at speed %s"
                                    + " the harness must start %.0f requests per real second; above %.0f its"
                                    + " own threads lag and"
                                    + " requests start late (acquire latency still counts from the intended start)",
                            fmt(speed),
                            rate * speed,
                            MAX_REAL_RATE)));
        }
        if (h.connectionTimeout() / speed < MIN_REAL_TIMEOUT_MS) {
            out.add(new Distortion(
                    "connectionTimeout",
                    h.connectionTimeout(),
                    h.connectionTimeout(),
                    String.format(
                            Locale.ROOT,
                            "the timeout is %.1f ms of real time at speed %s; thread scheduling on a busy machine"
                                    + " can move it by more than 5 %%",
                            h.connectionTimeout() / speed,
                            fmt(speed))));
        }
    }

    /** The highest arrival rate of any phase, per simulated second (closed users: users ÷ (think + hold)). */
    static double peakRate(Scenario scenario) {
        double peak = 0;
        double holdSeconds = scenario.request().meanHoldNanos() / 1e9;
        for (LoadPhase phase : scenario.load().phases()) {
            if (phase instanceof ConstantPhase c) {
                peak = Math.max(peak, c.rate());
            } else if (phase instanceof RampPhase r) {
                peak = Math.max(peak, Math.max(r.from(), r.to()));
            } else if (phase instanceof ReplayPhase r) {
                peak = Math.max(
                        peak,
                        r.rates().stream()
                                .mapToDouble(Double::doubleValue)
                                .max()
                                .orElse(0));
            } else if (phase instanceof ClosedPhase c) {
                double cycle = c.thinkTime().seconds() + holdSeconds;
                peak = Math.max(peak, cycle > 0 ? c.users() / cycle : Double.MAX_VALUE);
            } else if (phase instanceof BurstPhase) {
                // A burst is a single instant; its size is limited by threads, not by rate.
                continue;
            }
        }
        return peak;
    }

    private static long scaled(long ms, double speed) {
        return Math.round(ms / speed);
    }

    static String fmt(double speed) {
        return speed == Math.rint(speed) ? String.valueOf((long) speed) : String.valueOf(speed);
    }
}
