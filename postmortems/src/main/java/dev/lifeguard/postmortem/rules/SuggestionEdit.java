package dev.lifeguard.postmortem.rules;

import dev.lifeguard.incident.Priority;
import java.time.LocalDate;

/**
 * What a person changes when accepting a suggestion; {@code null} fields keep the suggestion's value.
 *
 * @param title    another wording of the action
 * @param owner    who owns it
 * @param due      when it is due
 * @param priority how urgent
 * @param ticket   a ticket key or link
 */
public record SuggestionEdit(String title, String owner, LocalDate due, Priority priority, String ticket) {

    /** No change. */
    public static final SuggestionEdit NONE = new SuggestionEdit(null, null, null, null, null);
}
