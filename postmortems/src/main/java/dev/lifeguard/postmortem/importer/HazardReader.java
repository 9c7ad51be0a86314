package dev.lifeguard.postmortem.importer;

import dev.lifeguard.incident.hazard.ControlType;
import dev.lifeguard.incident.hazard.Hazard;
import dev.lifeguard.incident.hazard.HazardControl;
import dev.lifeguard.incident.hazard.HazardStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads DCB0129-style hazard-log entries: one heading per field ("Hazard name", "Causes", "Harm", …), controls
 * under "Hazard controls" grouped by sub-headings (design, testing, training, business process), scores that
 * may be "TBC". Whatever has no field goes to the notes that the caller keeps on the incident.
 */
final class HazardReader {

    private static final Pattern CAMEL_LABEL = Pattern.compile("[A-Z][a-z]+(?:[A-Z][a-z]+)+");
    private static final Pattern SCORE = Pattern.compile("^\\s*\\[?([1-5])\\]?\\b");

    private HazardReader() {}

    /** True when the lines look like a hazard-log entry. */
    static boolean looksLikeHazard(List<Line> lines) {
        return lines.stream()
                .anyMatch(l -> l.kind() == Line.Kind.HEADING
                        && Section.normalise(l.text()).equals("hazard name"));
    }

    /** Reads every hazard in {@code lines}; a new one starts at each "Hazard name" heading. */
    static List<Hazard> read(List<Line> lines, List<String> notes, List<String> warnings, List<String> recognised) {
        List<Hazard> out = new ArrayList<>();
        List<List<Line>> parts = new ArrayList<>();
        String pendingId = null;
        List<String> ids = new ArrayList<>();
        for (Line l : lines) {
            String key = l.kind() == Line.Kind.HEADING ? Section.normalise(l.text()) : "";
            if (key.startsWith("hazard ") && l.level() == 1 && !key.equals("hazard name")) {
                Matcher id = Pattern.compile("(?i)\\b([A-Z]{2,6}-\\d{1,6})\\b").matcher(l.text());
                pendingId = id.find() ? id.group(1) : null;
                continue;
            }
            if (key.equals("hazard name")) {
                parts.add(new ArrayList<>());
                ids.add(pendingId);
                pendingId = null;
            }
            if (!parts.isEmpty()) {
                parts.get(parts.size() - 1).add(l);
            } else if (l.kind() != Line.Kind.HEADING && !l.text().isBlank()) {
                notes.add(l.text().strip());
            }
        }
        for (int i = 0; i < parts.size(); i++) {
            String id = ids.get(i) != null ? ids.get(i) : String.format(Locale.ROOT, "HAZ-%03d", i + 1);
            out.add(one(id, parts.get(i), notes, warnings));
            recognised.add("hazard " + id + ": " + out.get(i).name() + " with "
                    + out.get(i).controls().size() + " controls");
        }
        return out;
    }

    private static Hazard one(String id, List<Line> lines, List<String> notes, List<String> warnings) {
        String field = "";
        ControlType controlType = null;
        String name = null;
        List<String> description = new Paragraphs();
        List<String> causes = new Paragraphs();
        List<String> effect = new Paragraphs();
        List<String> hazard = new Paragraphs();
        List<String> harm = new Paragraphs();
        List<String> types = new ArrayList<>();
        List<String> existing = new Paragraphs();
        List<HazardControl> controls = new ArrayList<>();
        List<String> code = new ArrayList<>();
        Integer[] scores = new Integer[4];
        HazardStatus status = HazardStatus.DRAFT;
        String assignment = null;
        for (Line l : lines) {
            if (l.kind() == Line.Kind.HEADING) {
                String key = Section.normalise(l.text());
                ControlType ct = controlType(key);
                if (ct != null && field.startsWith("hazard controls")) {
                    controlType = ct;
                } else {
                    field = key;
                    controlType = null;
                }
                continue;
            }
            String text = l.text().strip();
            if (text.isEmpty()) {
                continue;
            }
            boolean fresh = l.first();
            switch (field) {
                case "hazard name" -> name = name == null ? text : name + " " + text;
                case "description" -> Draft.append(description, text, fresh);
                case "causes", "cause" -> Draft.append(causes, text, fresh);
                case "effect" -> Draft.append(effect, text, fresh);
                case "hazard" -> Draft.append(hazard, text, fresh);
                case "harm" -> Draft.append(harm, text, fresh);
                case "hazard type", "hazard types" -> types.add(text);
                case "existing controls" -> Draft.append(existing, text, fresh);
                case "assignment" -> assignment = assignment == null ? text : assignment + " " + text;
                case "code associated with hazard" -> code.add(text);
                case "severity scoring" -> scores[0] = score(text, "severity", notes);
                case "likelihood scoring" -> scores[1] = score(text, "likelihood", notes);
                case "hazard status" -> {
                    status = status(text, warnings);
                    if (!text.equalsIgnoreCase(status.label()) && !text.equalsIgnoreCase(status.wire())) {
                        notes.add("Hazard status: " + text);
                    }
                }
                case "initial risk", "residual hazard risk assessment" -> risk(field, l, scores, notes);
                case "risk matrix" -> {
                    // The matrix is computed from the scores; nothing to read back.
                }
                default -> {
                    if (field.startsWith("hazard controls") && controlType != null) {
                        control(controlType, text, l, controls, types, warnings);
                    } else {
                        notes.add(heading(field) + text);
                    }
                }
            }
        }
        if (name == null) {
            warnings.add("hazard " + id + " has no name; named 'Unnamed hazard'");
            name = "Unnamed hazard";
        }
        return new Hazard(
                id,
                name,
                Draft.joined(description),
                causes,
                Draft.joined(effect),
                Draft.joined(hazard),
                Draft.joined(harm),
                types,
                Draft.joined(existing),
                controls,
                scores[0],
                scores[1],
                scores[2],
                scores[3],
                status,
                assignment,
                code);
    }

