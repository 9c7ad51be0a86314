package dev.lifeguard.incident.store;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineEntry;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Full-text search over titles, summaries, root causes and timeline text, one implementation per database. Both
 * read a query the same way: every word must appear, as a prefix, so that {@code "leak sess"} finds "leaked
 * sessions"; a word joined by {@code _} ({@code max_connections}) is a phrase.
 */
interface FullTextIndex {

    /**
     * The order of matches on both databases: the list's own, newest start first. Each engine ranks relevance its
     * own way (FTS5's bm25, PostgreSQL's ts_rank), so ranking would list one query's matches in a different order on
     * each kind of store.
     */
    String ORDER = " ORDER BY i.started_epoch_ms DESC NULLS LAST, i.id";

    /** Replaces the incident's entry (inside the caller's transaction). */
    void replace(Connection c, Incident incident) throws SQLException;

    /** Removes the entries of incidents about to be deleted: {@code id}, or every demo incident when null. */
    void delete(Connection c, String id) throws SQLException;

    /** A query selecting {@link IncidentRows#summaryColumns} of the matches in {@link #ORDER}, with one parameter. */
    String searchSql();

    /** The parameter for {@link #searchSql()}, or null when the text has no word to search for. */
    String queryParameter(String text);

    /** The words of a user's query, lower case, each split at {@code _} into the parts of a phrase. */
    static List<List<String>> words(String text) {
        List<List<String>> words = new ArrayList<>();
        if (text == null) {
            return words;
        }
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}_]+")) {
            List<String> parts = new ArrayList<>();
            for (String part : word.split("_")) {
                if (!part.isEmpty()) {
                    parts.add(part);
                }
            }
            if (!parts.isEmpty()) {
                words.add(parts);
            }
        }
        return words;
    }

    /** The text indexed for an incident, one field per element: title, summary, root cause, timeline. */
    static List<String> fields(Incident incident) {
        List<String> fields = new ArrayList<>();
        fields.add(incident.title());
        fields.add(incident.summary() == null ? "" : incident.summary());
        fields.add(incident.rootCause() == null ? "" : incident.rootCause());
        fields.add(incident.timeline().stream().map(TimelineEntry::text).collect(Collectors.joining("\n")));
        return fields;
    }
}
