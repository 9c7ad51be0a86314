package dev.lifeguard.postmortem.importer;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.IncidentIds;
import dev.lifeguard.incident.IncidentStatus;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.hazard.Hazard;
import dev.lifeguard.postmortem.redact.Redacted;
import dev.lifeguard.postmortem.redact.Redactor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Imports Markdown and plain-text postmortems, incident logs holding several incidents, and hazard-log
 * entries. Secrets are masked before anything is read; whatever cannot be placed is kept in the incident's
 * notes; the {@link ImportReport} says what was recognised, kept, warned about and redacted.
 */
public final class DocumentImporter {

    /** Larger inputs are refused: no postmortem is this big, and parsing must stay quick. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

    private static final Pattern ENTRY_HEADING =
            Pattern.compile("(?i).*(\\b[A-Z]{2,10}-[A-Z0-9._-]*\\d[A-Z0-9._-]*\\b|\\b\\d{4}-\\d{2}-\\d{2}\\b).*");

    private final Clock clock;

    /** An importer that dates undated documents by {@code clock}. */
    public DocumentImporter(Clock clock) {
        this.clock = clock;
    }

    /**
     * Imports a file.
     *
     * @throws ImportException when it cannot be read or is not a text document
     */
    public ImportResult importFile(Path file) throws ImportException {
        byte[] bytes;
        try {
            if (Files.size(file) > MAX_BYTES) {
                throw new ImportException(file.toString(), "larger than " + MAX_BYTES / (1024 * 1024) + " MB");
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException(file.toString(), "no such file");
        } catch (IOException e) {
            throw new ImportException(file.toString(), "cannot read: " + e.getMessage());
        }
        return importBytes(bytes, file.getFileName().toString());
    }

    /** Imports raw bytes (UTF-8 or Windows-1252) named {@code source} in messages. */
    public ImportResult importBytes(byte[] bytes, String source) throws ImportException {
        if (bytes.length > MAX_BYTES) {
            throw new ImportException(source, "larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        List<String> repairs = new ArrayList<>();
        return importText(TextRepair.decode(bytes, repairs), source, repairs);
    }

    /** Imports already decoded text. */
    public ImportResult importText(String text, String source) throws ImportException {
        List<String> repairs = new ArrayList<>();
        return importText(TextRepair.repair(text, repairs), source, repairs);
    }

    private ImportResult importText(String text, String source, List<String> repairs) throws ImportException {
        if (text.isBlank()) {
            throw new ImportException(source, "the document is empty");
        }
        if (binary(text)) {
            throw new ImportException(source, "not a text document (it contains control bytes)");
        }
        Redacted redacted = Redactor.redact(text);
        String clean = redacted.text();
        List<Line> lines = MarkdownLines.parse(clean, repairs);
        LocalDate today = LocalDate.now(clock);
        try {
            if (HazardReader.looksLikeHazard(lines)) {
                return hazards(lines, clean, source, today, repairs, redacted);
            }
            List<List<Line>> entries = splitLog(lines);
            List<Incident> incidents = new ArrayList<>();
            List<String> recognised = new ArrayList<>();
            List<String> unrecognised = new ArrayList<>();
            List<String> warnings = new ArrayList<>(repairs);
            for (List<Line> entry : entries) {
                Draft d = PostmortemReader.read(entry);
                Incident incident = DraftBuilder.build(d, source, today, entries.size() == 1 ? clean : text(entry));
                incidents.add(incident);
                String prefix = entries.size() == 1 ? "" : incident.id() + ": ";
                d.recognised.forEach(r -> recognised.add(prefix + r));
                d.unrecognised.forEach(r -> unrecognised.add(prefix + r));
                d.warnings.forEach(r -> warnings.add(prefix + r));
            }
            String kind = entries.size() > 1 ? "incident-log" : "postmortem";
            return new ImportResult(
                    incidents,
                    new ImportReport(source, kind, recognised, unrecognised, warnings, redacted.redactions()));
        } catch (IllegalArgumentException e) {
            // The readers keep every value valid; reaching here is a bug, but the user still gets a message.
            throw new ImportException(source, "could not build an incident: " + e.getMessage());
        }
    }

    private ImportResult hazards(
            List<Line> lines, String clean, String source, LocalDate today, List<String> repairs, Redacted redacted) {
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>(repairs);
        List<String> recognised = new ArrayList<>();
        List<Hazard> hazards = HazardReader.read(lines, notes, warnings, recognised);
        String title =
                hazards.size() == 1 ? "Hazard: " + hazards.get(0).name() : "Hazard log: " + hazards.size() + " hazards";
        Incident incident = Incident.builder(IncidentIds.newId(today), title, Severity.SEV3)
                .status(IncidentStatus.ACTIVE)
                .summary(hazards.get(0).description())
                .hazards(hazards)
                .notes(notes)
                .tags(List.of("hazard-log"))
                .build();
        List<String> unrecognised = notes.isEmpty()
                ? List.of()
                : List.of(notes.size() + " lines without a hazard" + " field (kept in notes)");
        return new ImportResult(
                List.of(incident),
                new ImportReport(source, "hazard-log", recognised, unrecognised, warnings, redacted.redactions()));
    }

    /**
     * Splits an incident log into entries: headings of one level that each name an incident id or a date, with
     * at least two of them (or one followed by incident-log fields). Otherwise the document is one incident.
     */
    static List<List<Line>> splitLog(List<Line> lines) {
        for (int depth = 1; depth <= 3; depth++) {
            final int level = depth;
            List<Integer> starts = new ArrayList<>();
            for (int i = 0; i < lines.size(); i++) {
                Line l = lines.get(i);
                if (l.kind() == Line.Kind.HEADING
                        && l.level() == level
                        && ENTRY_HEADING.matcher(l.text()).matches()
                        && Section.of(l.text()).isEmpty()) {
                    starts.add(i);
                }
            }
            boolean otherHeadingsAtLevel = lines.stream()
                    .anyMatch(l -> l.kind() == Line.Kind.HEADING
                            && l.level() == level
                            && !ENTRY_HEADING.matcher(l.text()).matches()
                            && Section.of(l.text()).isPresent());
            if (starts.size() >= 2 && !otherHeadingsAtLevel) {
                List<List<Line>> entries = new ArrayList<>();
                for (int k = 0; k < starts.size(); k++) {
                    int end = k + 1 < starts.size() ? starts.get(k + 1) : lines.size();
                    entries.add(new ArrayList<>(lines.subList(starts.get(k), end)));
                }
                // Text before the first entry (the log's own title) is not part of any incident.
                return entries;
            }
        }
        return List.of(lines);
    }

    private static String text(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        lines.forEach(l -> sb.append(l.text()).append('\n'));
        return sb.toString();
    }

    private static boolean binary(String text) {
        int control = 0;
        int limit = Math.min(text.length(), 8192);
        for (int i = 0; i < limit; i++) {
            char c = text.charAt(i);
            if (c == 0 || (c < 0x20 && c != '\n' && c != '\t' && c != '\f') || c == '\uFFFD') {
                control++;
            }
        }
        return control > limit / 20 || text.indexOf('\0') >= 0;
    }
}
