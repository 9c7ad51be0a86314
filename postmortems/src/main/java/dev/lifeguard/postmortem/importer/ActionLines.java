package dev.lifeguard.postmortem.importer;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The action item lines and table rows of one incident as {@link PostmortemReader} meets them (list items with
 * their continuations joined, {@code Action:} labels, chat action messages), turned into items numbered AI-1,
 * AI-2, … in document order once the incident's day is known.
 */
final class ActionLines {

    private record Row(List<String> header, List<String> cells) {}

    private final List<String> lines = new ArrayList<>();
    /** Indexes in {@link #lines} of items a chat message gave: their titles start with a capital letter. */
    private final Set<Integer> fromChat = new HashSet<>();

    private final List<Row> rows = new ArrayList<>();
    private boolean listSeen;

    /** A section opened: a list seen before it no longer makes its sentences remarks. */
    void sectionOpened() {
        listSeen = false;
    }

    /** One whole action item's text. */
    void add(String text) {
        lines.add(text);
    }

    /** An action item a chat message gave ({@code alice: action: add alerts @bob}). */
    void addFromChat(String text) {
        fromChat.add(lines.size());
        lines.add(text);
    }

    /** A table row in an action section. */
    void addRow(List<String> header, List<String> cells) {
        rows.add(new Row(header, cells));
    }

    /**
     * A line of an action section: a list item (or its continuation), or a sentence that is an item of its own.
     *
     * @return false when the line is a sentence around the items ("the following measures:"), not an item
     */
    boolean line(String text, boolean item, boolean fresh) {
        if (item) {
            listSeen = true;
            if (fresh || lines.isEmpty()) {
                lines.add(text);
            } else {
                continueLast(text);
            }
            return true;
        }
        if (!lines.isEmpty() && !fresh && Character.isLowerCase(text.codePointAt(0))) {
            continueLast(text);
            return true;
        }
        if (listSeen || text.endsWith(":")) {
            return false;
        }
        lines.add(text);
        return true;
    }

    private void continueLast(String text) {
        lines.set(lines.size() - 1, lines.get(lines.size() - 1) + " " + text);
    }

    /** Adds the items to {@code draft}; the draft's day (else a key time's) gives a year to "due: Apr 2". */
    void build(Draft draft) {
        LocalDate day = draft.date != null
                ? draft.date
                : draft.keyTimes.values().stream()
                        .flatMap(v -> TimeTokens.firstDate(v).stream())
                        .findFirst()
                        .orElse(null);
        int n = 1;
        for (int i = 0; i < lines.size(); i++) {
            ActionItem a =
                    ActionItemReader.fromLine("AI-" + n++, lines.get(i), ActionType.PREVENT, draft.warnings, day, null);
            draft.actionItems.add(fromChat.contains(i) ? capitalised(a) : a);
        }
        for (Row row : rows) {
            ActionItemReader.fromRow("AI-" + n, row.header(), row.cells(), ActionType.PREVENT, draft.warnings)
                    .ifPresent(draft.actionItems::add);
            n++;
        }
    }

    /** A chat's "add pool metrics …" as a title: "Add pool metrics …", the words otherwise as written. */
    private static ActionItem capitalised(ActionItem a) {
        String t = a.title();
        if (t.isEmpty() || !Character.isLowerCase(t.codePointAt(0))) {
            return a;
        }
        String title = new StringBuilder()
                .appendCodePoint(Character.toUpperCase(t.codePointAt(0)))
                .append(t.substring(Character.charCount(t.codePointAt(0))))
                .toString();
        return new ActionItem(
                a.id(), title, a.owner(), a.due(), a.priority(), a.type(), a.status(), a.ticket(), a.evidence());
    }
}
