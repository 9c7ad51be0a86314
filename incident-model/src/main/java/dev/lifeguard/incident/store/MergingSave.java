package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;

/**
 * A save that carries the revision its writer started from and merges, field by field, with whatever others saved
 * since. The base is read back from the audit history, so two consoles, a console and its offline journal, or two
 * processes all merge against the same version. Only a field changed on both sides to different values is a
 * conflict, reported with both values and who wrote each; nothing is written then.
 */
final class MergingSave {

    /** Other writers may keep winning the race between our read and write; after this many tries, report it. */
    static final int ATTEMPTS = 8;

    private MergingSave() {}

    static SaveOutcome save(IncidentStore store, Incident mine, long baseRevision) {
        if (baseRevision < 0) {
            throw new IllegalArgumentException("baseRevision must be ≥ 0, was " + baseRevision);
        }
        RevisionConflictException lost = null;
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                return attempt(store, mine, baseRevision);
            } catch (RevisionConflictException e) {
                lost = e; // someone saved between our read and our write: read again and merge again
            }
        }
        throw lost;
    }

    private static SaveOutcome attempt(IncidentStore store, Incident mine, long baseRevision) {
        Optional<StoredIncident> current = store.get(mine.id());
        if (current.isEmpty()) {
            // New, or deleted by someone else meanwhile: an edit is never dropped, so the incident comes back.
            return new SaveOutcome.Saved(store.create(mine), List.of());
        }
        StoredIncident theirs = current.get();
        if (theirs.revision() == baseRevision) {
            return new SaveOutcome.Saved(store.update(mine, baseRevision), List.of());
        }
        if (theirs.incident().equals(mine)) {
            return new SaveOutcome.Saved(theirs, List.of()); // already saved (a replayed journal entry, say)
        }
        List<IncidentRevision> history = store.history(mine.id());
        Incident base = baseRevision == 0 ? null : base(history, baseRevision);
        List<String> conflicting = base == null
                ? IncidentMerge.changedFields(theirs.incident(), mine)
                : IncidentMerge.conflictingFields(base, mine, theirs.incident());
        Optional<Incident> merged =
                conflicting.isEmpty() ? IncidentMerge.merge(base, mine, theirs.incident()) : Optional.empty();
        if (merged.isEmpty()) {
            if (conflicting.isEmpty()) {
                // Each side alone is fine but together they are not a valid incident: ask about every field both
                // changed.
                conflicting = bothChanged(base, mine, theirs.incident());
            }
            List<FieldConflict> conflicts = new ArrayList<>();
            for (String field : conflicting) {
                IncidentRevision writer = lastWriter(history, field, baseRevision, theirs.revision());
                conflicts.add(new FieldConflict(
                        field,
                        IncidentMerge.field(mine, field),
                        IncidentMerge.field(theirs.incident(), field),
                        store.author(),
                        writer == null ? "unknown" : writer.author(),
                        writer == null ? theirs.revision() : writer.revision()));
            }
            return new SaveOutcome.Conflicted(base, mine, theirs, conflicts);
        }
        StoredIncident saved = store.update(merged.get(), theirs.revision());
        LinkedHashSet<String> authors = new LinkedHashSet<>();
        for (IncidentRevision r : history) {
            if (r.revision() > baseRevision && r.revision() <= theirs.revision()) {
                authors.add(r.author());
            }
        }
        return new SaveOutcome.Saved(saved, List.copyOf(authors));
    }

    private static List<String> bothChanged(Incident base, Incident mine, Incident theirs) {
        List<String> fields = new ArrayList<>(IncidentMerge.changedFields(base, mine));
        fields.retainAll(IncidentMerge.changedFields(base, theirs));
        return fields.isEmpty() ? IncidentMerge.changedFields(theirs, mine) : fields;
    }

    /** The incident as it was at {@code revision}, or null when the history does not reach back that far. */
    private static Incident base(List<IncidentRevision> history, long revision) {
        for (IncidentRevision r : history) {
            if (r.revision() == revision) {
                try {
                    return Documents.read(
                            r.document(), r.incidentId() + "@" + revision, Formats.INCIDENT, Incident.class);
                } catch (DocumentException e) {
                    return null; // an unreadable old revision: treat the base as unknown, so every difference asks
                }
            }
        }
        return null;
    }

    /** The latest save after {@code base} (up to {@code upTo}) that changed {@code field}. */
    private static IncidentRevision lastWriter(List<IncidentRevision> history, String field, long base, long upTo) {
        IncidentRevision found = null;
        for (IncidentRevision r : history) {
            if (r.revision() > base
                    && r.revision() <= upTo
                    && (r.fieldsChanged().contains(field) || r.fieldsChanged().isEmpty())) {
                found = r;
            }
        }
        return found;
    }
}
