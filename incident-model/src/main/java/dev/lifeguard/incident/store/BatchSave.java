package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Checks;

/**
 * What saving one incident of a batch did.
 *
 * @param id       the incident's id
 * @param outcome  created, already stored unchanged, or replaced
 * @param revision its revision in the store afterwards
 */
public record BatchSave(String id, Outcome outcome, long revision) {

    /** What happened to one incident of a batch. */
    public enum Outcome {
        CREATED,
        UNCHANGED,
        REPLACED
    }

    public BatchSave {
        Checks.notBlank(id, "batch save 'id'");
        if (outcome == null) {
            throw new IllegalArgumentException("batch save 'outcome' is required for " + id);
        }
        if (revision < 1) {
            throw new IllegalArgumentException("batch save 'revision' must be ≥ 1 for " + id + ", was " + revision);
        }
    }
}
