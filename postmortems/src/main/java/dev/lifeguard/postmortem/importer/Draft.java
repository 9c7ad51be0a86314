package dev.lifeguard.postmortem.importer;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.TimelineKind;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader has gathered from one incident's part of a document, before it becomes an {@link Incident}.
 */
final class Draft {

    /** A timeline line as written, resolved to a date-time once the document's date and zone are known. */
    record RawEntry(TimeTokens.LeadingTime time, StringBuilder text, TimelineKind kind, int line) {}

    String id;
    /** The source line that stated the id, 0 when none did. */
    int idLine;

    String title;
    String headingTitle;
    /** The source line of the heading title, 0 when none. */
    int headingTitleLine;
    /** The nearest heading above the entry, outside it (an incident log's own title), or {@code null}. */
    String headingAbove;
    /** Source line to destination ({@link Placement}), filled as lines are read. */
    final Map<Integer, String> placements = new LinkedHashMap<>();

    String severity;
    String status;
    List<String> services = new ArrayList<>();
    List<String> tags = new ArrayList<>();
    LocalDate date;
    /** The date label as written ({@code Date: 2024-06-03}), kept in notes when the incident states no time. */
    String dateText;
    /** The source line of the date label, 0 when none (or when it is a register cell). */
    int dateLine;
    /** The day a log states once for all its entries ({@code Date:} above them); an entry's own date wins. */
    LocalDate documentDate;

    ZoneOffset zone;
    final Map<String, String> keyTimes = new LinkedHashMap<>();
    String durationText;
    Duration declaredDuration;
    Double usersPercent;
    Long requestsFailed;
    final List<String> impact = new Paragraphs();
    final List<String> summary = new Paragraphs();
    final List<String> rootCause = new Paragraphs();
    final List<String> trigger = new Paragraphs();
    final List<String> resolution = new Paragraphs();
    final List<String> contributing = new Paragraphs();
    final List<String> wentWell = new Paragraphs();
    final List<String> wentWrong = new Paragraphs();
    final List<String> gotLucky = new Paragraphs();
    final List<RawEntry> timeline = new ArrayList<>();
    final List<ActionItem> actionItems = new ArrayList<>();
    final List<String> notes = new Paragraphs();
    final List<String> recognised = new ArrayList<>();
    final List<String> unrecognised = new ArrayList<>();
    final List<String> warnings = new ArrayList<>();

    /** Adds a line to a paragraph list: a new paragraph on {@code first}, else a continuation of the last. */
    static void append(List<String> paragraphs, String text, boolean newParagraph) {
        if (text == null || text.isBlank()) {
            return;
        }
        if (newParagraph || paragraphs.isEmpty()) {
            paragraphs.add(text.strip());
        } else if (paragraphs instanceof Paragraphs p) {
            p.continueLast(text.strip());
        } else {
            int last = paragraphs.size() - 1;
            paragraphs.set(last, paragraphs.get(last) + " " + text.strip());
        }
    }

    /** The field name and the text an inline label's paragraph continues in, for fields that hold text. */
    Map.Entry<String, List<String>> textField(String field) {
        List<String> text = switch (field) {
            case "summary" -> summary;
            case "impact" -> impact;
            case "rootCause" -> rootCause;
            case "trigger" -> trigger;
            case "resolution" -> resolution;
            default -> null;
        };
        return text == null ? null : Map.entry(field, text);
    }

    /** Paragraphs joined by blank lines, or {@code null}. */
    static String joined(List<String> paragraphs) {
        return paragraphs.isEmpty() ? null : String.join("\n\n", paragraphs);
    }
}
