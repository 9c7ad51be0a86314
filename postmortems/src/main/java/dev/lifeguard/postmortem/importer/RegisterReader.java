package dev.lifeguard.postmortem.importer;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionType;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Reads an incident register: a table whose header names incident columns (id, opened, closed, severity, service,
 * summary, follow-up; the names are in the {@link Vocabulary}), one incident per row.
 */
final class RegisterReader {

    /** Column keys that describe an incident rather than a timeline entry or an action. */
    private static final List<String> REGISTER_KEYS =
            List.of("id", "day", "opened", "closed", "severity", "service", "title", "summary", "followUp");

    private RegisterReader() {}

    /**
     * The register table in {@code lines}: the index of its header row and its column keys, when a header names an
     * id (or an opening time and a summary or title) and at least three incident columns.
     */
    static Optional<Map<String, Integer>> header(Line row) {
        if (row.kind() != Line.Kind.ROW || !row.header()) {
            return Optional.empty();
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < row.cells().size(); i++) {
            Set<String> keys = Vocabulary.get().columns(row.cells().get(i));
            for (String key : REGISTER_KEYS) {
                if (keys.contains(key)) {
                    columns.putIfAbsent(key, i);
                    break;
                }
            }
            for (String key : List.of("owner", "due", "ticket", "status")) {
                if (keys.contains(key)) {
                    columns.putIfAbsent(key, i);
                }
            }
        }
        Integer opened = columns.get("opened");
        if (opened != null
                && !columns.containsKey("day")
                && Vocabulary.get().columns(row.cells().get(opened)).contains("time")) {
            // A Time column opens an incident only beside a Date column; alone it is a timeline table's.
            columns.remove("opened");
        }
        long incidentColumns =
                REGISTER_KEYS.stream().filter(columns::containsKey).count();
        boolean named = columns.containsKey("id")
                || (columns.containsKey("opened") || columns.containsKey("day"))
                        && (columns.containsKey("summary") || columns.containsKey("title"));
        return named && incidentColumns >= 3 ? Optional.of(columns) : Optional.empty();
    }

    /** One incident's draft from a register row. */
    static Draft row(Line header, Map<String, Integer> columns, Line row) {
        Draft d = new Draft();
        List<String> cells = row.cells();
        String id = cell(cells, columns.get("id"));
        List<String> filled = new ArrayList<>();
        if (id != null && id.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}")) {
            d.id = id;
            d.idLine = row.number();
            filled.add("id");
        }
        String opened = cell(cells, columns.get("opened"));
        String day = cell(cells, columns.get("day"));
        if (day != null && opened == null && day.matches(".*\\d{1,2}:\\d{2}.*")) {
            opened = day; // a Date column that holds the opening time too
        } else if (day != null && TimeTokens.firstDate(day).isPresent()) {
            // A Date column beside time-only Start/End columns gives them their day; an end before the start
            // then crosses midnight. Alone it is the incident's day, kept in notes when no time is stated.
            d.date = TimeTokens.firstDate(day).get();
            d.dateText = header.cells().get(columns.get("day")).strip() + ": " + day;
            filled.add("date");
        } else if (day != null) {
            d.notes.add(header.cells().get(columns.get("day")) + ": " + day);
            filled.add(Placement.NOTES);
        }
        if (opened != null) {
            d.keyTimes.put("started", opened);
            if (d.date == null) {
                TimeTokens.firstDate(opened).ifPresent(x -> d.date = x);
            }
            filled.add("started");
        }
        String closed = cell(cells, columns.get("closed"));
        if (closed != null) {
            d.keyTimes.put("resolved", closed);
            if (d.date == null) {
                TimeTokens.firstDate(closed).ifPresent(x -> d.date = x);
            }
            filled.add("resolved");
        }
        set(cells, columns.get("severity"), v -> d.severity = v, "severity", filled);
        set(cells, columns.get("status"), v -> d.status = v, "status", filled);
        set(cells, columns.get("title"), v -> d.title = v, "title", filled);
        set(cells, columns.get("service"), v -> d.services.addAll(split(v)), "services", filled);
        set(cells, columns.get("summary"), v -> Draft.append(d.summary, v, true), "summary", filled);
        String followUp = cell(cells, columns.get("followUp"));
        if (followUp != null) {
            // A follow-up cell of details only ("@lena, due 2025-08-01") is the row's own title or summary as an
            // action.
            String rowTitle = d.title != null ? d.title : Draft.joined(d.summary);
            var item = ActionItemReader.fromLine("AI-1", followUp, ActionType.PREVENT, d.warnings, d.date, rowTitle);
            String owner = item.owner() != null ? item.owner() : cell(cells, columns.get("owner"));
            String ticket = item.ticket() != null ? item.ticket() : cell(cells, columns.get("ticket"));
            LocalDate due = item.due();
            String dueText = cell(cells, columns.get("due"));
            if (due == null && dueText != null) {
                due = TimeTokens.firstDate(dueText).orElse(null);
            }
            d.actionItems.add(new ActionItem(
                    item.id(),
                    item.title(),
                    owner,
                    due,
                    item.priority(),
                    item.type(),
                    item.status(),
                    ticket,
                    item.evidence()));
            filled.add(Placement.ACTION);
        }
        for (int i = 0; i < cells.size(); i++) {
            if (!columns.containsValue(i) && !cells.get(i).isBlank()) {
                String name = i < header.cells().size() ? header.cells().get(i) : "column " + (i + 1);
                d.notes.add(name + ": " + cells.get(i).strip());
                filled.add(Placement.NOTES);
            }
        }
        d.placements.put(row.number(), "register row: " + String.join(", ", filled));
        d.recognised.add("register row at line " + row.number());
        return d;
    }

    private static void set(List<String> cells, Integer index, Consumer<String> to, String what, List<String> f) {
        String v = cell(cells, index);
        if (v != null) {
            to.accept(v);
            f.add(what);
        }
    }

    private static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split("[,;]")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }

    private static String cell(List<String> cells, Integer index) {
        if (index == null || index >= cells.size()) {
            return null;
        }
        String v = cells.get(index).strip();
        return v.isEmpty() || v.equals("-") || v.equals("—") || v.equalsIgnoreCase("n/a") ? null : v;
    }
}
