package dev.lifeguard.desktop.replay;

import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.metrics.MetricSample;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.DoubleProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleDoubleProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The Replay tab's state: which series, the cursor (epoch ms), the zoom window, play/pause and speed,
 * the sample under the cursor and the timeline entry it has reached. Time moves only through
 * {@link #advance(double)}, so tests drive playback without a clock.
 */
public final class ReplayViewModel {

    /** The shortest window the zoom allows, ms. */
    static final long MIN_WINDOW_MS = 10_000;

    private final IntegerProperty highlighted;
    private final ObservableList<String> seriesNames = FXCollections.observableArrayList();
    private final IntegerProperty seriesIndex = new SimpleIntegerProperty(0);
    private final ReadOnlyObjectWrapper<SeriesColumns> columns = new ReadOnlyObjectWrapper<>();
    private final DoubleProperty cursor = new SimpleDoubleProperty();
    private final DoubleProperty windowStart = new SimpleDoubleProperty();
    private final DoubleProperty windowEnd = new SimpleDoubleProperty(1);
    private final BooleanProperty playing = new SimpleBooleanProperty();
    private final ObjectProperty<PlaybackSpeed> speed = new SimpleObjectProperty<>(PlaybackSpeed.X60);
    private final ReadOnlyObjectWrapper<MetricSample> current = new ReadOnlyObjectWrapper<>();
    private final ObservableList<Marker> markers = FXCollections.observableArrayList();
    private final ObservableList<Phase> phases = FXCollections.observableArrayList();
    private Incident incident;

    /**
     * @param highlighted the timeline entry playback has reached, shared with the Timeline tab
     */
    public ReplayViewModel(WorkspaceViewModel workspace, IntegerProperty highlighted) {
        this.highlighted = highlighted;
        seriesIndex.addListener((o, a, b) -> loadSeries());
        cursor.addListener((o, a, b) -> onCursor());
        workspace.incidentProperty().addListener((o, a, b) -> load(b, false));
        load(workspace.incident(), true);
    }

    // ---- Commands ---------------------------------------------------------------------------------

    /** Moves playback on by {@code wallSeconds} of real time at the current speed; stops at the end. */
    public void advance(double wallSeconds) {
        if (!playing.get() || columns.get() == null) {
            return;
        }
        double next = cursor.get() + wallSeconds * 1000 * speed.get().factor();
        if (next >= end()) {
            next = end();
            playing.set(false);
        }
        cursor.set(next);
        follow();
    }

    /** Play or pause; playing from the end starts again at the window's start. */
    public void togglePlay() {
        if (!playing.get() && cursor.get() >= end()) {
            cursor.set(windowStart.get());
        }
        playing.set(!playing.get() && columns.get() != null);
    }

    /** Moves the cursor one step (1/200 of the window, at least one sample) back (−1) or forward (+1). */
    public void step(int direction) {
        SeriesColumns c = columns.get();
        if (c == null || c.size() < 2) {
            return;
        }
        double sampleMs = (double) (c.end() - c.start()) / (c.size() - 1);
        double stepMs = Math.max(sampleMs, (windowEnd.get() - windowStart.get()) / 200);
        setCursor(cursor.get() + Math.signum(direction) * stepMs);
    }

    /** Switches to the next speed. */
    public void nextSpeed() {
        speed.set(speed.get().next());
    }

    /** Puts the cursor at {@code epochMs} (clamped to the series), scrolling the window to show it. */
    public void setCursor(double epochMs) {
        cursor.set(Math.max(start(), Math.min(end(), epochMs)));
        follow();
    }

    /** Jumps to timeline entry {@code index}. */
    public void jumpToEntry(int index) {
        if (index >= 0 && index < incident.timeline().size()) {
            setCursor(incident.timeline().get(index).at().toInstant().toEpochMilli());
            highlighted.set(index);
        }
    }

    /** Sets the zoom window, clamped to the series and at least {@link #MIN_WINDOW_MS} wide. */
    public void setWindow(double from, double to) {
        double lo = Math.max(start(), Math.min(from, to));
        double hi = Math.min(end(), Math.max(from, to));
        if (hi - lo < MIN_WINDOW_MS) {
            double mid = (lo + hi) / 2;
            lo = Math.max(start(), mid - MIN_WINDOW_MS / 2.0);
            hi = Math.min(end(), lo + MIN_WINDOW_MS);
        }
        windowStart.set(lo);
        windowEnd.set(hi);
    }

    /** Shows the whole series. */
    public void resetZoom() {
        setWindow(start(), end());
    }

    /** Zooms by {@code factor} (0.5 = twice as close) around the cursor. */
    public void zoom(double factor) {
        double width = (windowEnd.get() - windowStart.get()) * factor;
        double c = cursor.get();
        double ratio = (c - windowStart.get()) / Math.max(1, windowEnd.get() - windowStart.get());
        setWindow(c - width * ratio, c - width * ratio + width);
    }

    // ---- Properties -------------------------------------------------------------------------------

    /** The incident's series names. */
    public ObservableList<String> seriesNames() {
        return seriesNames;
    }

    /** Which series is shown. */
    public IntegerProperty seriesIndexProperty() {
        return seriesIndex;
    }

    /** The shown series as columns, or null when the incident has no metrics. */
    public ReadOnlyObjectProperty<SeriesColumns> columnsProperty() {
        return columns.getReadOnlyProperty();
    }

    /** The cursor, epoch ms. */
    public DoubleProperty cursorProperty() {
        return cursor;
    }

    /** Zoom window start, epoch ms. */
    public DoubleProperty windowStartProperty() {
        return windowStart;
    }

    /** Zoom window end, epoch ms. */
    public DoubleProperty windowEndProperty() {
        return windowEnd;
    }

    /** True while playing. */
    public BooleanProperty playingProperty() {
        return playing;
    }

    /** The playback speed. */
    public ObjectProperty<PlaybackSpeed> speedProperty() {
        return speed;
    }

    /** The sample at or before the cursor, or null. */
    public ReadOnlyObjectProperty<MetricSample> currentProperty() {
        return current.getReadOnlyProperty();
    }

    /** The timeline entry playback reached (−1 for none). */
    public IntegerProperty highlightedProperty() {
        return highlighted;
    }

    /** Timeline entries as markers. */
    public ObservableList<Marker> markers() {
        return markers;
    }

    /** The incident's phases. */
    public ObservableList<Phase> phases() {
        return phases;
    }

    /** The incident's timeline. */
    public List<TimelineEntry> timeline() {
        return incident.timeline();
    }

    /** The offset the incident was recorded in; times are shown in it. */
    public ZoneOffset offset() {
        return incident.impactStart().map(OffsetDateTime::getOffset).orElse(ZoneOffset.UTC);
    }

    /** First sample time (epoch ms), or 0. */
    public long start() {
        return columns.get() == null ? 0 : columns.get().start();
    }

    /** Last sample time (epoch ms), or 0. */
    public long end() {
        return columns.get() == null ? 0 : columns.get().end();
    }

    // ---- Internals --------------------------------------------------------------------------------

    private void load(Incident value, boolean first) {
        boolean metricsChanged = incident == null || !incident.metrics().equals(value.metrics());
        incident = value;
        List<Marker> list = new ArrayList<>();
        for (int i = 0; i < value.timeline().size(); i++) {
            TimelineEntry e = value.timeline().get(i);
            list.add(new Marker(
                    i, e.at().toInstant().toEpochMilli(), e.kind(), e.kind().label() + ": " + e.text()));
        }
        markers.setAll(list);
        phases.setAll(phases(value));
        if (metricsChanged || first) {
            seriesNames.setAll(value.metrics().stream().map(s -> s.pool()).toList());
            if (seriesIndex.get() >= seriesNames.size()) {
                seriesIndex.set(0);
            }
            loadSeries();
        }
    }

    private void loadSeries() {
        int i = seriesIndex.get();
        columns.set(
                i < incident.metrics().size()
                                && !incident.metrics().get(i).samples().isEmpty()
                        ? new SeriesColumns(incident.metrics().get(i))
                        : null);
        playing.set(false);
        resetZoom();
        cursor.set(start());
        onCursor();
    }

    private static List<Phase> phases(Incident i) {
        List<Phase> list = new ArrayList<>();
        add(list, "Undetected", i.startedAt(), i.detectedAt(), 0);
        add(list, "Responding", i.detectedAt() != null ? i.detectedAt() : i.startedAt(), i.mitigatedAt(), 1);
        add(list, "Mitigated", i.mitigatedAt(), i.resolvedAt(), 2);
        return list;
    }

    private static void add(List<Phase> list, String label, OffsetDateTime from, OffsetDateTime to, int order) {
        if (from != null && to != null) {
            list.add(new Phase(
                    label, from.toInstant().toEpochMilli(), to.toInstant().toEpochMilli(), order));
        }
    }

    private void onCursor() {
        SeriesColumns c = columns.get();
        long t = (long) cursor.get();
        int index = c == null ? -1 : c.indexAtOrBefore(t);
        current.set(index < 0 ? null : c.sample(index));
        int reached = -1;
        for (Marker m : markers) {
            if (m.at() <= t && (reached < 0 || m.at() >= markers.get(reached).at())) {
                reached = m.index();
            }
        }
        if (playing.get() || reached >= 0) {
            highlighted.set(reached);
        }
    }

    /** Keeps the cursor inside the window by sliding the window (never resizing it). */
    private void follow() {
        double width = windowEnd.get() - windowStart.get();
        double c = cursor.get();
        if (c > windowEnd.get()) {
            setWindow(Math.min(c, end()) - width * 0.1, Math.min(c, end()) + width * 0.9);
            if (windowEnd.get() - windowStart.get() < width) {
                setWindow(end() - width, end());
            }
        } else if (c < windowStart.get()) {
            setWindow(c - width * 0.1, c + width * 0.9);
        }
    }
}
