package dev.lifeguard.poolsim.virtual;

import dev.lifeguard.incident.pool.HikariPoolConfig;
import java.time.Instant;

/** Lets the benchmark in {@code poolsim.bench} drive the event loop directly on pre-made requests. */
public final class BenchAccess {

    private BenchAccess() {}

    /** Runs the HikariCP model over the given requests; returns {requests, served, timeouts}. */
    public static long[] runHikari(long[] arrivals, long[] holds, HikariPoolConfig config) {
        RequestStream stream = new RequestStream() {
            private int i = -1;

            @Override
            public boolean advance() {
                return ++i < arrivals.length;
            }

            @Override
            public long arrivalNs() {
                return arrivals[i];
            }

            @Override
            public long holdNs() {
                return holds[i];
            }

            @Override
            public int connections() {
                return 1;
            }

            @Override
            public boolean leaks() {
                return false;
            }
        };
        long duration = arrivals.length == 0 ? 1 : arrivals[arrivals.length - 1] + 1;
        VirtualSimulator sim = new VirtualSimulator(
                config,
                1,
                new VirtualDatabase(0, 0, new long[0][], new long[0][], "too many"),
                stream,
                duration,
                1,
                1,
                Instant.EPOCH);
        sim.run(() -> false, p -> {});
        return new long[] {sim.recorder.requests, sim.recorder.served, sim.recorder.timeouts};
    }
}
