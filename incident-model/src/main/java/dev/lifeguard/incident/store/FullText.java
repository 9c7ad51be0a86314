package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** The FTS5 index over titles, summaries, root causes and timeline text. */
final class FullText {

    private FullText() {}

    static void replace(Connection c, Incident incident) throws SQLException {
        try (PreparedStatement delete = c.prepareStatement("DELETE FROM incident_fts WHERE id = ?");
                PreparedStatement insert = c.prepareStatement(
                        "INSERT INTO incident_fts (id, title, summary, root_cause, timeline) VALUES (?, ?, ?, ?, ?)")) {
            delete.setString(1, incident.id());
            delete.executeUpdate();
            insert.setString(1, incident.id());
            insert.setString(2, incident.title());
            insert.setString(3, incident.summary());
            insert.setString(4, incident.rootCause());
            insert.setString(
                    5, incident.timeline().stream().map(TimelineEntry::text).collect(Collectors.joining("\n")));
            insert.executeUpdate();
        }
    }

    /**
     * Turns what a user types into an FTS5 query: every word must appear, as a prefix, so that
     * {@code "leak sess"} finds "leaked sessions". Quotes keep FTS5 operators in user text literal.
     */
    static String matchExpression(String text) {
        if (text == null) {
            return "";
        }
        List<String> terms = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
            if (!word.isEmpty()) {
                terms.add("\"" + word + "\"*");
            }
        }
        return String.join(" ", terms);
    }
}
