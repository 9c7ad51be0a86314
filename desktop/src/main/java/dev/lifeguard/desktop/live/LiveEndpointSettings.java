package dev.lifeguard.desktop.live;

import dev.lifeguard.poolsim.scenario.SimDuration;
import dev.lifeguard.watch.WatchSettings;
import java.net.URI;
import java.time.Duration;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The endpoint the Live view watches and how often, as typed; checked when a watch starts. */
public final class LiveEndpointSettings {

    /** The endpoint the URL field starts with: the port the simulator's examples serve on. */
    public static final String DEFAULT_URL = "http://127.0.0.1:9404/metrics";
    /**
     * The shortest interval allowed. Each scrape brings at most one delivery to the UI thread, so this keeps the
     * view's updates at or below ten a second.
     */
    static final Duration MIN_INTERVAL = Duration.ofMillis(100);

    private final StringProperty url = new SimpleStringProperty(DEFAULT_URL);
    private final StringProperty interval = new SimpleStringProperty("5s");
    private final StringProperty timeout = new SimpleStringProperty("2s");

    /**
     * The endpoint and settings typed.
     *
     * @param endpoint the exposition URL
     * @param settings the watch settings with the interval and timeout typed
     */
    record Typed(URI endpoint, WatchSettings settings) {}

    /** The exposition URL typed. */
    public StringProperty urlProperty() {
        return url;
    }

    /** The interval typed, e.g. {@code 5s}. */
    public StringProperty intervalProperty() {
        return interval;
    }

    /** The timeout typed, e.g. {@code 2s}. */
    public StringProperty timeoutProperty() {
        return timeout;
    }

    /**
     * The endpoint and settings as typed.
     *
     * @throws IllegalArgumentException naming the field (URL, Interval or Timeout) that is not valid
     */
    Typed typed() {
        URI endpoint = endpoint(url.get());
        Duration every = duration(interval.get(), "Interval");
        if (every.compareTo(MIN_INTERVAL) < 0) {
            throw new IllegalArgumentException("Interval: at least " + MIN_INTERVAL.toMillis() + " ms, was '"
                    + interval.get().strip() + "'");
        }
        return new Typed(
                endpoint, WatchSettings.defaults().withInterval(every).withTimeout(duration(timeout.get(), "Timeout")));
    }

    private static URI endpoint(String text) {
        String value = text == null ? "" : text.strip();
        String example = "write it as http://HOST:PORT/PATH, e.g. " + DEFAULT_URL;
        URI uri;
        try {
            uri = URI.create(value);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("URL: '" + value + "' is not a URL; " + example, e);
        }
        if (uri.getScheme() == null || !uri.getScheme().matches("(?i)https?") || uri.getHost() == null) {
            throw new IllegalArgumentException(
                    "URL: '" + value + "' is not an http:// or https:// address; " + example);
        }
        return uri;
    }

    private static Duration duration(String text, String field) {
        try {
            Duration d = Duration.ofNanos(SimDuration.parse(text).nanos());
            if (d.isZero()) {
                throw new IllegalArgumentException("must be longer than zero");
            }
            return d;
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
        }
    }
}
