package dev.lifeguard.postmortem.importer;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** The sections of a postmortem the importer recognises, by the headings and labels people use for them. */
enum Section {
    META(List.of("metadata", "details", "incident details", "overview table")),
    SUMMARY(List.of(
            "issue summary",
            "summary",
            "executive summary",
            "overview",
            "description",
            "what happened",
            "incident summary",
            "symptoms")),
    IMPACT(List.of("impact", "customer impact", "user impact", "business impact")),
    KEY_TIMES(List.of("key times", "key timestamps", "timestamps")),
    TIMELINE(List.of("timeline", "incident timeline", "chronology", "sequence of events", "events")),
    ROOT_CAUSE(List.of("root cause", "root causes", "cause", "causes", "root cause analysis")),
    ROOT_CAUSE_AND_RESOLUTION(List.of("root cause and resolution", "cause and resolution")),
    TRIGGER(List.of("trigger")),
    RESOLUTION(List.of("resolution", "resolution and recovery", "recovery", "mitigation", "fix", "remediation")),
    DETECTION(List.of("detection", "how it was detected")),
    CONTRIBUTING(List.of("contributing factors", "contributing factor")),
    MEASURES(List.of(
            "corrective and preventative measures",
            "corrective and preventive measures",
            "corrective measures",
            "preventative measures",
            "preventive measures",
            "improvements/fixes",
            "improvements",
            "fixes",
            "follow-up",
            "follow-ups",
            "follow up",
            "next steps",
            "action items",
            "actions",
            "remediation items",
            "action plan")),
    TASKS(List.of("tasks", "tasks to address the issue", "todo", "to do")),
    WENT_WELL(List.of("what went well", "went well")),
    WENT_WRONG(List.of("what went wrong", "went wrong", "what didn't go well", "what did not go well")),
    GOT_LUCKY(List.of("where we got lucky", "got lucky", "where we were lucky")),
    LESSONS(List.of("lessons", "lessons learned", "lessons learnt")),
    CHARTS(List.of("charts", "graphs")),
    NOTES(List.of("notes")),
    /** A heading nobody recognised: its content goes to the incident's notes. */
    UNKNOWN(List.of());

    private final List<String> names;

    Section(List<String> names) {
        this.names = names;
    }

    /** The section a heading or label names, ignoring case, emoji, numbering, a trailing colon, "(…)". */
    static Optional<Section> of(String heading) {
        String key = normalise(heading);
        for (Section s : values()) {
            if (s.names.contains(key)) {
                return Optional.of(s);
            }
        }
        // "Timeline (all times Greenwich Mean Time)" and "Root Cause Analysis – database" still count.
        for (Section s : List.of(TIMELINE, ROOT_CAUSE_AND_RESOLUTION, MEASURES, TASKS)) {
            for (String name : s.names) {
                if (key.startsWith(name + " ")) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /** Lower case, letters, digits, spaces and '/' '-' '\'' only, parenthesised parts and numbering removed. */
    static String normalise(String text) {
        String t = text.toLowerCase(Locale.ROOT).replaceAll("\\([^)]*\\)", " ");
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (Character.isLetterOrDigit(c) || c == '/' || c == '-' || c == '\'') {
                sb.append(c);
            } else {
                sb.append(' ');
            }
        }
        String out = sb.toString().trim().replaceAll("\\s+", " ");
        // "1. Summary", "2 Timeline": numbered headings.
        return out.replaceFirst("^\\d+ ", "").replaceFirst("^(section|part) \\d+ ", "");
    }
}
