package dev.lifeguard.ingest;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of file {@link Ingester} reads; {@link #AUTO} detects one from the file's first bytes. */
public enum IngestFormat {
    /** Detect from the content (and the file name as a tie-breaker). */
    AUTO,
    /** Prometheus or OpenMetrics text exposition: one scrape, or several concatenated. */
    PROMETHEUS,
    /** The JSON answer of Prometheus' HTTP API {@code /api/v1/query_range} (a matrix). */
    QUERY_RANGE,
    /** Comma-, semicolon- or tab-separated values with a header row. */
    CSV,
    /** Application, pool or database logs. */
    LOG;

    /** The spelling used on the command line ({@code query-range}). */
    @JsonValue
    public String wire() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /**
     * The format spelled {@code text}, either case, dashes or underscores.
     *
     * @throws IllegalArgumentException naming the accepted spellings
     */
    @JsonCreator
    public static IngestFormat of(String text) {
        String wanted = text == null ? "" : text.trim().replace('_', '-');
        for (IngestFormat f : values()) {
            if (f.wire().equalsIgnoreCase(wanted)) {
                return f;
            }
        }
        throw new IllegalArgumentException(
                "'" + text + "' is not an ingest format" + " (accepted: auto, prometheus, query-range, csv, log)");
    }
}
