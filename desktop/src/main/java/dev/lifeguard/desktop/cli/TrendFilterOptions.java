package dev.lifeguard.desktop.cli;

import dev.lifeguard.incident.Severity;
import dev.lifeguard.insights.TrendFilter;
import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import picocli.CommandLine.Option;

/** {@code --from --to --service --severity}: the filter {@code trends} and {@code export-trends} share. */
public final class TrendFilterOptions {

    @Option(names = "--from", paramLabel = "DATE", description = "First start day (UTC), e.g. 2026-01-01.")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Last start day (UTC), inclusive.")
    String to;

    @Option(names = "--service", paramLabel = "S", description = "Only incidents naming this service.")
    String service;

    @Option(names = "--severity", paramLabel = "S", description = "Only incidents of this severity (SEV1..SEV5).")
    String severity;

    /** The filter, judging action items overdue on today's UTC date by {@code clock}. */
    TrendFilter filter(Clock clock) {
        Severity wanted;
        try {
            wanted = severity == null ? null : Severity.of(severity);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--severity: " + e.getMessage(), e);
        }
        try {
            return new TrendFilter(day("--from", from), day("--to", to), service, wanted, LocalDate.now(clock));
        } catch (IllegalArgumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    private static LocalDate day(String option, String text) {
        if (text == null) {
            return null;
        }
        try {
            return LocalDate.parse(text.trim());
        } catch (DateTimeParseException e) {
            throw new BadInputException(option + ": '" + text + "' is not a date such as 2026-01-31", e);
        }
    }
}
