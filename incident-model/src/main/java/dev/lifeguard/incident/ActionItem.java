package dev.lifeguard.incident;

import static java.util.Objects.requireNonNull;

import java.time.LocalDate;
import org.jspecify.annotations.Nullable;

/**
 * Something the team will do because of the incident.
 *
 * @param id       stable within the incident, e.g. {@code AI-1}
 * @param title    what will be done
 * @param owner    who owns it ({@code null} permitted)
 * @param due      when it is due ({@code null} permitted)
 * @param priority how urgent ({@code null} permitted)
 * @param type     mitigate / prevent / detect / process
 * @param status   progress
 * @param ticket   a ticket key or link ({@code null} permitted)
 * @param evidence what the item rests on ({@code null} permitted)
 */
public record ActionItem(
        String id,
        String title,
        @Nullable String owner,
        @Nullable LocalDate due,
        @Nullable Priority priority,
        ActionType type,
        ActionStatus status,
        @Nullable String ticket,
        @Nullable Evidence evidence,
        @Nullable LocalDate closed) {

    public ActionItem {
        Checks.notBlank(id, "action item 'id'");
        Checks.notBlank(title, "action item '" + id + "' title");
        requireNonNull(type, "action item '" + id + "' type is required");
        status = status == null ? ActionStatus.OPEN : status;
        owner = Checks.blankToNull(owner);
        ticket = Checks.blankToNull(ticket);
    }

    /** An item with no recorded closing day. */
    public ActionItem(
            String id,
            String title,
            @Nullable String owner,
            @Nullable LocalDate due,
            @Nullable Priority priority,
            ActionType type,
            ActionStatus status,
            @Nullable String ticket,
            @Nullable Evidence evidence) {
        this(id, title, owner, due, priority, type, status, ticket, evidence, null);
    }

    /** A copy with another status. */
    public ActionItem withStatus(ActionStatus newStatus) {
        return new ActionItem(id, title, owner, due, priority, type, newStatus, ticket, evidence, closed);
    }

    /**
     * A copy moved to {@code newStatus} on {@code day}: becoming done records {@code day} as its closing day (an item
     * already done keeps its own), any other status clears it, so "days to close" counts only what was closed.
     */
    public ActionItem movedTo(ActionStatus newStatus, LocalDate day) {
        LocalDate closedOn = newStatus != ActionStatus.DONE
                ? null
                : status == ActionStatus.DONE && closed != null ? closed : requireNonNull(day, "day");
        return new ActionItem(id, title, owner, due, priority, type, newStatus, ticket, evidence, closedOn);
    }

    /** A copy with other evidence. */
    public ActionItem withEvidence(Evidence newEvidence) {
        return new ActionItem(id, title, owner, due, priority, type, status, ticket, newEvidence, closed);
    }
}
