package dev.lifeguard.postmortem.importer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Reads one incident's lines (a whole postmortem, or one entry of an incident log) into a {@link Draft}: a
 * small state machine over sections, opened by headings or by label lines such as {@code Root Cause:}. It records
 * where each line went ({@link Draft#placements}). Over 300 lines because the state machine and the placement of
 * each branch belong together; field setting ({@link LabelFields}) and vocabulary are already outside.
 */
final class PostmortemReader {

    private final Draft draft = new Draft();
    private Section section = Section.META;
    private String unknownName;
    private Draft.RawEntry lastEntry;
    private List<String> tableHeader = List.of();
    private int causeResolutionParagraphs;
    private final List<String> preamble = new Paragraphs();
    private boolean sawText;
    /** True until the first content line after a section opens. */
    private boolean freshParagraph;
    /** The field an inline label's text went to, while its paragraph goes on. */
    private Map.Entry<String, List<String>> labelText;
    /** Where the line being read went; set by the branch that placed it. */
    private String where;
    /** Source lines of the text before the first section, which ends in the summary or, when there is one, notes. */
    private final List<Integer> preambleLines = new ArrayList<>();

    private static final List<String> KEY_NAMES =
            List.of("started", "detected", "acknowledged", "mitigated", "resolved");
    private final ActionLines items = new ActionLines();

    private PostmortemReader() {}

    /** Reads {@code lines} into a draft; action items are numbered AI-1, AI-2, … in document order. */
    static Draft read(List<Line> lines) {
        PostmortemReader r = new PostmortemReader();
        ChatLines chat = ChatLines.rewrite(lines);
        StampedUpdates updates = StampedUpdates.rewrite(chat.lines());
        updates.lines().forEach(r::line);
        // A stamp line, or a chat's name-and-time line, went where the line that now carries its time went.
        for (Map<Integer, Integer> carried : List.of(updates.stamps(), chat.headers())) {
            carried.forEach((from, to) -> Optional.ofNullable(r.draft.placements.get(to))
                    .ifPresent(w -> r.draft.placements.putIfAbsent(from, w)));
        }
        return r.finish();
    }

    /** Reads one line and records where it went (see {@link Draft#placements}). */
    private void line(Line line) {
        where = null;
        lineInto(line);
        if (line.number() > 0 && where != null) {
            draft.placements.putIfAbsent(line.number(), where);
        }
    }

    private void lineInto(Line line) {
        switch (line.kind()) {
            case HEADING -> heading(line);
            case ROW -> row(line);
            default -> {
                if (line.text().isBlank()) {
                    return;
                }
                Optional<Labels.Labelled> label = Labels.of(line);
                if (label.isEmpty() && labelText != null && line.kind() == Line.Kind.TEXT && !line.first()) {
                    // "Summary: … full of" then "idle sessions.": the paragraph goes on in the label's field.
                    Draft.append(labelText.getValue(), line.text(), false);
                    where = labelText.getKey();
                    return;
                }
                labelText = null;
                if (label.isPresent() && field(label.get(), line)) {
                    labelText = draft.textField(where);
                    return;
                }
                if (label.isPresent()
                        && label.get().value().isEmpty()
                        && line.label() == null
                        && line.first()
                        && section != Section.MEASURES
                        && section != Section.TASKS) {
                    // "Customer comms:" on its own line is a heading in a plain-text document.
                    enter(Section.UNKNOWN, label.get().name());
                    where = Placement.HEADING;
                    return;
                }
                if (section != Section.TIMELINE
                        && TimeTokens.leadingTime(line.text()).isPresent()
                        && (section == Section.META || section == Section.SUMMARY || section == Section.UNKNOWN)) {
                    // A timeline written without a heading: times at the start of lines.
                    Optional<Draft.RawEntry> e = TimelineReader.read(line.text().strip(), line.number());
                    if (e.isPresent()) {
                        entry(e.get());
                        return;
                    }
                }
                if (section == Section.META
                        && draft.headingTitle == null
                        && draft.title == null
                        && !sawText
                        && line.kind() == Line.Kind.TEXT
                        && line.text().length() <= 100
                        && !line.text().strip().endsWith(".")) {
                    // The first short line of a plain-text document is its title, unless a label gave one.
                    draft.headingTitle = line.text().strip();
                    draft.headingTitleLine = line.number();
                    sawText = true;
                    where = "title";
                    return;
                }
                sawText = true;
                content(line);
            }
        }
    }

    private void heading(Line line) {
        labelText = null;
        Optional<Section> s = Section.of(line.text());
        where = Placement.HEADING;
        if (s.isPresent()) {
            enter(s.get(), line.text());
        } else if (draft.headingTitle == null && (line.level() == 1 || section == Section.META)) {
            draft.headingTitle = line.text();
            draft.headingTitleLine = line.number();
            where = "title";
            enter(Section.META, null);
        } else {
            enter(Section.UNKNOWN, line.text());
        }
    }

    private void enter(Section s, String name) {
        section = s;
        freshParagraph = true;
        unknownName = name;
        items.sectionOpened();
        lastEntry = null;
        tableHeader = List.of();
        causeResolutionParagraphs = 0;
        if (s == Section.TIMELINE && name != null) {
            TimeTokens.zoneIn(name).ifPresent(z -> draft.zone = z);
        }
    }

    /** A {@code Label: value} line; true when the label named a field or a section. */
    private boolean field(Labels.Labelled l, Line line) {
        String key = Section.normalise(l.name());
        String v = l.value();
        if (v.isEmpty()) {
            Optional<Section> s = Section.of(l.name());
            if (s.isPresent()) {
                enter(s.get(), l.name());
                where = Placement.HEADING;
                return true;
            }
            return false;
        }
        Optional<String> field = Vocabulary.get().label(key);
        if (field.isEmpty()) {
            return false;
        }
        if (field.get().equals("actionItem")) {
            // "Action: add pool alerts @bob" or "TODO: …" anywhere is an action item.
            items.add(v);
            where = Placement.ACTION;
            return true;
        }
        Optional<Section> continued = LabelFields.set(draft, field.get(), l, line.number());
        if (continued == null) {
            return false;
        }
        continued.ifPresent(this::continueIn);
        where = field.get().equals("recomputed") || field.get().equals("reviewStatus")
                ? Placement.RECOMPUTED
                : field.get();
        return true;
    }

    /** Continuation lines after an inline label belong to that field, unless the section is a list of fields. */
    private void continueIn(Section s) {
        if (section != Section.META && section != Section.ROOT_CAUSE_AND_RESOLUTION) {
            section = s;
        }
    }

    private void row(Line line) {
        labelText = null;
        if (line.header()) {
            String second = line.cells().size() == 2 ? line.cells().get(1) : "";
            if (!second.isBlank()
                    && Vocabulary.get().columns(second).isEmpty()
                    && Vocabulary.get().label(Section.normalise(second)).isEmpty()
                    && field(new Labels.Labelled(line.cells().get(0), second), line)) {
                return; // "| Incident ID | AUTH-88 |": a two-column table of fields starts with a field.
            }
            tableHeader = line.cells();
            where = Placement.HEADING;
            return;
        }
        List<String> header = tableHeader.stream()
                .map(h -> h.toLowerCase(Locale.ROOT).strip())
                .toList();
        int time = header.indexOf("time");
        if ((section == Section.TIMELINE || time >= 0 && header.size() >= 2 && section != Section.KEY_TIMES)
                && line.cells().size() >= 2) {
            int t = Math.max(0, time);
            int kind = header.indexOf("kind");
            int text = header.size() > 1 ? TimelineReader.textColumn(header, t, kind) : 1;
            if (text < line.cells().size()) {
                String tag = kind >= 0
                                && kind < line.cells().size()
                                && !line.cells().get(kind).isBlank()
                        ? "[" + line.cells().get(kind) + "] "
                        : "";
                Optional<Draft.RawEntry> e = TimelineReader.read(
                        line.cells().get(t) + " — " + tag + line.cells().get(text), line.number());
                if (e.isPresent()) {
                    draft.timeline.add(e.get());
                    where = Placement.TIMELINE;
                    return;
                }
            }
        }
        if (section == Section.KEY_TIMES && line.cells().size() >= 2) {
            String key = Vocabulary.get()
                    .label(Section.normalise(line.cells().get(0)))
                    .orElse(Section.normalise(line.cells().get(0)));
            if (!KEY_NAMES.contains(key)
                    && field(
                            new Labels.Labelled(
                                    line.cells().get(0), line.cells().get(1)),
                            line)) {
                return; // "| Date | 2024-06-05 |" among the key times is the day they are on
            }
            draft.keyTimes.put(key, line.cells().get(1));
            where = KEY_NAMES.contains(key) ? key : Placement.NOTES;
            if (!KEY_NAMES.contains(key)) {
                draft.notes.add(String.join(" | ", line.cells()));
            }
            return;
        }
        if (section == Section.MEASURES || section == Section.TASKS) {
            items.addRow(tableHeader, line.cells());
            where = Placement.ACTION;
            return;
        }
        if (line.cells().size() == 2
                && field(new Labels.Labelled(line.cells().get(0), line.cells().get(1)), line)) {
            return;
        }
        draft.notes.add(prefix() + String.join(" | ", line.cells()));
        draft.unrecognised.add("table row at line " + line.number() + prefixFor());
        where = Placement.NOTES;
    }

    private void content(Line line) {
        String text = line.text().strip();
        boolean item = line.kind() == Line.Kind.ITEM;
        // The first line after a heading or "Label:" starts a paragraph even when no blank line came before it.
        boolean fresh = line.first() || freshParagraph;
        freshParagraph = false;
        where = switch (section) {
            case META, SUMMARY -> "summary";
            case IMPACT -> "impact";
            case ROOT_CAUSE -> "rootCause";
            case TRIGGER -> "trigger";
            case RESOLUTION -> "resolution";
            case CONTRIBUTING -> "contributingFactors";
            case WENT_WELL, WENT_WRONG, GOT_LUCKY -> "lessons";
            case DETECTION, CHARTS -> Placement.RECOMPUTED;
            default -> Placement.NOTES;
        };
        switch (section) {
            case META -> {
                Draft.append(preamble, text, fresh);
                preambleLines.add(line.number());
            }
            case SUMMARY -> Draft.append(draft.summary, text, fresh);
            case IMPACT -> {
                Draft.append(draft.impact, text, fresh);
                if (draft.usersPercent == null) {
                    TimeTokens.percent(text).ifPresent(p -> draft.usersPercent = p);
                }
            }
            case TIMELINE -> timeline(line, text);
            case ROOT_CAUSE -> Draft.append(draft.rootCause, text, fresh);
            case TRIGGER -> Draft.append(draft.trigger, text, fresh);
            case RESOLUTION -> Draft.append(draft.resolution, text, fresh);
            case ROOT_CAUSE_AND_RESOLUTION -> {
                // The first paragraph tells the cause, the ones after it the resolution.
                if (fresh) {
                    causeResolutionParagraphs++;
                }
                Draft.append(
                        causeResolutionParagraphs <= 1 ? draft.rootCause : draft.resolution,
                        text,
                        fresh && causeResolutionParagraphs != 2);
                where = causeResolutionParagraphs <= 1 ? "rootCause" : "resolution";
            }
            case CONTRIBUTING -> Draft.append(draft.contributing, text, fresh);
            case WENT_WELL -> Draft.append(draft.wentWell, text, fresh);
            case WENT_WRONG -> Draft.append(draft.wentWrong, text, fresh);
            case GOT_LUCKY -> Draft.append(draft.gotLucky, text, fresh);
            case MEASURES, TASKS -> {
                where = Placement.ACTION;
                if (!items.line(text, item, fresh)) {
                    // An introduction ("the following measures:") or a closing remark after the list.
                    draft.notes.add(text);
                    draft.unrecognised.add("a sentence around the action items, not an action item");
                    where = Placement.NOTES;
                }
            }
            case DETECTION -> {
                if (text.startsWith("Detected at ")
                        || TimeTokens.leadingTime(text).isPresent()) {
                    return;
                }
                draft.notes.add("Detection: " + text);
                where = Placement.NOTES;
            }
            case CHARTS -> {
                return;
            }
            case NOTES -> Draft.append(draft.notes, text, fresh);
            case KEY_TIMES, LESSONS, UNKNOWN -> {
                draft.notes.add(prefix() + text);
                draft.unrecognised.add("line " + line.number() + prefixFor());
            }
            default -> draft.notes.add(text);
        }
    }

    private void timeline(Line line, String text) {
        Optional<Draft.RawEntry> e = TimelineReader.read(text, line.number());
        where = Placement.TIMELINE;
        if (e.isPresent()) {
            lastEntry = entry(e.get()) ? e.get() : null;
        } else if (lastEntry != null && !(line.kind() == Line.Kind.ITEM && line.first())) {
            lastEntry.text().append(' ').append(text);
        } else {
            where = Placement.NOTES;
            draft.notes.add("Timeline: " + text);
            draft.unrecognised.add("timeline line " + line.number() + " has no time");
        }
    }

    /** A timeline entry (true), or an action item when its message opens with an action marker ({@code alice: TODO …}). */
    private boolean entry(Draft.RawEntry e) {
        Optional<String> action = ChatLines.actionMessage(e.text().toString());
        if (action.isPresent()) {
            items.addFromChat(action.get());
            where = Placement.ACTION;
            return false;
        }
        draft.timeline.add(e);
        where = Placement.TIMELINE;
        return true;
    }

    private String prefix() {
        return unknownName == null ? "" : unknownName.replaceAll("[:\\s]+$", "") + ": ";
    }

    private String prefixFor() {
        return unknownName == null ? "" : " (section '" + unknownName + "')";
    }

    private Draft finish() {
        if (!preamble.isEmpty()) {
            if (draft.summary.isEmpty()) {
                draft.summary.addAll(preamble);
            } else {
                preamble.forEach(p -> draft.notes.add(p));
                draft.unrecognised.add("text before the first section");
                preambleLines.forEach(n -> draft.placements.put(n, Placement.NOTES));
            }
        }
        items.build(draft);
        return draft;
    }
}
