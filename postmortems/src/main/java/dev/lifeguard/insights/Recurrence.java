package dev.lifeguard.insights;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * The same contributing factor, or the same fix, written down in two or more incidents: the earlier fix was not done
 * or did not work.
 *
 * @param type      {@code contributing-factor} or {@code action-item}
 * @param text      the wording of its earliest occurrence
 * @param incidents the incidents it appears in, earliest first (at least two)
 * @param variants  every distinct wording found, in the order of {@code incidents} (a wording repeated later is listed
 *                  once; the same words with other punctuation are another wording)
 * @param doneIn    for action items, the incidents where it was marked done before it came back (empty otherwise)
 */
public record Recurrence(String type, String text, List<String> incidents, List<String> variants, List<String> doneIn) {

    /** The type of a recurring contributing factor. */
    public static final String FACTOR = "contributing-factor";
    /** The type of a recurring action item. */
    public static final String ACTION_ITEM = "action-item";

    public Recurrence {
        requireNonNull(type, "recurrence 'type'");
        requireNonNull(text, "recurrence 'text'");
        incidents = List.copyOf(incidents);
        variants = List.copyOf(variants);
        doneIn = List.copyOf(doneIn);
        if (incidents.size() < 2) {
            throw new IllegalArgumentException("a recurrence needs two incidents or more, had " + incidents);
        }
    }
}
