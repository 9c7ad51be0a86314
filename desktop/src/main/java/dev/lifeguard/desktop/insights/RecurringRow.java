package dev.lifeguard.desktop.insights;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.insights.Recurrence;

/**
 * One recurring contributing factor or action item, as the table shows it.
 *
 * @param type      "Factor" or "Action item"
 * @param text      its earliest wording
 * @param count     in how many incidents
 * @param incidents their ids, earliest first
 * @param doneIn    where it was marked done before it came back ("" when never, or for factors)
 */
public record RecurringRow(String type, String text, int count, String incidents, String doneIn) {

    public RecurringRow {
        requireNonNull(text, "row 'text'");
    }

    static RecurringRow of(Recurrence r) {
        return new RecurringRow(
                r.type().equals(Recurrence.FACTOR) ? "Factor" : "Action item",
                r.text(),
                r.incidents().size(),
                String.join(", ", r.incidents()),
                String.join(", ", r.doneIn()));
    }
}
