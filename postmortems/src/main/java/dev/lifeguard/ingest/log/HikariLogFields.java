package dev.lifeguard.ingest.log;

import dev.lifeguard.scrape.MalformedLineException;

/** The fields HikariCP writes into its log lines: the pool name before {@code " - "} and its connection counts. */
final class HikariLogFields {

    private HikariLogFields() {}

    /** A run of digits as an int: HikariCP logs ints, so anything longer is not HikariCP's. */
    static int count(String digits, String field) throws MalformedLineException {
        String significant = digits.replaceFirst("^0+(?=.)", "");
        if (significant.length() > 10 || Long.parseLong(significant) > Integer.MAX_VALUE) {
            throw new MalformedLineException(field, digits, "is out of range (0 … 2147483647)");
        }
        return Integer.parseInt(significant);
    }

    /**
     * HikariCP prefixes its messages with {@code "<poolName> - "}: the word before the last {@code " - "}
     * ahead of {@code index} (skipping a message prefix such as {@code "Before cleanup "}), or {@code null}.
     */
    static String poolBefore(String line, int index) {
        int dash = line.lastIndexOf(" - ", index);
        if (dash <= 0) {
            return null;
        }
        int start = line.lastIndexOf(' ', dash - 1) + 1;
        int colon = line.lastIndexOf(':', dash - 1);
        start = Math.max(start, colon + 1);
        String pool = line.substring(start, dash).strip();
        return pool.isEmpty() ? null : pool;
    }
}
