package dev.lifeguard.desktop.survival;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.workbench.regress.RecordedLoad;
import dev.lifeguard.desktop.workbench.regress.ReplayOutcome;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One row of the results table, as the {@code regress} command prints it: times from the recording's start.
 *
 * @param incident        the incident's id
 * @param recordedFirst   the recording's first timeout, or {@code -}
 * @param proposedFirst   the replay's first timeout with the proposed pool and how many timed out, or
 *                        {@code survives}
 * @param peakUtilization the replay's peak share of the pool in use, {@code 77%}
 * @param margin          the share still free at the peak, {@code 23%}
 * @param notes           the mapping notes, and where the load came from when it is a stored run
 * @param survives        true when no request of the replay timed out
 */
public record SurvivalRow(
        String incident,
        String recordedFirst,
        String proposedFirst,
        String peakUtilization,
        String margin,
        String notes,
        boolean survives) {

    public SurvivalRow {
        requireNonNull(incident, "incident");
    }

    /** The row of {@code o}. */
    public static SurvivalRow of(ReplayOutcome o) {
        List<String> notes = new ArrayList<>();
        if (!o.recordedLoad().equals(RecordedLoad.FROM_SERIES)) {
            notes.add("load from " + o.recordedLoad());
        }
        notes.addAll(o.mapping());
        return new SurvivalRow(
                o.incidentId(),
                ReplayOutcome.elapsed(o.recordedTimeoutMs()),
                o.survives() ? "survives" : ReplayOutcome.elapsed(o.firstTimeoutMs()) + " (" + o.timeouts() + ")",
                percent(o.peakUtilization()),
                percent(o.margin()),
                String.join("\n", notes),
                o.survives());
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", share * 100);
    }
}
