package dev.lifeguard.desktop.postmortem;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionStatus;
import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.Evidence;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.Priority;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * One editable column of the action-items table: how the cell shows the item's value as text and how typed
 * text becomes a new item. Bad text throws {@link IllegalArgumentException} naming the item and the field,
 * which the workspace turns into a message and no change.
 */
public enum ActionField {
    TITLE("title", ActionItem::title),
    OWNER("owner", a -> orEmpty(a.owner())),
    DUE("due", a -> a.due() == null ? "" : a.due().toString()),
    PRIORITY("priority", a -> a.priority() == null ? "" : a.priority().name()),
    TYPE("type", a -> a.type().label()),
    STATUS("status", a -> a.status().label()),
    TICKET("ticket", a -> orEmpty(a.ticket())),
    EVIDENCE(
            "evidence reference",
            a -> a.evidence() == null ? "" : orEmpty(a.evidence().reference()));

    private final String field;
    private final Function<ActionItem, String> read;

    ActionField(String field, Function<ActionItem, String> read) {
        this.field = field;
        this.read = read;
    }

    /** The field's name in messages. */
    public String field() {
        return field;
    }

    /** The item's value as the cell shows it. */
    public String text(ActionItem a) {
        return read.apply(a);
    }

    /**
     * As {@link #apply(ActionItem, String, LocalDate)}, for every field but the status (which needs the day).
     *
     * @throws IllegalArgumentException naming the item and the field when the text is not a valid value
     */
    public ActionItem apply(ActionItem a, String text) {
        if (this == STATUS) {
            throw new IllegalStateException("an action item's status is set on a day: apply(item, text, today)");
        }
        return apply(a, text, LocalDate.MIN);
    }

    /**
     * The item with this field set from {@code text} on {@code today}; blank clears an optional field. Marking it done
     * records today as its closing day, reopening it clears that day.
     *
     * @throws IllegalArgumentException naming the item and the field when the text is not a valid value
     */
    public ActionItem apply(ActionItem a, String text, LocalDate today) {
        String t = text == null ? "" : text.trim();
        try {
            return switch (this) {
                case TITLE ->
                    new ActionItem(
                            a.id(),
                            t,
                            a.owner(),
                            a.due(),
                            a.priority(),
                            a.type(),
                            a.status(),
                            a.ticket(),
                            a.evidence(),
                            a.closed());
                case OWNER ->
                    new ActionItem(
                            a.id(),
                            a.title(),
                            t,
                            a.due(),
                            a.priority(),
                            a.type(),
                            a.status(),
                            a.ticket(),
                            a.evidence(),
                            a.closed());
                case DUE ->
                    new ActionItem(
                            a.id(),
                            a.title(),
                            a.owner(),
                            t.isEmpty() ? null : LocalDate.parse(t),
                            a.priority(),
                            a.type(),
                            a.status(),
                            a.ticket(),
                            a.evidence(),
                            a.closed());
                case PRIORITY ->
                    new ActionItem(
                            a.id(),
                            a.title(),
                            a.owner(),
                            a.due(),
                            t.isEmpty() ? null : Priority.of(t),
                            a.type(),
                            a.status(),
                            a.ticket(),
                            a.evidence(),
                            a.closed());
                case TYPE ->
                    new ActionItem(
                            a.id(),
                            a.title(),
                            a.owner(),
                            a.due(),
                            a.priority(),
                            ActionType.of(t),
                            a.status(),
                            a.ticket(),
                            a.evidence(),
                            a.closed());
                case STATUS -> a.movedTo(ActionStatus.of(t), today);
                case TICKET ->
                    new ActionItem(
                            a.id(),
                            a.title(),
                            a.owner(),
                            a.due(),
                            a.priority(),
                            a.type(),
                            a.status(),
                            t,
                            a.evidence(),
                            a.closed());
                case EVIDENCE -> a.withEvidence(reference(a.evidence(), t));
            };
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(
                    "action item '" + a.id() + "' due: '" + t + "' is not a date in the form yyyy-MM-dd", e);
        } catch (IllegalArgumentException | NullPointerException e) {
            String reason = e.getMessage() == null ? "invalid" : e.getMessage();
            throw new IllegalArgumentException(
                    reason.startsWith("action item '")
                            ? reason
                            : "action item '" + a.id() + "' " + field + ": " + reason,
                    e);
        }
    }

    /**
     * Evidence pointing at {@code reference}: the item's own evidence re-pointed, or new evidence whose summary
     * is the reference (a run id, a URL, a log file). Clearing the reference of such evidence removes it.
     */
    private static Evidence reference(Evidence old, String reference) {
        if (old == null) {
            return reference.isEmpty() ? null : new Evidence(kindOf(reference), reference, reference);
        }
        if (reference.isEmpty() && old.summary().equals(old.reference())) {
            return null;
        }
        return new Evidence(old.kind(), reference, old.summary());
    }

    /** A simulation for kept runs and simulation references, a log for log files, else a document. */
    private static EvidenceKind kindOf(String reference) {
        if (reference.startsWith("RUN-") || reference.startsWith("simulation:")) {
            return EvidenceKind.SIMULATION;
        }
        return reference.endsWith(".log") || reference.contains(".log:") ? EvidenceKind.LOG : EvidenceKind.DOCUMENT;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
