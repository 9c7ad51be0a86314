package dev.lifeguard.desktop.workspace;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.store.IncidentMerge;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Optional;

/**
 * The workspace's undo or redo edits, newest first, at most {@code limit}. When another writer's save is taken in,
 * every state is rebased onto it ({@link IncidentMerge}), so undoing an edit never takes back the other writer's data.
 */
final class UndoStack {

    /** A change and the value it replaced. */
    record Edit(String what, Incident before) {}

    private final Deque<Edit> edits = new ArrayDeque<>();
    private final int limit;

    UndoStack(int limit) {
        this.limit = limit;
    }

    void push(String what, Incident before) {
        edits.push(new Edit(what, before));
        if (edits.size() > limit) {
            edits.removeLast();
        }
    }

    Edit pop() {
        return edits.pop();
    }

    boolean isEmpty() {
        return edits.isEmpty();
    }

    void clear() {
        edits.clear();
    }

    Optional<String> peekWhat() {
        return edits.isEmpty() ? Optional.empty() : Optional.of(edits.peek().what());
    }

    /** Moves every state from {@code base} onto {@code theirs}; a state that cannot be merged is dropped. */
    void rebase(Incident base, Incident theirs) {
        Deque<Edit> rebased = new ArrayDeque<>();
        for (Edit e : edits) {
            IncidentMerge.merge(base, e.before(), theirs).ifPresent(b -> rebased.addLast(new Edit(e.what(), b)));
        }
        edits.clear();
        edits.addAll(rebased);
    }
}
