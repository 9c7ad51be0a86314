package dev.lifeguard.desktop.workspace;

import dev.lifeguard.desktop.errors.UserMessage;
import dev.lifeguard.incident.store.FieldConflict;
import dev.lifeguard.incident.store.SaveOutcome;
import java.util.LinkedHashSet;
import java.util.Set;

/** What the workspace says about a save stopped by a field both sides changed. */
final class ConflictText {

    private ConflictText() {}

    /** For the banner over the workspace: which incident, who else wrote, which fields. */
    static String banner(SaveOutcome.Conflicted c) {
        Set<String> authors = new LinkedHashSet<>();
        for (FieldConflict f : c.conflicts()) {
            authors.add(f.theirAuthor());
        }
        return "Incident " + c.mine().id() + " was changed by another writer (" + String.join(", ", authors)
                + ", revision " + c.theirs().revision() + ") in " + String.join(", ", c.fields())
                + ": choose which values to keep.";
    }

    /** For the message banner. */
    static UserMessage message(SaveOutcome.Conflicted c) {
        return new UserMessage(
                UserMessage.Level.WARNING,
                "Saving " + c.mine().id() + ": someone else changed this incident",
                "The same fields were changed on both sides: " + String.join(", ", c.fields())
                        + ". Choose, field by field, which value to keep.",
                "");
    }
}
