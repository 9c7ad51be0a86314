package dev.lifeguard.ingest;

import dev.lifeguard.incident.Checks;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * What an import recognised, for the user to check before trusting it.
 *
 * @param source          the file, as named in messages
 * @param format          the format actually read (never {@link IngestFormat#AUTO})
 * @param linesRead       lines (or JSON series values) read
 * @param malformed       lines skipped as unreadable
 * @param malformedExamples the first few skipped lines with their reasons
 * @param recognised      how often each metric name or log signature was recognised
 * @param samplesPerPool  samples in each series produced
 * @param timelineEntries timeline entries produced
 * @param warnings        things to know that did not cost a line
 * @param cancelled       true when the user stopped the import early
 */
public record IngestSummary(
        String source,
        IngestFormat format,
        long linesRead,
        long malformed,
        List<String> malformedExamples,
        Map<String, Long> recognised,
        Map<String, Integer> samplesPerPool,
        int timelineEntries,
        List<String> warnings,
        boolean cancelled) {

    public IngestSummary {
        Checks.notBlank(source, "summary 'source'");
        if (format == null || format == IngestFormat.AUTO) {
            throw new IllegalArgumentException("summary 'format' must be the format read, was " + format);
        }
        malformedExamples = List.copyOf(malformedExamples);
        recognised = Map.copyOf(recognised);
        samplesPerPool = Map.copyOf(samplesPerPool);
        warnings = List.copyOf(warnings);
    }

    /** True when nothing at all was recognised: probably the wrong file or format. */
    public boolean nothingRecognised() {
        return recognised.isEmpty();
    }

    /** A few lines for a terminal or a dialog. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        out.append(source)
                .append(" (")
                .append(format.wire())
                .append("): ")
                .append(linesRead)
                .append(" lines read, ")
                .append(malformed)
                .append(" malformed skipped")
                .append(cancelled ? ", CANCELLED" : "")
                .append('\n');
        if (recognised.isEmpty()) {
            out.append("  nothing recognised\n");
        }
        new TreeMap<>(recognised)
                .forEach((what, count) -> out.append("  recognised ")
                        .append(what)
                        .append(": ")
                        .append(count)
                        .append('\n'));
        new TreeMap<>(samplesPerPool)
                .forEach((pool, count) -> out.append("  series ")
                        .append(pool)
                        .append(": ")
                        .append(count)
                        .append(" samples\n"));
        out.append("  timeline entries: ").append(timelineEntries).append('\n');
        malformedExamples.forEach(e -> out.append("  skipped ").append(e).append('\n'));
        warnings.forEach(w -> out.append("  warning: ").append(w).append('\n'));
        return out.toString();
    }
}
