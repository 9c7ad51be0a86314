package dev.lifeguard.poolsim.bounds;

import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import dev.lifeguard.poolsim.scenario.DatabaseEvent;
import dev.lifeguard.poolsim.scenario.RestartEvent;
import dev.lifeguard.poolsim.scenario.Scenario;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * What a run of a scenario will cost, estimated from the scenario alone before anything runs: the events the
 * engine will process (requests × events per request, a sample per simulated second, pool upkeep) and the
 * memory it will hold at its peak (requests in flight, connections, the recorded series). The virtual engine
 * keeps per-request state only while a request is in flight and at most {@link #MAX_SERIES_POINTS} series
 * points, so its memory does not grow with simulated time beyond this estimate.
 *
 * @param events       events the run will process
 * @param bytes        peak memory of the run
 * @param peakInFlight requests in flight at once, at most
 * @param seriesPoints points of the recorded series (summed over the real engine's per-pool series)
 * @param eventShares  where the events come from, largest first (each names its field)
 * @param memoryShares where the memory goes, largest first (each names its field)
 */
public record RunEstimate(
        double events,
        double bytes,
        double peakInFlight,
        double seriesPoints,
        List<Share> eventShares,
        List<Share> memoryShares) {

    /** The virtual engine's series holds at most this many points; longer runs sample the series less often. */
    public static final int MAX_SERIES_POINTS = 100_000;
    /** Requests still in flight when arrivals end may drain for up to this long (the engines' drain limit). */
    public static final double DRAIN_SECONDS = 3_600;
    /** Per request in flight: its slot, waiter entry and event, with the room a growing array keeps. */
    static final double BYTES_PER_REQUEST = 320;
    /** Per connection of a request beyond the first (its slot in the held-connections table). */
    static final double BYTES_PER_HELD = 12;
    /** Per connection held by a pool model. */
    static final double BYTES_PER_CONNECTION = 200;
    /** Per real connection: a SQLite connection and HikariCP's entry for it. */
    static final double BYTES_PER_REAL_CONNECTION = 200_000;
    /** Per series point: a sample with its boxed latencies. */
    static final double BYTES_PER_POINT = 260;
    /** Histograms, the engine and the result around them. */
    static final double FIXED_BYTES = 16e6;
    /** HikariCP's housekeeper runs every 30 s. */
    private static final double HOUSEKEEPING_SECONDS = 30;

    /**
     * One source of cost.
     *
     * @param field  the JSON path that drives it
     * @param what   the cause in words, e.g. {@code 1e+308/s × 24h ≈ 8.64e+312 requests}
     * @param amount its events or bytes
     */
    public record Share(String field, String what, double amount) {}

    public RunEstimate {
        eventShares = sorted(eventShares);
        memoryShares = sorted(memoryShares);
    }

    /** The estimate for running {@code scenario} on {@code engine} ({@code real} or {@code virtual}). */
    public static RunEstimate of(Scenario scenario, String engine) {
        boolean real = "real".equals(engine);
        int perRequest = scenario.request().connectionsPerRequest();
        double eventsPerRequest = 1 + 2.0 * perRequest;
        List<Share> events = new ArrayList<>();
        List<Share> memory = new ArrayList<>();
        double requests = 0;
        double atOnce = 0;
        double peakRate = 0;
        PhaseVolume busiest = null;
        for (PhaseVolume v : PhaseVolume.of(scenario)) {
            events.add(new Share(
                    v.field(),
                    v.what() + " ≈ " + RunBudget.count(v.requests()) + " requests",
                    v.requests() * eventsPerRequest));
            requests += v.requests();
            atOnce += v.atOnce();
            peakRate = Math.max(peakRate, v.peakRate());
            if (busiest == null
                    || Math.max(v.atOnce(), v.peakRate()) > Math.max(busiest.atOnce(), busiest.peakRate())) {
                busiest = v;
            }
        }
        double horizon = scenario.duration().seconds() + DRAIN_SECONDS;
        events.add(new Share(
                "duration",
                "a sample every simulated second for " + scenario.duration() + " and up to "
                        + PhaseVolume.text(DRAIN_SECONDS) + " of drain",
                horizon));
        int instances = scenario.database().instances();
        double connections =
                (double) instances * scenario.hikariMapping().hikari().maximumPoolSize();
        String poolField = poolField(scenario);
        events.add(new Share(
                poolField,
                PhaseVolume.text(horizon) + " of pool upkeep for " + RunBudget.count(connections) + " connections",
                upkeep(scenario, horizon, connections)));
        List<DatabaseEvent> dbEvents = scenario.database().events();
        for (int i = 0; i < dbEvents.size(); i++) {
            if (dbEvents.get(i) instanceof RestartEvent) {
                events.add(new Share(
                        "database.events[" + i + "]",
                        "a restart that breaks and reopens " + RunBudget.count(connections) + " connections",
                        3 * connections));
            }
        }
        double timeoutSeconds = scenario.pool().acquireTimeoutMs() / 1e3;
        // In flight: bursts and closed users at once, open arrivals waiting up to the timeout, requests holding
        // connections (a leaked request frees its slot). Never more than all requests.
        double inFlight = Math.min(requests, atOnce + peakRate * timeoutSeconds + connections);
        if (busiest != null) {
            memory.add(new Share(
                    busiest.field(),
                    RunBudget.count(inFlight) + " requests in flight at once (" + busiest.what() + ", waiting up to "
                            + PhaseVolume.text(timeoutSeconds) + ")",
                    inFlight * (BYTES_PER_REQUEST + BYTES_PER_HELD * perRequest)));
        }
        memory.add(new Share(
                poolField,
                RunBudget.count(connections) + (real ? " real" : "") + " connections",
                connections * (real ? BYTES_PER_REAL_CONNECTION : BYTES_PER_CONNECTION)));
        double points = real
                ? Math.ceil(horizon) * (instances + (instances > 1 ? 1 : 0))
                : Math.min(Math.ceil(horizon), MAX_SERIES_POINTS);
        memory.add(new Share(
                "duration",
                RunBudget.count(points) + " series points ("
                        + (real ? "one per simulated second and pool" : "at most " + RunBudget.count(MAX_SERIES_POINTS))
                        + ")",
                points * BYTES_PER_POINT));
        memory.add(new Share("duration", "histograms and the engine", FIXED_BYTES));
        return new RunEstimate(sum(events), sum(memory), inFlight, points, events, memory);
    }

    /** The share that contributes the most events. */
    public Share largestEvents() {
        return eventShares.get(0);
    }

    /** The share that takes the most memory. */
    public Share largestMemory() {
        return memoryShares.get(0);
    }

    private static double upkeep(Scenario scenario, double horizon, double connections) {
        HikariPoolConfig h = scenario.hikariMapping().hikari();
        double perConnection = 2;
        if (h.maxLifetime() > 0) {
            perConnection += 3 * horizon / (h.maxLifetime() / 1e3);
        }
        if (h.keepaliveTime() > 0) {
            perConnection += 2 * horizon / (h.keepaliveTime() / 1e3);
        }
        return scenario.database().instances() * horizon / HOUSEKEEPING_SECONDS + connections * perConnection;
    }

    /** The pool setting that sizes the pool, as the scenario's library spells it. */
    static String poolField(Scenario scenario) {
        if (scenario.pool() instanceof SqlAlchemyPoolConfig s) {
            return s.maxOverflow() == -1 || s.poolSize() > 0 && s.maxOverflow() > s.poolSize()
                    ? "pool.max_overflow"
                    : "pool.pool_size";
        }
        return "pool.maximumPoolSize";
    }

    private static List<Share> sorted(List<Share> shares) {
        List<Share> copy = new ArrayList<>(shares);
        copy.sort(Comparator.comparingDouble(Share::amount).reversed());
        return List.copyOf(copy);
    }

    private static double sum(List<Share> shares) {
        double total = 0;
        for (Share s : shares) {
            total += s.amount();
        }
        return total;
    }
}
