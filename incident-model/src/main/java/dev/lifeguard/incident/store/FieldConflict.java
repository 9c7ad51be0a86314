package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Checks;

/**
 * One field both writers changed to different values since the revision the saving writer started from.
 *
 * @param field         the incident field (record component name, e.g. {@code rootCause})
 * @param mine          the saving writer's value ({@code null} permitted)
 * @param theirs        the stored value ({@code null} permitted)
 * @param myAuthor      who is saving
 * @param theirAuthor   who wrote the stored value (from the audit history)
 * @param theirRevision the revision that wrote it
 */
public record FieldConflict(
        String field, Object mine, Object theirs, String myAuthor, String theirAuthor, long theirRevision) {

    public FieldConflict {
        Checks.notBlank(field, "conflict 'field'");
        Checks.notBlank(myAuthor, "conflict 'myAuthor'");
        Checks.notBlank(theirAuthor, "conflict 'theirAuthor'");
    }
}
