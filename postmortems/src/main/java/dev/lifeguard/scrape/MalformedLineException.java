package dev.lifeguard.scrape;

import static java.util.Objects.requireNonNull;

/**
 * One line (or one value of a JSON series) that a reader cannot use. Readers catch it, skip the line and count
 * it in {@link IngestProblems}; it never fails a file. The declared exception of the line-level parsers
 * ({@code ExpositionLine.parse}, the log stats numbers, range checks); any other exception from them is a bug.
 */
public final class MalformedLineException extends Exception {

    private final String field;
    private final String value;

    /**
     * @param field  what the value was for, as the input names it (a metric name, a column, a log field)
     * @param value  the offending text as written ({@code ""} when there was none)
     * @param reason what is wrong with it: a predicate ("is not a number") after a value, else a sentence
     */
    public MalformedLineException(String field, String value, String reason) {
        super("'" + requireNonNull(field, "field") + "': "
                + (value == null || value.isEmpty() ? "" : "'" + value + "' ") + requireNonNull(reason, "reason"));
        this.field = field;
        this.value = value == null ? "" : value;
    }

    /** The field the value was for, as the input names it. */
    public String field() {
        return field;
    }

    /** The offending text as written. */
    public String value() {
        return value;
    }
}