    private static void control(
            ControlType type,
            String text,
            Line l,
            List<HazardControl> controls,
            List<String> types,
            List<String> warnings) {
        if (l.kind() == Line.Kind.ITEM && CAMEL_LABEL.matcher(text).matches()) {
            // A bare "SystemUnavailable" among controls is a hazard-type label filed in the wrong place.
            types.add(text);
            warnings.add("'" + text + "' at line " + l.number() + " looks like a hazard type, not a control;"
                    + " moved to hazard types");
            return;
        }
        if (!l.first()
                && !controls.isEmpty()
                && controls.get(controls.size() - 1).type() == type) {
            HazardControl last = controls.remove(controls.size() - 1);
            controls.add(new HazardControl(type, last.text() + " " + text, last.implemented(), last.evidence()));
            return;
        }
        boolean implemented = text.toLowerCase(Locale.ROOT).startsWith("[implemented]");
        String body = implemented ? text.substring("[implemented]".length()).strip() : text;
        controls.add(new HazardControl(type, body.isEmpty() ? text : body, implemented, null));
    }

    private static void risk(String field, Line l, Integer[] scores, List<String> notes) {
        boolean residual = field.startsWith("residual");
        Labels.of(l)
                .ifPresentOrElse(
                        label -> {
                            String key = Section.normalise(label.name());
                            if (key.startsWith("severity")) {
                                scores[residual ? 2 : 0] = score(label.value(), "severity", notes);
                            } else if (key.startsWith("likelihood")) {
                                scores[residual ? 3 : 1] = score(label.value(), "likelihood", notes);
                            } else if (!key.equals("risk")) {
                                notes.add(heading(field) + l.text());
                            }
                        },
                        () -> notes.add(heading(field) + l.text()));
    }

    private static Integer score(String text, String what, List<String> notes) {
        Matcher m = SCORE.matcher(text);
        if (m.find()) {
            return Integer.parseInt(m.group(1));
        }
        if (!text.toUpperCase(Locale.ROOT).startsWith("TBC")) {
            notes.add("Hazard " + what + " scoring: " + text);
        }
        return null;
    }

    private static HazardStatus status(String text, List<String> warnings) {
        String t = text.toLowerCase(Locale.ROOT);
        for (HazardStatus s : HazardStatus.values()) {
            if (t.startsWith(s.label().toLowerCase(Locale.ROOT)) || t.startsWith(s.wire())) {
                return s;
            }
        }
        warnings.add("hazard status '" + text + "' not understood; set to draft");
        return HazardStatus.DRAFT;
    }

    private static ControlType controlType(String key) {
        if (key.startsWith("design")) {
            return ControlType.DESIGN;
        }
        if (key.startsWith("testing") || key.startsWith("test")) {
            return ControlType.TESTING;
        }
        if (key.startsWith("training")) {
            return ControlType.TRAINING;
        }
        if (key.startsWith("business")) {
            return ControlType.BUSINESS_PROCESS;
        }
        return null;
    }

    private static String heading(String field) {
        return field.isEmpty() ? "" : Character.toUpperCase(field.charAt(0)) + field.substring(1) + ": ";
    }
}
