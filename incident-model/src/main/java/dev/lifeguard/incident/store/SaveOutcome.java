package dev.lifeguard.incident.store;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.Incident;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** What a save from a base revision did: saved (merged with others' changes if any), or stopped at conflicts. */
public sealed interface SaveOutcome permits SaveOutcome.Saved, SaveOutcome.Conflicted, SaveOutcome.Journalled {

    /**
     * Saved.
     *
     * @param stored      what the store now holds
     * @param mergedWith  the authors whose concurrent changes were merged in (empty when none)
     */
    record Saved(StoredIncident stored, List<String> mergedWith) implements SaveOutcome {
        public Saved {
            requireNonNull(stored, "stored");
            mergedWith = List.copyOf(mergedWith);
        }
    }

    /**
     * Kept in the local journal, fsync'd, because the store cannot be reached; replayed (and merged) when it can.
     *
     * @param entry   the journal entry
     * @param unsaved how many saves the journal now holds
     */
    record Journalled(JournalEntry entry, int unsaved) implements SaveOutcome {
        public Journalled {
            requireNonNull(entry, "entry");
        }
    }

    /**
     * Not saved: the same fields were changed on both sides. Nothing was written.
     *
     * @param base      the version both started from ({@code null} when the store has no record of it)
     * @param mine      the version being saved
     * @param theirs    what the store holds now
     * @param conflicts each field changed on both sides, with both values and who wrote each
     */
    record Conflicted(@Nullable Incident base, Incident mine, StoredIncident theirs, List<FieldConflict> conflicts)
            implements SaveOutcome {
        public Conflicted {
            requireNonNull(mine, "mine");
            requireNonNull(theirs, "theirs");
            conflicts = List.copyOf(conflicts);
            if (conflicts.isEmpty()) {
                throw new IllegalArgumentException("a conflicted save needs at least one conflicting field");
            }
        }

        /**
         * The version to save (from {@code theirs().revision()}) once the user has chosen: every field both changed
         * takes mine when named in {@code keepMine}, else theirs; every other change of both sides is kept.
         *
         * @throws IllegalStateException when the chosen combination is not a valid incident (e.g. key times out
         *                               of order), naming the fields
         */
        public Incident resolve(Set<String> keepMine) {
            Incident mineChosen = mine;
            Incident theirsChosen = theirs.incident();
            for (FieldConflict c : conflicts) {
                Object value = keepMine.contains(c.field()) ? c.mine() : c.theirs();
                mineChosen = IncidentMerge.withField(mineChosen, c.field(), value);
                theirsChosen = IncidentMerge.withField(theirsChosen, c.field(), value);
            }
            Incident from = base == null ? theirsChosen : base;
            return IncidentMerge.merge(from, mineChosen, theirsChosen)
                    .orElseThrow(() -> new IllegalStateException("the chosen values of "
                            + conflicts.stream().map(FieldConflict::field).toList()
                            + " do not make a valid incident"));
        }

        /** The conflicting fields' names, in field order. */
        public List<String> fields() {
            return conflicts.stream().map(FieldConflict::field).toList();
        }
    }
}
