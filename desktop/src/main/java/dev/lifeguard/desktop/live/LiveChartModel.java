package dev.lifeguard.desktop.live;

import dev.lifeguard.incident.metrics.MetricSample;
import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyLongProperty;
import javafx.beans.property.ReadOnlyLongWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/** The Live chart's data: the pools seen, the one shown, and a bounded buffer of samples per pool. UI thread. */
public final class LiveChartModel {

    /** Samples per pool the chart keeps (an hour at 1 s); the declared incident keeps them all. */
    static final int CHART_SAMPLES = 3_600;

    private final ObservableList<String> pools = FXCollections.observableArrayList();
    private final ObjectProperty<String> selectedPool = new SimpleObjectProperty<>();
    private final Map<String, ArrayDeque<MetricSample>> samples = new HashMap<>();
    private final ReadOnlyLongWrapper revision = new ReadOnlyLongWrapper();

    /** The pools seen, in order of appearance. */
    public ObservableList<String> pools() {
        return pools;
    }

    /** The pool the chart shows. */
    public ObjectProperty<String> selectedPoolProperty() {
        return selectedPool;
    }

    /** The chart's samples of {@code pool}, oldest first (at most {@link #CHART_SAMPLES}). */
    public List<MetricSample> samples(String pool) {
        ArrayDeque<MetricSample> kept = pool == null ? null : samples.get(pool);
        return kept == null ? List.of() : List.copyOf(kept);
    }

    /** Changes once per delivery that brought samples, and when a new watch starts: the chart redraws on it. */
    public ReadOnlyLongProperty revisionProperty() {
        return revision.getReadOnlyProperty();
    }

    /** Forgets every pool and sample (a new watch starts). */
    void clear() {
        pools.clear();
        selectedPool.set(null);
        samples.clear();
        revision.set(revision.get() + 1);
    }

    /** Appends one delivery's samples, pool → sample in arrival order; the first pool seen is shown. */
    void add(List<Map.Entry<String, MetricSample>> delivered) {
        if (delivered.isEmpty()) {
            return;
        }
        for (Map.Entry<String, MetricSample> e : delivered) {
            ArrayDeque<MetricSample> kept = samples.computeIfAbsent(e.getKey(), p -> {
                pools.add(p);
                return new ArrayDeque<>();
            });
            kept.addLast(e.getValue());
            if (kept.size() > CHART_SAMPLES) {
                kept.removeFirst();
            }
        }
        if (selectedPool.get() == null) {
            selectedPool.set(pools.get(0));
        }
        revision.set(revision.get() + 1);
    }
}
