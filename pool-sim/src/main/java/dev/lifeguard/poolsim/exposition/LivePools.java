package dev.lifeguard.poolsim.exposition;

import dev.lifeguard.poolsim.PoolGauges;
import dev.lifeguard.poolsim.RunListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * A {@link RunListener} that keeps the run's live pools so a scrape can read them at any moment. A closed
 * pool keeps being served with its final readings, so a scrape after the run still sees how it ended.
 */
public final class LivePools implements RunListener {

    private final Map<String, PoolGauges> open = new ConcurrentSkipListMap<>();
    private final Map<String, ExposedPool> closed = new ConcurrentHashMap<>();

    @Override
    public void poolOpened(PoolGauges gauges) {
        closed.remove(gauges.poolName());
        open.put(gauges.poolName(), gauges);
    }

    @Override
    public void poolClosed(String poolName) {
        PoolGauges gauges = open.remove(poolName);
        if (gauges != null) {
            closed.put(poolName, ExposedPool.of(gauges));
        }
    }

    /** Every pool's readings now, sorted by name. */
    public List<ExposedPool> read() {
        List<ExposedPool> pools = new ArrayList<>();
        open.values().forEach(g -> pools.add(ExposedPool.of(g)));
        pools.addAll(closed.values());
        pools.sort((a, b) -> a.pool().compareTo(b.pool()));
        return pools;
    }

    /** The exposition text of {@link #read()}. */
    public String exposition() {
        return PrometheusText.format(read());
    }
}
