package dev.lifeguard.desktop.workspace;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.incident.store.FieldConflict;
import dev.lifeguard.incident.store.SaveOutcome;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;

/**
 * The conflict dialog's state: one row per field both sides changed, with both values as text and who wrote each,
 * and the user's choice (theirs unless they pick mine). Toolkit-free, so the choice can be tested without a window.
 */
public final class ConflictChoices {

    /** One conflicting field: both values, both authors, and whether to keep this console's value. */
    public static final class Row {
        private final FieldConflict conflict;
        private final BooleanProperty keepMine = new SimpleBooleanProperty(false);

        Row(FieldConflict conflict) {
            this.conflict = conflict;
        }

        /** The field's name as the incident JSON spells it. */
        public String field() {
            return conflict.field();
        }

        /** This console's value, as text. */
        public String mine() {
            return text(conflict.mine());
        }

        /** The stored value, as text. */
        public String theirs() {
            return text(conflict.theirs());
        }

        /** Who is saving here. */
        public String myAuthor() {
            return conflict.myAuthor();
        }

        /** Who wrote the stored value, and in which revision. */
        public String theirAuthor() {
            return conflict.theirAuthor() + " (revision " + conflict.theirRevision() + ")";
        }

        /** True to keep this console's value; false (the default) takes the stored one. */
        public BooleanProperty keepMineProperty() {
            return keepMine;
        }
    }

    private final SaveOutcome.Conflicted conflicted;
    private final List<Row> rows = new ArrayList<>();

    public ConflictChoices(SaveOutcome.Conflicted conflicted) {
        this.conflicted = requireNonNull(conflicted, "conflicted");
        conflicted.conflicts().forEach(c -> rows.add(new Row(c)));
    }

    /** The incident the conflict is about. */
    public String incidentId() {
        return conflicted.mine().id();
    }

    /** One row per conflicting field, in field order. */
    public List<Row> rows() {
        return List.copyOf(rows);
    }

    /** Picks this console's value for every field ({@code true}) or the stored one for every field. */
    public void keepAllMine(boolean mine) {
        rows.forEach(r -> r.keepMine.set(mine));
    }

    /** The fields whose value of this console's is kept: what {@link WorkspaceViewModel#resolve} takes. */
    public Set<String> keepMine() {
        Set<String> fields = new LinkedHashSet<>();
        rows.stream().filter(r -> r.keepMine.get()).forEach(r -> fields.add(r.field()));
        return fields;
    }

    /** A value as people read it: text as it is, a list one item a line, nothing as "(empty)". */
    static String text(Object value) {
        if (value == null) {
            return "(empty)";
        }
        if (value instanceof Collection<?> items) {
            return items.isEmpty()
                    ? "(none)"
                    : items.stream().map(String::valueOf).collect(Collectors.joining("\n"));
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? "(none)" : map.toString();
        }
        String s = value.toString();
        return s.isBlank() ? "(empty)" : s;
    }
}
