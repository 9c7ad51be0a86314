package dev.lifeguard.postmortem.importer;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionStatus;
import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.Evidence;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.Priority;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads action items from list lines ({@code [Done] Title (type: detect; owner: dana; due: 2025-03-21)},
 * {@code [x] Title}, {@code **Label:** text}) and from table rows with columns such as
 * Action | Type | Owner | Due | Status | Ticket.
 */
final class ActionItemReader {

    private static final Pattern STATUS_MARK = Pattern.compile("^\\[([^\\]]{1,20})\\]\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern STRUCK = Pattern.compile("^~~(.+?)~~(.*)$", Pattern.DOTALL);
    /** {@code @name}, or {@code due}/{@code by} and a date; {@code owner: x} is read by {@link #detail}. */
    private static final Pattern INLINE_DETAIL = Pattern.compile("(?<![\\w.])@([A-Za-z][\\w.-]{0,39})(?![\\w@])"
            + "|\\b(?:[Dd]ue|[Bb]y|ETA|[Dd]eadline)[: ]\\s*(\\d{4}-\\d{2}-\\d{2}|[A-Z][a-z]{2,8}\\.? \\d{1,2},? \\d{4})"
            + "|\\b[Oo]wners?:\\s*@?([A-Za-z][\\w.-]{0,39}),?");
    /** A tracker key such as {@code INV-4411} or {@code OPS-12}. */
    static final Pattern TICKET_KEY = Pattern.compile("\\b[A-Z][A-Z0-9]{1,9}-\\d{1,7}\\b");

    private ActionItemReader() {}

    /** An item from one list line (continuations already joined); {@code defaultType} when none is stated. */
    static ActionItem fromLine(String id, String text, ActionType defaultType, List<String> warnings) {
        return fromLine(id, text, defaultType, warnings, null, null);
    }

    /**
     * An item from one list line.
     *
     * @param reference     the incident's day, which gives a year to a due date written without one; may be null
     * @param fallbackTitle the title when the line holds details only (a register's follow-up cell); may be null
     */
    static ActionItem fromLine(
            String id,
            String text,
            ActionType defaultType,
            List<String> warnings,
            LocalDate reference,
            String fallbackTitle) {
        String rest = text.strip();
        ActionStatus status = ActionStatus.OPEN;
        Matcher mark = STATUS_MARK.matcher(rest);
        if (mark.matches()) {
            Optional<ActionStatus> s = status(mark.group(1));
            if (s.isPresent()) {
                status = s.get();
                rest = mark.group(2).strip();
            }
        }
        ActionType type = null;
        Priority priority = null;
        String owner = null;
        LocalDate due = null;
        String ticket = null;
        // Done marks outside brackets: a check mark at either end, or the whole item struck through.
        for (String check : List.of("✅", "✔️", "✔", "☑️", "☑", "✓")) {
            if (rest.startsWith(check) || rest.endsWith(check)) {
                status = ActionStatus.DONE;
                rest = (rest.startsWith(check)
                                ? rest.substring(check.length())
                                : rest.substring(0, rest.length() - check.length()))
                        .strip();
            }
        }
        Matcher struck = STRUCK.matcher(rest);
        if (struck.matches()) {
            status = ActionStatus.DONE;
            rest = (struck.group(1) + struck.group(2)).strip();
        }
        Optional<ActionDetails.Taken> details = ActionDetails.trailing(rest, reference);
        if (details.isPresent()) {
            ActionDetails.Taken found = details.get();
            rest = found.title;
            type = found.type;
            priority = found.priority;
            owner = found.owner;
            due = found.due;
            ticket = found.ticket;
        }
        // Details written in the text: "— owner: dana", "@maria", "due 2024-06-20", "ABC-123".
        Matcher inline = INLINE_DETAIL.matcher(rest);
        StringBuilder kept = new StringBuilder();
        while (inline.find()) {
            if (owner == null && (inline.group(1) != null || inline.group(3) != null)) {
                owner = inline.group(1) != null ? inline.group(1) : inline.group(3);
                inline.appendReplacement(kept, "");
            } else if (due == null
                    && inline.group(2) != null
                    && ActionDetails.date(inline.group(2), reference).isPresent()) {
                due = ActionDetails.date(inline.group(2), reference).get();
                inline.appendReplacement(kept, "");
            } else {
                inline.appendReplacement(kept, Matcher.quoteReplacement(inline.group()));
            }
        }
        inline.appendTail(kept);
        rest = ActionDetails.clean(kept.toString());
        if (ticket == null) {
            Matcher key = TICKET_KEY.matcher(rest);
            if (key.find()) {
                ticket = key.group();
                // A key at the end names where the work is tracked, not what it is: it moves to the ticket.
                String before = rest.substring(0, key.start())
                        .replaceFirst(
                                "(?i)[\\s,;:(—–-]*(?:\\b(?:see|ticket|tracked in|tracked as|in|jira|bug))?[\\s:]*$", "")
                        .strip();
                if (rest.substring(key.end()).replaceAll("[\\s).]", "").isEmpty() && !before.isEmpty()) {
                    rest = before;
                }
            }
        }
        if (rest.isEmpty()) {
            // Details only ("@lena, due 2025-08-01"): the caller's title, else the text as written, so nothing is lost.
            rest = fallbackTitle != null && !fallbackTitle.isBlank() ? fallbackTitle.strip() : text.strip();
        }
        if (type == null) {
            type = guessType(rest, defaultType);
        }
        return new ActionItem(id, rest, owner, due, priority, type, status, ticket, null);
    }

    /** An item from a table row, given the header's column names. */
    static Optional<ActionItem> fromRow(
            String fallbackId, List<String> header, List<String> cells, ActionType defaultType, List<String> warnings) {
        Map<String, Integer> col = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            Set<String> keys = Vocabulary.get().columns(header.get(i));
            String h = header.get(i).toLowerCase(Locale.ROOT).strip();
            String key = keys.contains("action")
                    ? "title"
                    : keys.contains("owner")
                            ? "owner"
                            : keys.contains("due") ? "due" : keys.contains("ticket") ? "ticket" : h;
            col.putIfAbsent(key, i);
        }
        String title = cell(cells, col.get("title"));
        if (title == null) {
            return Optional.empty();
        }
        String id = Optional.ofNullable(cell(cells, col.get("id")))
                .filter(s -> s.matches("[A-Za-z0-9._-]{1,40}"))
                .orElse(fallbackId);
        String typeText = cell(cells, col.get("type"));
        ActionType type = typeText == null
                ? guessType(title, defaultType)
                : parse(() -> ActionType.of(typeText), warnings, "action type", typeText);
        String statusText = cell(cells, col.get("status"));
        ActionStatus status =
                statusText == null ? ActionStatus.OPEN : status(statusText).orElse(ActionStatus.OPEN);
        String priorityText = cell(cells, col.get("priority"));
        Priority priority = priorityText == null
                ? null
                : parse(() -> Priority.of(priorityText), warnings, "priority", priorityText);
        String dueText = cell(cells, col.get("due"));
        LocalDate due = dueText == null ? null : parse(() -> LocalDate.parse(dueText), warnings, "due date", dueText);
        return Optional.of(new ActionItem(
                id,
                title,
                cell(cells, col.get("owner")),
                due,
                priority,
                type == null ? defaultType : type,
                status,
                cell(cells, col.get("ticket")),
                evidence(cell(cells, col.get("evidence")))));
    }

