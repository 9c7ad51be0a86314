package dev.lifeguard.incident;

import static java.util.Objects.requireNonNull;

/**
 * What an action item (or a hazard control) rests on, stated with its numbers.
 *
 * @param kind      what backs it
 * @param reference where to find it: a series name, a simulation run id, a log file and line, a URL
 * @param summary   the figures that matter, e.g. {@code "active climbed 4 → 30 in 20 min while rps stayed at 120"}
 */
public record Evidence(EvidenceKind kind, String reference, String summary) {

    public Evidence {
        requireNonNull(kind, "evidence 'kind' is required");
        Checks.notBlank(summary, "evidence 'summary'");
        reference = Checks.blankToNull(reference);
    }
}
