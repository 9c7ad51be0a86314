package dev.lifeguard.postmortem.importer;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Sets a draft's field from a {@code Label: value} line, by the field key the {@link Vocabulary} gives the label. */
final class LabelFields {

    private LabelFields() {}

    /**
     * Sets {@code field} of {@code d} from the label's value.
     *
     * @return {@code null} when the value does not fit the field; else the section later lines continue in
     *     (root cause, trigger, resolution), or empty
     */
    static Optional<Section> set(Draft d, String field, Labels.Labelled l, int lineNumber) {
        String v = l.value();
        switch (field) {
            case "id" -> {
                if (v.matches("[A-Za-z0-9][A-Za-z0-9._-]{0,79}")) {
                    d.id = v;
                    d.idLine = lineNumber;
                } else {
                    return null;
                }
            }
            case "title" -> title(d, v, lineNumber);
            case "severity" -> d.severity = v;
            case "status" -> d.status = v;
            case "reviewStatus" -> d.recognised.add("review status (set anew on import)");
            case "services" -> split(v).forEach(d.services::add);
            case "tags" -> split(v).forEach(d.tags::add);
            case "date" -> {
                Optional<LocalDate> date = TimeTokens.firstDate(v);
                if (date.isPresent()) {
                    d.date = date.get();
                    d.dateText = l.name().strip() + ": " + v;
                    d.dateLine = lineNumber;
                } else {
                    d.notes.add(l.name() + ": " + v);
                }
            }
            case "duration" -> d.durationText = v;
            case "impact" -> {
                Draft.append(d.impact, v, true);
                TimeTokens.percent(v).ifPresent(p -> d.usersPercent = p);
            }
            case "usersAffected" ->
                TimeTokens.percent(v).ifPresentOrElse(p -> d.usersPercent = p, () -> Draft.append(d.impact, v, true));
            case "failedRequests" -> {
                String digits = v.replaceAll("[^0-9]", "");
                if (!digits.isEmpty() && digits.length() < 18) {
                    d.requestsFailed = Long.parseLong(digits);
                } else {
                    Draft.append(d.impact, l.name() + ": " + v, true);
                }
            }
            case "recomputed" -> d.recognised.add(l.name() + " (recomputed, not imported)");
            case "summary" -> Draft.append(d.summary, v, true);
            case "rootCause" -> {
                Draft.append(d.rootCause, v, true);
                return Optional.of(Section.ROOT_CAUSE);
            }
            case "trigger" -> {
                Draft.append(d.trigger, v, true);
                return Optional.of(Section.TRIGGER);
            }
            case "resolution" -> {
                Draft.append(d.resolution, v, true);
                return Optional.of(Section.RESOLUTION);
            }
            case "started", "detected", "acknowledged", "mitigated", "resolved" -> {
                d.keyTimes.put(field, v);
                if (d.date == null && !v.matches(".*\\d{1,2}:\\d{2}.*")) {
                    // "Created: 2025-05-19" states the day but no time.
                    TimeTokens.firstDate(v).ifPresent(date -> d.date = date);
                }
            }
            default -> {
                return null;
            }
        }
        return Optional.empty();
    }

    /**
     * A {@code Title:} or e-mail {@code Subject:}: the title without reply prefixes and tags ({@link TitleParts});
     * the id and severity it states count until the body states its own.
     */
    private static void title(Draft d, String value, int lineNumber) {
        TitleParts parts = TitleParts.of(value);
        d.title = parts.title();
        if (d.id == null && parts.id() != null) {
            d.id = parts.id();
            d.idLine = lineNumber;
        }
        if (d.severity == null && parts.severity() != null) {
            d.severity = parts.severity();
        }
        if (d.date == null && parts.date() != null) {
            d.date = parts.date();
        }
    }

    static List<String> split(String value) {
        List<String> out = new ArrayList<>();
        for (String part : value.split("[,;]")) {
            if (!part.isBlank()) {
                out.add(part.strip());
            }
        }
        return out;
    }
}
