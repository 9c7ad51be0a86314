package dev.lifeguard.poolsim.exposition;

import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.poolsim.PoolGauges;
import dev.lifeguard.poolsim.RunControl;
import dev.lifeguard.poolsim.RunListener;
import java.net.URI;

/**
 * What {@code simulate … --serve-metrics HOST:PORT} needs in one call: serves the run's pools on a loopback
 * address and hooks them into the run's control, keeping any listener already there. Close it after the run.
 *
 * <pre>{@code
 * try (ServedRun served = ServedRun.start(serveMetrics, control)) {
 *     err.println("serving metrics on " + served.url());
 *     result = engine.run(scenario, control);
 * }
 * }</pre>
 */
public final class ServedRun implements AutoCloseable {

    private final MetricsServer server;

    private ServedRun(MetricsServer server) {
        this.server = server;
    }

    /**
     * Starts serving on {@code hostPort} (e.g. {@code 127.0.0.1:9404}; port 0 picks one) and adds the live pools
     * to {@code control}'s listener.
     *
     * @throws IllegalArgumentException when the address is malformed or not loopback
     * @throws java.io.UncheckedIOException when the port cannot be bound
     */
    public static ServedRun start(String hostPort, RunControl control) {
        LivePools live = new LivePools();
        MetricsServer server = MetricsServer.start(MetricsServer.parseAddress(hostPort), live::exposition);
        control.listener(both(control.listener(), live));
        return new ServedRun(server);
    }

    /** A listener that tells {@code first}, then {@code second}. */
    static RunListener both(RunListener first, RunListener second) {
        if (first == RunListener.NONE) {
            return second;
        }
        return new RunListener() {
            @Override
            public void poolOpened(PoolGauges gauges) {
                first.poolOpened(gauges);
                second.poolOpened(gauges);
            }

            @Override
            public void sampled(String poolName, MetricSample sample) {
                first.sampled(poolName, sample);
                second.sampled(poolName, sample);
            }

            @Override
            public void poolClosed(String poolName) {
                first.poolClosed(poolName);
                second.poolClosed(poolName);
            }
        };
    }

    /** The exposition URL. */
    public URI url() {
        return server.url();
    }

    /** Stops serving. */
    @Override
    public void close() {
        server.close();
    }
}
