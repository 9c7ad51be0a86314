package dev.lifeguard.desktop.insights;

import static java.util.Objects.requireNonNull;

/**
 * How many incidents in one group.
 *
 * @param dimension "Month", "Severity", "Failure kind" or "Service"
 * @param name      the group, e.g. {@code 2026-03}, {@code SEV2}, {@code Connection leak}, {@code checkout-api}
 * @param count     incidents in it
 */
public record CountRow(String dimension, String name, int count) {

    public CountRow {
        requireNonNull(dimension, "row 'dimension'");
        requireNonNull(name, "row 'name'");
    }
}
