package dev.lifeguard.poolsim.load;

import dev.lifeguard.poolsim.scenario.BurstPhase;
import dev.lifeguard.poolsim.scenario.ClosedPhase;
import dev.lifeguard.poolsim.scenario.LoadPhase;
import dev.lifeguard.poolsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;

/**
 * The load model both engines drive: the same scenario and seed give the same requests.
 *
 * <p>Open requests (constant, ramp, replay and burst phases) come from {@link #nextOpen()} in order of
 * intended start. Closed users come from {@link #closedUsers()}: the engine asks each user for its
 * {@link ClosedUser#first()} request and, whenever one finishes, for {@link ClosedUser#next(long)} with
 * the simulated completion time. Requests only start in [0, scenario duration).
 *
 * <p>Not thread-safe: one engine thread drives it (closed users may each be driven by their own thread).
 */
public final class LoadGenerator {

    private final OpenArrivals arrivals;
    private final RequestShaper shaper;
    private final SplittableRandom shapes;
    private final List<long[]> bursts = new ArrayList<>();
    private final List<ClosedUser> users = new ArrayList<>();
    private final long endNanos;
    private int burstIndex;
    private int burstLeft;
    private long nextRate = -2;
    private int nextRatePhase;
    private long openSeq;

    /** A generator for {@code scenario}, positioned before its first request. */
    public LoadGenerator(Scenario scenario) {
        List<LoadPhase> phases = scenario.load().phases();
        long[] starts = scenario.load().phaseStarts();
        endNanos = scenario.duration().nanos();
        shaper = new RequestShaper(scenario.request());
        shapes = Seeds.stream(scenario.seed(), Seeds.OPEN_SHAPES);
        arrivals = new OpenArrivals(phases, starts, endNanos, Seeds.stream(scenario.seed(), Seeds.OPEN_ARRIVALS));
        for (int i = 0; i < phases.size(); i++) {
            LoadPhase phase = phases.get(i);
            if (phase instanceof BurstPhase burst && starts[i] < endNanos) {
                bursts.add(new long[] {starts[i], i, burst.count()});
            } else if (phase instanceof ClosedPhase closed) {
                long stop = Math.min(endNanos, starts[i] + closed.duration().nanos());
                for (int u = 0; u < closed.users(); u++) {
                    users.add(new ClosedUser(
                            i, u, starts[i], stop, closed.thinkTime().nanos(), shaper, scenario.seed()));
                }
            }
        }
        bursts.sort(Comparator.<long[]>comparingLong(b -> b[0]).thenComparingLong(b -> b[1]));
        burstLeft = bursts.isEmpty() ? 0 : (int) bursts.get(0)[2];
    }

    /** Requests start before this simulated time (the scenario's duration), in nanoseconds. */
    public long endNanos() {
        return endNanos;
    }

    /** The next open request in order of intended start, or {@code null} when there are no more. */
    public @Nullable RequestSpec nextOpen() {
        if (nextRate == -2) {
            pullRate();
        }
        boolean haveBurst = burstIndex < bursts.size();
        if (!haveBurst && nextRate < 0) {
            return null;
        }
        if (haveBurst && (nextRate < 0 || bursts.get(burstIndex)[0] <= nextRate)) {
            long[] burst = bursts.get(burstIndex);
            RequestSpec spec = shaper.make((int) burst[1], -1, openSeq++, burst[0], shapes);
            if (--burstLeft == 0 && ++burstIndex < bursts.size()) {
                burstLeft = (int) bursts.get(burstIndex)[2];
            }
            return spec;
        }
        RequestSpec spec = shaper.make(nextRatePhase, -1, openSeq++, nextRate, shapes);
        pullRate();
        return spec;
    }

    private void pullRate() {
        nextRate = arrivals.next();
        // next() may have moved on to a later phase before finding this arrival.
        nextRatePhase = Math.max(0, arrivals.phase());
    }

    /** Every user of every closed phase, in phase then user order (empty when there are none). */
    public List<ClosedUser> closedUsers() {
        return List.copyOf(users);
    }

    /** All open requests at once (for tests and small scenarios; large scenarios should stream). */
    public List<RequestSpec> drainOpen() {
        List<RequestSpec> all = new ArrayList<>();
        for (RequestSpec spec = nextOpen(); spec != null; spec = nextOpen()) {
            all.add(spec);
        }
        return all;
    }
}
