package dev.lifeguard.desktop.live;

import dev.lifeguard.poolsim.PoolGauges;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.RunListener;
import dev.lifeguard.poolsim.exposition.LivePools;
import dev.lifeguard.poolsim.exposition.MetricsServer;
import dev.lifeguard.poolsim.real.RealEngine;
import dev.lifeguard.poolsim.result.SimulationResult;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A real-engine exhaustion run (a real HikariCP pool, 5 connections, 2 s timeout) served on an ephemeral
 * loopback port: 6 s of light load, then a burst of 30 one-second requests that must time out, all at
 * 5× time compression. Records when each scrape read the pool and when the first timeout was seen.
 */
final class SimulatedExhaustion implements AutoCloseable {

    static final String SCENARIO = """
            {
              "format": "lifeguard.scenario/1",
              "name": "live watch: exhaustion",
              "seed": 7,
              "duration": "20s",
              "pool": { "kind": "hikari", "maximumPoolSize": 5, "minimumIdle": 5, "connectionTimeout": 2000,
                        "validationTimeout": 1000,
                        "idleTimeout": 600000, "maxLifetime": 1800000, "keepaliveTime": 0,
                        "leakDetectionThreshold": 0 },
              "database": { "maxConnections": 100, "connectLatency": "5ms", "instances": 1 },
              "load": { "phases": [
                { "type": "constant", "rate": 2, "duration": "20s", "arrivals": "uniform" },
                { "type": "burst", "count": 30, "at": "6s" } ] },
              "request": { "hold": { "dist": "constant", "value": "1s" } },
              "slo": { "acquireP99": "5s", "maxTimeoutRate": 0.0 }
            }
            """;

    private final LivePools live = new LivePools();
    private final MetricsServer server;
    /** nanoTime at which each scrape read the pools, in order. */
    final List<Long> scrapeReads = new CopyOnWriteArrayList<>();
    /** nanoTime at which the first timeout was seen (0 until then). */
    final AtomicLong firstTimeoutSeen = new AtomicLong();
    /** The pools the run opened, by name. */
    final List<String> pools = new CopyOnWriteArrayList<>();

    private final List<Thread> spotters = new CopyOnWriteArrayList<>();
    private volatile boolean stop;

    SimulatedExhaustion() {
        server = MetricsServer.start(MetricsServer.parseAddress("127.0.0.1:0"), () -> {
            String text = live.exposition();
            scrapeReads.add(System.nanoTime());
            return text;
        });
    }

    /** The exposition URL. */
    String url() {
        return server.url().toString();
    }

    /** Starts the run on its own thread. */
    CompletableFuture<SimulationResult> start() throws Exception {
        Scenario scenario = Scenarios.read(SCENARIO, "live-watch-exhaustion");
        RunListener spotting = new RunListener() {
            @Override
            public void poolOpened(PoolGauges gauges) {
                live.poolOpened(gauges);
                pools.add(gauges.poolName());
                Thread spotter = new Thread(() -> spot(gauges), "test-timeout-spotter");
                spotter.setDaemon(true);
                spotters.add(spotter);
                spotter.start();
            }

            @Override
            public void poolClosed(String poolName) {
                live.poolClosed(poolName);
            }
        };
        RunControl control = RunControl.defaults().speed(5.0).listener(spotting);
        CompletableFuture<SimulationResult> run = new CompletableFuture<>();
        Thread runner = new Thread(
                () -> {
                    try {
                        run.complete(new RealEngine().run(scenario, control));
                    } catch (RuntimeException e) {
                        run.completeExceptionally(e);
                    }
                },
                "test-sim-runner");
        runner.setDaemon(true);
        runner.start();
        spotters.add(runner);
        return run;
    }

    /** Watches the counter closely so the test knows when the first timeout happened. */
    private void spot(PoolGauges gauges) {
        while (!stop && gauges.timeoutsTotal() == 0) {
            Thread.onSpinWait();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                return;
            }
        }
        if (!stop) {
            firstTimeoutSeen.compareAndSet(0, System.nanoTime());
        }
    }

    @Override
    public void close() throws InterruptedException {
        stop = true;
        server.close();
        for (Thread t : spotters) {
            t.join(30_000);
        }
    }
}
