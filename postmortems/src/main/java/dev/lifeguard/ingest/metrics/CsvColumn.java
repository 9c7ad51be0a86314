package dev.lifeguard.ingest.metrics;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.scrape.MetricField;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * What one CSV column (or, in Grafana's "series as rows" shape, one series named in a row) holds.
 *
 * @param header     the header or series name as written, for messages and the summary
 * @param role       what the column is
 * @param field      the pool quantity of a {@link Role#FIELD} column, else {@code null}
 * @param toMs       the factor from the exported unit to the sample's unit (1 for counts and rates)
 * @param pool       the pool a Grafana series names in its labels, or {@code null} to take the row's pool
 * @param instance   the instance a Grafana series names in its labels, or {@code null}
 * @param upperBound the {@code le} bound in milliseconds of a {@link Role#BUCKET} column, else NaN
 */
record CsvColumn(
        String header,
        Role role,
        @Nullable MetricField field,
        double toMs,
        @Nullable String pool,
        @Nullable String instance,
        double upperBound) {

    /** What a column can be. */
    enum Role {
        /** The sample time. */
        TIME,
        /** The pool name of a row. */
        POOL,
        /** One pool quantity. */
        FIELD,
        /** One cumulative bucket of the acquire histogram. */
        BUCKET,
        /** The series name of a "series as rows" export. */
        SERIES,
        /** The value of a "series as rows" export. */
        VALUE,
        /** Known, carries nothing a sample holds; read without a warning. */
        IGNORE,
        /** Not recognised: warned about once and skipped. */
        UNKNOWN
    }

    CsvColumn {
        requireNonNull(header, "header");
        requireNonNull(role, "role");
        if (role == Role.FIELD && field == null) {
            throw new IllegalArgumentException("column '" + header + "': a FIELD column needs a field");
        }
        if (!(toMs > 0) || Double.isInfinite(toMs)) {
            throw new IllegalArgumentException("column '" + header + "': unit factor must be positive, was " + toMs);
        }
    }

    /** A column of {@code role} that carries no quantity. */
    static CsvColumn of(String header, Role role) {
        return new CsvColumn(header, role, null, 1, null, null, Double.NaN);
    }

    /** A column holding {@code field}, in its unit times {@code toMs}. */
    static CsvColumn field(String header, MetricField field, double toMs) {
        return new CsvColumn(header, Role.FIELD, field, toMs, null, null, Double.NaN);
    }

    /** This column, read as belonging to the pool and instance a series' labels name. */
    CsvColumn labelled(@Nullable String poolLabel, @Nullable String instanceLabel) {
        return new CsvColumn(header, role, field, toMs, poolLabel, instanceLabel, upperBound);
    }

    /** True for the columns a row's values are taken from. */
    boolean carriesValue() {
        return role == Role.FIELD || role == Role.BUCKET;
    }

    /** How the summary names what this column became. */
    String target() {
        if (role == Role.BUCKET) {
            return "acquire histogram le=" + upperBound + "ms";
        }
        return field == null
                ? role.name().toLowerCase(Locale.ROOT)
                : field.name().toLowerCase(Locale.ROOT);
    }
}
