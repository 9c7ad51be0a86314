package dev.lifeguard.desktop.live;

import dev.lifeguard.desktop.concurrent.UiThread;
import dev.lifeguard.incident.metrics.MetricSample;
import dev.lifeguard.watch.Alert;
import dev.lifeguard.watch.EndpointStatus;
import dev.lifeguard.watch.WatchListener;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

/**
 * Carries what a watch session's poller sees over to the UI thread. Events queue up on the poller thread;
 * at most one delivery is pending at a time, and it hands over everything queued so far in one batch (STYLE.md
 * "FX threading" rule 4: never one {@code runLater} per event).
 */
final class LiveFeed implements WatchListener {

    /**
     * What arrived since the previous delivery.
     *
     * @param samples new samples, pool → sample, in arrival order
     * @param alerts  new alerts, oldest first
     * @param status  the latest status, or null when it did not change
     */
    record Batch(List<Map.Entry<String, MetricSample>> samples, List<Alert> alerts, EndpointStatus status) {}

    private final UiThread ui;
    private final Consumer<Batch> apply;
    private final ConcurrentLinkedQueue<Map.Entry<String, MetricSample>> samples = new ConcurrentLinkedQueue<>();
    private final ConcurrentLinkedQueue<Alert> alerts = new ConcurrentLinkedQueue<>();
    private final AtomicReference<EndpointStatus> status = new AtomicReference<>();
    private final AtomicBoolean pending = new AtomicBoolean();

    /** A feed delivering to {@code apply} on {@code ui}. */
    LiveFeed(UiThread ui, Consumer<Batch> apply) {
        this.ui = ui;
        this.apply = apply;
    }

    @Override
    public void onSample(String pool, MetricSample sample) {
        samples.add(Map.entry(pool, sample));
        schedule();
    }

    @Override
    public void onAlert(Alert alert) {
        alerts.add(alert);
        schedule();
    }

    @Override
    public void onStatus(EndpointStatus next) {
        status.set(next);
        schedule();
    }

    private void schedule() {
        if (pending.compareAndSet(false, true)) {
            ui.post(this::deliver);
        }
    }

    private void deliver() {
        // cleared first: what arrives while this batch is applied schedules the next delivery
        pending.set(false);
        List<Map.Entry<String, MetricSample>> s = drain(samples);
        List<Alert> a = drain(alerts);
        EndpointStatus st = status.getAndSet(null);
        if (!s.isEmpty() || !a.isEmpty() || st != null) {
            apply.accept(new Batch(s, a, st));
        }
    }

    private static <T> List<T> drain(ConcurrentLinkedQueue<T> queue) {
        List<T> out = new ArrayList<>();
        for (T item = queue.poll(); item != null; item = queue.poll()) {
            out.add(item);
        }
        return out;
    }
}
