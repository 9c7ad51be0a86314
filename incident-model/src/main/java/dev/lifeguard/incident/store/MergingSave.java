package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A save that carries the revision its writer started from and merges, field by field, with whatever others saved
 * since. The base is read back from the audit history, so two consoles, a console and its offline journal, or two
 * processes all merge against the same version. Only a field changed on both sides to different values is a
 * conflict, reported with both values and who wrote each; nothing is written then.
 */
final class MergingSave {

    private MergingSave() {}

    /**
     * What to do with a save, decided inside the writer's transaction while it holds the incident's lock (so no
     * other writer can come between the read and the write).
     *
     * @param write      the incident to write, or null when nothing needs writing
     * @param mergedWith the authors whose changes were merged in
     * @param conflict   the conflicts, or null
     */
    record Decision(@Nullable Incident write, List<String> mergedWith, SaveOutcome.@Nullable Conflicted conflict) {}

    static Decision decide(
            Incident mine,
            long baseRevision,
            Optional<StoredIncident> current,
            List<IncidentRevision> history,
            String myAuthor) {
        if (baseRevision < 0) {
            throw new IllegalArgumentException("baseRevision must be ≥ 0, was " + baseRevision);
        }
        if (current.isEmpty()) {
            // New, or deleted by someone else meanwhile: an edit is never dropped, so the incident comes back.
            return new Decision(mine, List.of(), null);
        }
        StoredIncident theirs = current.get();
        if (theirs.incident().equals(mine)) {
            return new Decision(null, List.of(), null); // already saved (a replayed journal entry, say)
        }
        if (theirs.revision() == baseRevision) {
            return new Decision(mine, List.of(), null);
        }
        Incident base = baseRevision == 0 ? null : base(history, baseRevision);
        if (base == null) {
            // No common version known: every field the two sides hold differently is asked about.
            List<String> differing = IncidentMerge.changedFields(theirs.incident(), mine);
            return conflicted(null, baseRevision, mine, theirs, differing, history, myAuthor);
        }
        List<String> conflicting = IncidentMerge.conflictingFields(base, mine, theirs.incident());
        Optional<Incident> merged =
                conflicting.isEmpty() ? IncidentMerge.merge(base, mine, theirs.incident()) : Optional.empty();
        if (merged.isEmpty()) {
            if (conflicting.isEmpty()) {
                // Each side alone is fine but together they are not a valid incident: ask about every field both
                // changed.
                conflicting = bothChanged(base, mine, theirs.incident());
            }
            return conflicted(base, baseRevision, mine, theirs, conflicting, history, myAuthor);
        }
        LinkedHashSet<String> authors = new LinkedHashSet<>();
        for (IncidentRevision r : history) {
            if (r.revision() > baseRevision && r.revision() <= theirs.revision()) {
                authors.add(r.author());
            }
        }
        return new Decision(merged.get(), List.copyOf(authors), null);
    }

    /** A decision to write nothing and ask about {@code conflicting}, naming who last wrote each field. */
    private static Decision conflicted(
            @Nullable Incident base,
            long baseRevision,
            Incident mine,
            StoredIncident theirs,
            List<String> conflicting,
            List<IncidentRevision> history,
            String myAuthor) {
        List<FieldConflict> conflicts = new ArrayList<>();
        for (String field : conflicting) {
            IncidentRevision writer = lastWriter(history, field, baseRevision, theirs.revision());
            conflicts.add(new FieldConflict(
                    field,
                    IncidentMerge.field(mine, field),
                    IncidentMerge.field(theirs.incident(), field),
                    myAuthor,
                    writer == null ? "unknown" : writer.author(),
                    writer == null ? theirs.revision() : writer.revision()));
        }
        return new Decision(null, List.of(), new SaveOutcome.Conflicted(base, mine, theirs, conflicts));
    }

    private static List<String> bothChanged(Incident base, Incident mine, Incident theirs) {
        List<String> fields = new ArrayList<>(IncidentMerge.changedFields(base, mine));
        fields.retainAll(IncidentMerge.changedFields(base, theirs));
        return fields.isEmpty() ? IncidentMerge.changedFields(theirs, mine) : fields;
    }

    /** The incident as it was at {@code revision}, or null when the history does not reach back that far. */
    private static @Nullable Incident base(List<IncidentRevision> history, long revision) {
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
    private static @Nullable IncidentRevision lastWriter(
            List<IncidentRevision> history, String field, long base, long upTo) {
        @Nullable IncidentRevision found = null;
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
