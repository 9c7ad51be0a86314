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
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Imports Markdown and plain-text postmortems, incident logs holding several incidents, and hazard-log
 * entries. Secrets are masked before anything is read; whatever cannot be placed is kept in the incident's
 * notes; the {@link ImportReport} says what was recognised, kept, warned about and redacted.
 */
public final class DocumentImporter {

    /** Larger inputs are refused: no postmortem is this big, and parsing must stay quick. */
    public static final int MAX_BYTES = 5 * 1024 * 1024;

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
        return importFile(file, Map.of());
    }

    /**
     * Imports a file with some lines retargeted by a person (the import preview): each line in {@code retargets}
     * goes where it says instead of where the readers would put it, and the incidents are built from that.
     *
     * @throws ImportException when it cannot be read or is not a text document
     */
    public ImportResult importFile(Path file, Map<Integer, Retarget> retargets) throws ImportException {
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
        return importBytes(bytes, String.valueOf(file.getFileName()), retargets);
    }

    /** Imports raw bytes (UTF-8 or Windows-1252) named {@code source} in messages. */
    public ImportResult importBytes(byte[] bytes, String source) throws ImportException {
        return importBytes(bytes, source, Map.of());
    }

    /** Imports raw bytes with some lines retargeted (see {@link #importFile(Path, Map)}). */
    public ImportResult importBytes(byte[] bytes, String source, Map<Integer, Retarget> retargets)
            throws ImportException {
        if (bytes.length > MAX_BYTES) {
            throw new ImportException(source, "larger than " + MAX_BYTES / (1024 * 1024) + " MB");
        }
        List<String> repairs = new ArrayList<>();
        return importText(TextRepair.decode(bytes, repairs), source, repairs, new Retargeting(retargets));
    }

    /** Imports already decoded text. */
    public ImportResult importText(String text, String source) throws ImportException {
        List<String> repairs = new ArrayList<>();
        return importText(TextRepair.repair(text, repairs), source, repairs, new Retargeting(Map.of()));
    }

    private ImportResult importText(String text, String source, List<String> repairs, Retargeting retargeting)
            throws ImportException {
        if (text.isBlank()) {
            throw new ImportException(source, "the document is empty");
        }
        if (binary(text)) {
            throw new ImportException(source, "not a text document (it contains control bytes)");
        }
        Redacted redacted = Redactor.redact(text);
        String clean = redacted.text();
        List<Line> lines = MarkdownLines.parse(FrontMatter.unfence(clean), repairs);
        LocalDate today = LocalDate.now(clock);
        try {
            if (HazardReader.looksLikeHazard(lines)) {
                return hazards(lines, clean, source, today, repairs, redacted);
            }
            List<Draft> drafts = new ArrayList<>();
            List<Line> outside = new ArrayList<>();
            String kind = read(retargeting.withheld(lines), drafts, outside);
            retargeting.apply(drafts, lines);
            boolean single = drafts.size() == 1 && outside.isEmpty();
            checkUniqueIds(drafts, source);
            List<Incident> incidents = new ArrayList<>();
            List<String> recognised = new ArrayList<>();
            List<String> unrecognised = new ArrayList<>();
            List<String> warnings = new ArrayList<>(repairs);
            List<Placement> placements = new ArrayList<>();
            for (Draft d : drafts) {
                Incident incident =
                        DraftBuilder.build(d, source, today, single ? withoutActions(d, clean) : text(d, lines));
                int index = incidents.size();
                incidents.add(incident);
                String prefix = drafts.size() == 1 ? "" : incident.id() + ": ";
                d.recognised.forEach(r -> recognised.add(prefix + r));
                d.unrecognised.forEach(r -> unrecognised.add(prefix + r));
                d.warnings.forEach(r -> warnings.add(prefix + r));
                d.placements.forEach((line, where) -> placements.add(new Placement(line, index, where, "-")));
            }
            Conservation.account(clean, outside, incidents, placements, unrecognised);
            return new ImportResult(
                    incidents,
                    new ImportReport(source, kind, recognised, unrecognised, warnings, redacted.redactions()),
                    placements);
        } catch (IllegalArgumentException e) {
            // The readers keep every value valid; reaching here is a bug, but the user still gets a message.
            throw new ImportException(source, "could not build an incident: " + e.getMessage());
        }
    }

    /**
     * Reads the drafts of a document: one per register row, else one per entry of an incident log, else one.
     * Lines that belong to no incident (a log's own title) go to {@code outside}.
     *
     * @return what the document was read as
     */
    private static String read(List<Line> lines, List<Draft> drafts, List<Line> outside) {
        for (int i = 0; i < lines.size(); i++) {
            Optional<Map<String, Integer>> columns = RegisterReader.header(lines.get(i));
            if (columns.isEmpty()) {
                continue;
            }
            int end = i + 1;
            while (end < lines.size()
                    && lines.get(end).kind() == Line.Kind.ROW
                    && !lines.get(end).header()) {
                drafts.add(RegisterReader.row(lines.get(i), columns.get(), lines.get(end)));
                end++;
            }
            if (drafts.isEmpty()) {
                continue;
            }
            outside.addAll(lines.subList(0, i + 1));
            outside.addAll(lines.subList(end, lines.size()));
            documentDate(lines.subList(0, i), drafts);
            return "incident-register";
        }
        Entries.Split split = Entries.split(lines);
        outside.addAll(split.preamble());
        split.entries().forEach(entry -> drafts.add(PostmortemReader.read(entry)));
        documentDate(split.preamble(), drafts);
        // The log's own heading names every entry that has neither a title nor a text to take one from.
        split.preamble().stream()
                .filter(l -> l.kind() == Line.Kind.HEADING)
                .reduce((a, b) -> b)
                .ifPresent(h -> drafts.forEach(d -> d.headingAbove = h.text().strip()));
        return drafts.size() > 1 ? "incident-log" : "postmortem";
    }

    /**
     * A {@code Date:} label above a log's entries or a register's table is the day of every entry that states
     * none: its time-only times are on that day. The label's line is placed with the first incident.
     */
    private static void documentDate(List<Line> preamble, List<Draft> drafts) {
        for (Line l : preamble) {
            Optional<LocalDate> day = Labels.of(l)
                    .filter(x -> Vocabulary.get()
                            .label(Section.normalise(x.name()))
                            .filter("date"::equals)
                            .isPresent())
                    .flatMap(x -> TimeTokens.firstDate(x.value()));
            if (day.isPresent() && l.number() > 0 && !drafts.isEmpty()) {
                drafts.forEach(d -> d.documentDate = day.get());
                drafts.get(0).placements.put(l.number(), "date");
                return;
            }
        }
    }

    /** Two entries stating the same id are an error naming both lines: nothing is imported. */
    private static void checkUniqueIds(List<Draft> drafts, String source) throws ImportException {
        Map<String, Integer> seen = new HashMap<>();
        for (Draft d : drafts) {
            if (d.id == null) {
                continue;
            }
            int line = d.idLine > 0 ? d.idLine : d.headingTitleLine;
            Integer before = seen.putIfAbsent(d.id, line);
            if (before != null) {
                throw new ImportException(
                        source,
                        "incident id '" + d.id + "' is stated twice, at line " + before + " and at line " + line
                                + "; nothing was imported");
            }
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
        List<String> unrecognised = new ArrayList<>();
        if (!notes.isEmpty()) {
            unrecognised.add(notes.size() + " lines without a hazard" + " field (kept in notes)");
        }
        List<Placement> placements = new ArrayList<>();
        for (Line l : lines) {
            if (l.number() > 0 && !l.text().isBlank()) {
                boolean inNotes =
                        notes.stream().anyMatch(n -> n.contains(l.text().strip()));
                String where = l.kind() == Line.Kind.HEADING ? Placement.HEADING : inNotes ? Placement.NOTES : "hazard";
                placements.add(new Placement(l.number(), 0, where, "-"));
            }
        }
        List<Incident> incidents = new ArrayList<>(List.of(incident));
        Conservation.account(clean, List.of(), incidents, placements, unrecognised);
        return new ImportResult(
                incidents,
                new ImportReport(source, "hazard-log", recognised, unrecognised, warnings, redacted.redactions()),
                placements);
    }

    /**
     * The document without its action items: where a single incident searches for its date and zone, since an
     * action's due date is not the day of the incident.
     */
    private static String withoutActions(Draft d, String clean) {
        StringBuilder sb = new StringBuilder();
        int number = 0;
        for (String line : clean.split("\n", -1)) {
            number++;
            if (!Placement.ACTION.equals(d.placements.get(number))) {
                sb.append(line).append('\n');
            }
        }
        return sb.toString();
    }

    /** The text of the lines a draft placed, action items aside: where an entry searches for its date and zone. */
    private static String text(Draft d, List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            if (d.placements.containsKey(l.number()) && !Placement.ACTION.equals(d.placements.get(l.number()))) {
                sb.append(l.text()).append('\n');
            }
        }
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
