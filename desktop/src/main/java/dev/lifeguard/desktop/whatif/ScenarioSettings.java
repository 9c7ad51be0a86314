package dev.lifeguard.desktop.whatif;

import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import dev.lifeguard.poolsim.scenario.ConstantHold;
import dev.lifeguard.poolsim.scenario.DatabaseModel;
import dev.lifeguard.poolsim.scenario.ExponentialHold;
import dev.lifeguard.poolsim.scenario.HoldDistribution;
import dev.lifeguard.poolsim.scenario.LognormalHold;
import dev.lifeguard.poolsim.scenario.RequestShape;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.SimDuration;
import dev.lifeguard.poolsim.sweep.ScenarioEditor;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The numbers of a scenario a person edits in the lab: the pool's settings under the library's own keys, the
 * database model, and what each request does. Keys {@code ScenarioEditor} knows go through it (so the lab and
 * {@code sweep} change a setting the same way); the lab's own keys (connect latency and hold times in ms, the
 * SQLAlchemy flags) are set through the scenario's records, whose checks are a scenario file's.
 */
final class ScenarioSettings {

    /** The database's connect latency in ms: a key of the lab's own (sweeps do not vary it). */
    static final String CONNECT_LATENCY = "connectLatency";
    /** Hold-time keys in ms, by the hold distribution's own field names. */
    static final String HOLD = "hold.";
    /** SQLAlchemy's flags, edited as check boxes (1 = on). */
    static final List<String> FLAGS = List.of("pool_pre_ping", "pool_use_lifo");

    /** The prefix {@code ScenarioEditor} gives its messages for the command line: {@code --vary key=3: }. */
    private static final Pattern CLI_PREFIX = Pattern.compile("^--vary\\s+[^:']*(?::\\s*)?");

    private ScenarioSettings() {}