    /** Evidence written as {@code kind: summary (reference)}, or plain text as a document reference. */
    static Evidence evidence(String text) {
        if (text == null) {
            return null;
        }
        int colon = text.indexOf(':');
        if (colon > 0) {
            try {
                EvidenceKind kind = EvidenceKind.of(text.substring(0, colon));
                String rest = text.substring(colon + 1).strip();
                String reference = null;
                if (rest.endsWith(")") && rest.lastIndexOf(" (") > 0) {
                    reference = rest.substring(rest.lastIndexOf(" (") + 2, rest.length() - 1);
                    rest = rest.substring(0, rest.lastIndexOf(" ("));
                }
                return new Evidence(kind, reference, rest);
            } catch (IllegalArgumentException notAKind) {
                // Not "kind: …"; keep the whole text as a document.
            }
        }
        return new Evidence(EvidenceKind.DOCUMENT, null, text);
    }

    /** Done/Open/In progress/Won't do and their usual spellings ({@code x}, {@code ✓}, {@code wip}). */
    static Optional<ActionStatus> status(String text) {
        return Vocabulary.get().actionStatus(text);
    }

    /** The type the words suggest, else {@code fallback}. */
    static ActionType guessType(String title, ActionType fallback) {
        String t = title.toLowerCase(Locale.ROOT);
        if (t.contains("alert") || t.contains("monitor") || t.contains("dashboard") || t.contains("detect")) {
            return ActionType.DETECT;
        }
        if (t.contains("runbook")
                || t.contains("training")
                || t.contains("documentation")
                || t.contains("checklist")
                || t.contains("review process")
                || t.contains("standards")
                || t.contains("guideline")) {
            return ActionType.PROCESS;
        }
        return fallback;
    }

    private static String cell(List<String> cells, Integer index) {
        if (index == null || index >= cells.size()) {
            return null;
        }
        String v = cells.get(index).strip();
        return v.isEmpty() || v.equals("-") || v.equals("—") ? null : v;
    }

    private static <T> T parse(Supplier<T> parser, List<String> warnings, String what, String value) {
        try {
            return parser.get();
        } catch (RuntimeException e) {
            warnings.add("could not read " + what + " '" + value + "'; left empty");
            return null;
        }
    }
}
