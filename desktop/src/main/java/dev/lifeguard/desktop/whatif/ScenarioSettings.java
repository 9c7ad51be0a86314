package dev.lifeguard.desktop.whatif;

import dev.lifeguard.incident.pool.HikariPoolConfig;
import dev.lifeguard.incident.pool.SqlAlchemyPoolConfig;
import dev.lifeguard.poolsim.scenario.DatabaseModel;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.SimDuration;
import java.util.ArrayList;
import java.util.List;

/** The numbers of a scenario a person edits in the lab, under the keys {@code ScenarioEditor} accepts. */
final class ScenarioSettings {

    /** The database's connect latency in ms: a key of the lab's own (sweeps do not vary it). */
    static final String CONNECT_LATENCY = "connectLatency";

    private ScenarioSettings() {
    }

    /** {@code s} with the database's connect latency set to {@code ms} milliseconds. */
    static Scenario withConnectLatency(Scenario s, double ms) {
        if (!(ms >= 0 && ms <= 600_000)) {
            throw new IllegalArgumentException("database 'connectLatency' must be between 0 and 600000 ms, was " + ms);
        }
        DatabaseModel d = s.database();
        return s.withDatabase(new DatabaseModel(d.maxConnections(), new SimDuration(Math.round(ms * 1e6)),
                d.instances(), d.events(), d.dialect()));
    }

    static List<PoolSetting> of(Scenario s) {
        List<PoolSetting> list = new ArrayList<>();
        if (s.pool() instanceof HikariPoolConfig h) {
            String c = "HikariCP";
            list.add(new PoolSetting("maximumPoolSize", c, h.maximumPoolSize(), "most connections the pool opens"));
            list.add(new PoolSetting("minimumIdle", c, h.minimumIdle(), "idle connections kept ready"));
            list.add(new PoolSetting("connectionTimeout", c, h.connectionTimeout(),
                    "ms a caller waits for a connection (floor 250)"));
            list.add(new PoolSetting("idleTimeout", c, h.idleTimeout(), "ms before an idle connection above "
                    + "minimumIdle is retired"));
            list.add(new PoolSetting("maxLifetime", c, h.maxLifetime(), "ms a connection lives (0 = forever)"));
            list.add(new PoolSetting("keepaliveTime", c, h.keepaliveTime(), "ms between idle pings (0 = off)"));
            list.add(new PoolSetting("leakDetectionThreshold", c, h.leakDetectionThreshold(),
                    "ms before a borrowed connection is logged as a leak (0 = off)"));
        } else if (s.pool() instanceof SqlAlchemyPoolConfig q) {
            String c = "SQLAlchemy QueuePool";
            list.add(new PoolSetting("pool_size", c, q.poolSize(), "connections kept in the pool"));
            list.add(new PoolSetting("max_overflow", c, q.maxOverflow(), "extra connections beyond pool_size"));
            list.add(new PoolSetting("pool_timeout", c, q.poolTimeout(), "seconds a caller waits"));
            list.add(new PoolSetting("pool_recycle", c, q.poolRecycle(), "seconds before a connection is "
                    + "replaced at checkout (-1 = never)"));
        }
        list.add(new PoolSetting("maxConnections", "Database", s.database().maxConnections(),
                "the database's connection limit (0 = unlimited)"));
        list.add(new PoolSetting(CONNECT_LATENCY, "Database", s.database().connectLatency().millis(),
                "ms to open a connection"));
        list.add(new PoolSetting("instances", "Database", s.database().instances(),
                "application instances, each with its own pool"));
        list.add(new PoolSetting("leakProbability", "Load", s.request().leakProbability(),
                "share of requests that never return their connection"));
        list.add(new PoolSetting("seed", "Load", s.seed(), "seeds every random choice"));
        return list;
    }
}