    /**
     * {@code s} with {@code key} set to {@code value}.
     *
     * @throws IllegalArgumentException with the model's reason (naming the setting, not a command-line option)
     */
    static Scenario with(Scenario s, String key, double value) {
        if (key.equals(CONNECT_LATENCY)) {
            return withConnectLatency(s, value);
        }
        if (key.startsWith(HOLD) || FLAGS.contains(key)) {
            return edited(s, key, value);
        }
        try {
            return ScenarioEditor.with(s, key, value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(reason(e), e);
        }
    }

    /** The model's own words for a rejection: a document's reason without file and line, no CLI option. */
    static String reason(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof DocumentException d) {
                return d.reason();
            }
        }
        String message = e.getMessage() == null ? e.toString() : e.getMessage();
        return CLI_PREFIX.matcher(message).replaceFirst("");
    }

    /** {@code s} with the database's connect latency set to {@code ms} milliseconds. */
    static Scenario withConnectLatency(Scenario s, double ms) {
        if (!(ms >= 0 && ms <= 600_000)) {
            throw new IllegalArgumentException(
                    "database 'connectLatency' must be between 0 and 600000 ms, was " + PhaseRow.num(ms));
        }
        DatabaseModel d = s.database();
        return s.withDatabase(new DatabaseModel(
                d.maxConnections(), new SimDuration(Math.round(ms * 1e6)), d.instances(), d.events(), d.dialect()));
    }

    static List<PoolSetting> of(Scenario s) {
        List<PoolSetting> list = new ArrayList<>();
        if (s.pool() instanceof HikariPoolConfig h) {
            String c = "HikariCP";
            list.add(new PoolSetting("maximumPoolSize", c, h.maximumPoolSize(), "most connections the pool opens"));
            list.add(new PoolSetting("minimumIdle", c, h.minimumIdle(), "idle connections kept ready"));
            list.add(new PoolSetting(
                    "connectionTimeout", c, h.connectionTimeout(), "ms a caller waits for a connection (floor 250)"));
            list.add(new PoolSetting(
                    "validationTimeout",
                    c,
                    h.validationTimeout(),
                    "ms a connection's validation may take (floor 250)"));
            list.add(new PoolSetting(
                    "idleTimeout",
                    c,
                    h.idleTimeout(),
                    "ms before an idle connection above " + "minimumIdle is retired"));
            list.add(new PoolSetting("maxLifetime", c, h.maxLifetime(), "ms a connection lives (0 = forever)"));
            list.add(new PoolSetting("keepaliveTime", c, h.keepaliveTime(), "ms between idle pings (0 = off)"));
            list.add(new PoolSetting(
                    "leakDetectionThreshold",
                    c,
                    h.leakDetectionThreshold(),
                    "ms before a borrowed connection is logged as a leak (0 = off)"));
        } else if (s.pool() instanceof SqlAlchemyPoolConfig q) {
            String c = "SQLAlchemy QueuePool";
            list.add(new PoolSetting("pool_size", c, q.poolSize(), "connections kept in the pool"));
            list.add(new PoolSetting(
                    "max_overflow", c, q.maxOverflow(), "extra connections beyond pool_size" + " (-1 = no limit)"));
            list.add(new PoolSetting("pool_timeout", c, q.poolTimeout(), "seconds a caller waits"));
            list.add(new PoolSetting(
                    "pool_recycle",
                    c,
                    q.poolRecycle(),
                    "seconds before a connection is " + "replaced at checkout (-1 = never)"));
            list.add(new PoolSetting("pool_pre_ping", c, q.poolPrePing() ? 1 : 0, "ping each connection at checkout"));
            list.add(new PoolSetting(
                    "pool_use_lifo", c, q.poolUseLifo() ? 1 : 0, "hand out the most recently returned connection"));
        }
        list.add(new PoolSetting(
                "maxConnections",
                "Database",
                s.database().maxConnections(),
                "the database's connection limit (0 = unlimited)"));
        list.add(new PoolSetting(
                CONNECT_LATENCY, "Database", s.database().connectLatency().millis(), "ms to open a connection"));
        list.add(new PoolSetting(
                "instances", "Database", s.database().instances(), "application instances, each with its own pool"));
        if (s.request().hold() instanceof ConstantHold c) {
            list.add(new PoolSetting(HOLD + "value", "Request", c.value().millis(), "ms every request holds"));
        } else if (s.request().hold() instanceof ExponentialHold e) {
            list.add(new PoolSetting(HOLD + "mean", "Request", e.mean().millis(), "mean ms a request holds"));
        } else if (s.request().hold() instanceof LognormalHold l) {
            list.add(new PoolSetting(HOLD + "p50", "Request", l.p50().millis(), "median ms a request holds"));
            list.add(new PoolSetting(HOLD + "p99", "Request", l.p99().millis(), "99th percentile ms a request holds"));
        }
        list.add(new PoolSetting(
                "connectionsPerRequest",
                "Request",
                s.request().connectionsPerRequest(),
                "connections each request holds at once"));
        list.add(new PoolSetting(
                "leakProbability",
                "Request",
                s.request().leakProbability(),
                "share of requests that never return their connection"));
        list.add(new PoolSetting("seed", "Load", s.seed(), "seeds every random choice"));
        return list;
    }

    /** A lab-only key: a SQLAlchemy flag, or a hold time in ms; the records check the value as a file's would be. */
    private static Scenario edited(Scenario s, String key, double value) {
        if (FLAGS.contains(key)) {
            if (!(s.pool() instanceof SqlAlchemyPoolConfig q)) {
                throw new IllegalArgumentException("the scenario's pool has no '" + key + "' (it is not SQLAlchemy's)");
            }
            boolean on = value != 0;
            return s.withPool(new SqlAlchemyPoolConfig(
                    q.poolSize(),
                    q.maxOverflow(),
                    q.poolTimeout(),
                    q.poolRecycle(),
                    key.equals("pool_pre_ping") ? on : q.poolPrePing(),
                    key.equals("pool_use_lifo") ? on : q.poolUseLifo()));
        }
        String field = key.substring(HOLD.length());
        if (!(value > 0) || value > 86_400_000) {
            throw new IllegalArgumentException("request hold '" + field + "' must be above 0 and at most a day in ms,"
                    + " was " + PhaseRow.num(value));
        }
        SimDuration d = new SimDuration(Math.round(value * 1e6));
        HoldDistribution hold = s.request().hold();
        HoldDistribution edited;
        if (hold instanceof ConstantHold && field.equals("value")) {
            edited = new ConstantHold(d);
        } else if (hold instanceof ExponentialHold && field.equals("mean")) {
            edited = new ExponentialHold(d);
        } else if (hold instanceof LognormalHold l && (field.equals("p50") || field.equals("p99"))) {
            edited = field.equals("p50") ? new LognormalHold(d, l.p99()) : new LognormalHold(l.p50(), d);
        } else {
            throw new IllegalArgumentException("the request's hold has no '" + field + "'");
        }
        RequestShape r = s.request();
        return s.withRequest(new RequestShape(edited, r.slow(), r.connectionsPerRequest(), r.leakProbability()));
    }
}
