package dev.lifeguard.incident;

import java.util.List;
import org.jspecify.annotations.Nullable;

/** Argument checks shared by the records; messages name the field so a user can find it. */
public final class Checks {

    private Checks() {}

    /** Throws unless {@code value} has a non-blank character. */
    public static String notBlank(@Nullable String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(field + " must not be blank");
        }
        return value;
    }

    /** Throws unless {@code value} lies in [{@code min}, {@code max}]. */
    public static double inRange(double value, double min, double max, String field) {
        if (!(value >= min && value <= max)) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /** Throws unless {@code value} lies in [{@code min}, {@code max}]. */
    public static long inRange(long value, long min, long max, String field) {
        if (value < min || value > max) {
            throw new IllegalArgumentException(field + " must be between " + min + " and " + max + ", was " + value);
        }
        return value;
    }

    /** An immutable copy, with {@code null} read as empty. */
    public static <T> List<T> copy(@Nullable List<T> list) {
        return list == null ? List.of() : List.copyOf(list);
    }

    /** {@code null} for blank text, else the text unchanged. */
    public static @Nullable String blankToNull(@Nullable String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
