package dev.lifeguard.poolsim.real;

import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.incident.metrics.PoolMetricSeries;
import dev.lifeguard.poolsim.RunListener;
import dev.lifeguard.poolsim.result.RunRecorder;
import dev.lifeguard.poolsim.result.Utilization;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads every pool once per simulated second into a {@link MetricSample} (HikariCP's gauges through
 * {@code HikariPoolMXBean}, plus the engine's counters and the interval's latencies), and ten times per
 * simulated second for the utilization average. Sample times are simulated time from {@link Instant#EPOCH}.
 */
final class Sampler implements Runnable {

    /** Sub-samples per simulated second for the utilization average. */
    static final int POLLS = 10;

    private final List<PoolInstance> pools;
    private final SimClock clock;
    private final RunRecorder recorder;
    private final RunListener listener;
    private final List<List<MetricSample>> perPool = new ArrayList<>();
    private final List<MetricSample> summed = new ArrayList<>();
    private final Thread thread;
    private volatile boolean stop;
    private final List<Double> secondShares = new ArrayList<>();

    Sampler(List<PoolInstance> pools, SimClock clock, RunRecorder recorder, RunListener listener, String threadName) {
        this.pools = pools;
        this.clock = clock;
        this.recorder = recorder;
        this.listener = listener;
        for (int i = 0; i < pools.size(); i++) {
            perPool.add(new ArrayList<>());
        }
        thread = new Thread(this, threadName);
        thread.setDaemon(true);
    }

    void start() {
        thread.start();
    }

    /** Stops after one last sample and waits for the thread to end. */
    void stopAndJoin() throws InterruptedException {
        stop = true;
        thread.interrupt();
        thread.join();
    }

    @Override
    public void run() {
        sample(0);
        long tick = 0;
        double activeSum = 0;
        while (!stop) {
            tick++;
            if (!SimClock.sleepUntil(clock.realAt(tick * 1_000_000_000L / POLLS), () -> stop)) {
                break;
            }
            activeSum += share();
            if (tick % POLLS == 0) {
                synchronized (secondShares) {
                    secondShares.add(activeSum / POLLS);
                }
                activeSum = 0;
                sample(tick / POLLS);
            }
        }
    }

    private double share() {
        int active = 0;
        int max = 0;
        for (PoolInstance pool : pools) {
            active += pool.active();
            max += pool.max();
        }
        return max == 0 ? 0 : Math.min(1.0, (double) active / max);
    }

    private void sample(long second) {
        Instant at = Instant.EPOCH.plusSeconds(second);
        int total = 0;
        int active = 0;
        int idle = 0;
        int pending = 0;
        int max = 0;
        int min = 0;
        long timeouts = 0;
        for (int i = 0; i < pools.size(); i++) {
            PoolInstance p = pools.get(i);
            MetricSample s = MetricSample.gauges(
                    at, p.total(), p.active(), p.idle(), p.pending(), p.max(), p.min(), p.timeoutsTotal());
            perPool.get(i).add(s);
            listener.sampled(p.poolName(), s);
            total += s.total();
            active += s.active();
            idle += s.idle();
            pending += s.pending();
            max += s.max();
            min += s.min();
            timeouts += s.timeoutsTotal();
        }
        Double[] interval = recorder.takeInterval();
        summed.add(new MetricSample(
                at,
                total,
                active,
                idle,
                pending,
                max,
                min,
                timeouts,
                interval[0],
                interval[1],
                interval[2],
                interval[3],
                interval[4]));
    }

    /** Utilization from the one-second averages (an instant's reading when the run lasted under a second). */
    Utilization utilization() {
        synchronized (secondShares) {
            if (secondShares.isEmpty()) {
                return Utilization.of(summed);
            }
            return Utilization.ofSeconds(
                    secondShares.stream().mapToDouble(Double::doubleValue).toArray());
        }
    }

    /** The samples summed over pools, named after the first pool (or the fleet). */
    PoolMetricSeries summedSeries(String name) {
        return new PoolMetricSeries(name, "simulation:real", summed);
    }

    /** One series per pool. */
    List<PoolMetricSeries> poolSeries() {
        List<PoolMetricSeries> out = new ArrayList<>();
        for (int i = 0; i < pools.size(); i++) {
            out.add(new PoolMetricSeries(pools.get(i).poolName(), "simulation:real", perPool.get(i)));
        }
        return out;
    }
}
