package dev.lifeguard.desktop.insights;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.insights.FigureText;
import dev.lifeguard.insights.Mttx;

/**
 * One row of a time-to-detect/mitigate/resolve table: a month, a failure kind or "All", with median and p90 minutes
 * as text ({@link FigureText}).
 */
public record MttxRow(
        String name,
        int incidents,
        String detectMedian,
        String detectP90,
        String mitigateMedian,
        String mitigateP90,
        String resolveMedian,
        String resolveP90) {

    public MttxRow {
        requireNonNull(name, "row 'name'");
    }

    /** The row of {@code mttx} named {@code name}. */
    static MttxRow of(String name, Mttx mttx) {
        return new MttxRow(
                name,
                mttx.incidents(),
                FigureText.of(mttx.detect().median()),
                FigureText.of(mttx.detect().p90()),
                FigureText.of(mttx.mitigate().median()),
                FigureText.of(mttx.mitigate().p90()),
                FigureText.of(mttx.resolve().median()),
                FigureText.of(mttx.resolve().p90()));
    }
}
