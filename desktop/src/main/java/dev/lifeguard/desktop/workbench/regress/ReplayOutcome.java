package dev.lifeguard.desktop.workbench.regress;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * One incident's recorded load replayed against the proposed pool.
 *
 * @param incidentId         the incident
 * @param title              its title
 * @param recordedPool       the kind of pool it recorded ({@code hikari} or {@code sqlalchemy})
 * @param recordedTimeoutMs  when the recording's first timeout came, from its start ({@code null}: none recorded)
 * @param firstTimeoutMs     when the replay against the proposed pool first timed out ({@code null}: it survives)
 * @param timeouts           how many requests of the replay timed out
 * @param peakUtilization    the replay's busiest share of the pool in use, 0..1 (10 s windows)
 * @param margin             the share of the pool still free at that moment, {@code 1 - peakUtilization}; 0 when
 *                           the replay runs out (a fleet's pools can time out half empty, unable to connect)
 * @param mapping            how the proposed pool carries over to the recorded library, one line per inexact setting
 *                           (empty when both are the same library)
 * @param recordedLoad       where the replayed load came from: {@code recorded request rate} or
 *                           {@code stored run R-2} (a counterfactual kept with the incident)
 */
public record ReplayOutcome(
        String incidentId,
        String title,
        String recordedPool,
        @Nullable Double recordedTimeoutMs,
        @Nullable Double firstTimeoutMs,
        long timeouts,
        double peakUtilization,
        double margin,
        List<String> mapping,
        String recordedLoad) {

    public ReplayOutcome {
        requireNonNull(incidentId, "incidentId");
        requireNonNull(title, "title");
        requireNonNull(recordedPool, "recordedPool");
        if (!(peakUtilization >= 0) || timeouts < 0) {
            throw new IllegalArgumentException("replay of '" + incidentId + "': peak utilization " + peakUtilization
                    + " and timeouts " + timeouts + " must not be negative");
        }
        mapping = List.copyOf(mapping);
        requireNonNull(recordedLoad, "recordedLoad");
    }

    /** Minutes and seconds from the recording's start ({@code 24m05s}), or {@code -} for none. */
    public static String elapsed(@Nullable Double ms) {
        if (ms == null) {
            return "-";
        }
        long s = Math.round(ms / 1000);
        return String.format(Locale.ROOT, "%dm%02ds", s / 60, s % 60);
    }

    /** True when no request of the replay timed out. */
    public boolean survives() {
        return timeouts == 0;
    }
}
