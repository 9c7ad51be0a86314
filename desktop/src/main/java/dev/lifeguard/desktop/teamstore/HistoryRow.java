package dev.lifeguard.desktop.teamstore;

import dev.lifeguard.incident.store.IncidentRevision;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * One save in the history view.
 *
 * @param revision the revision it made
 * @param author   who saved it
 * @param time     when, in the console's time zone
 * @param changed  the fields it changed, or "created"
 */
public record HistoryRow(long revision, String author, String time, String changed) {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    /** The row for {@code r}, its time shown in {@code zone}. */
    public static HistoryRow of(IncidentRevision r, ZoneId zone) {
        String time;
        try {
            time = TIME.format(Instant.parse(r.savedAt()).atZone(zone));
        } catch (DateTimeParseException e) {
            time = r.savedAt(); // written by another version: shown as stored
        }
        List<String> fields = r.fieldsChanged();
        return new HistoryRow(r.revision(), r.author(), time, fields.isEmpty() ? "created" : String.join(", ", fields));
    }
}
