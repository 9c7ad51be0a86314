package dev.lifeguard.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.regex.Pattern;

/** Guesses a file's format from its first few kilobytes, and from its name when the content is ambiguous. */
final class FormatSniffer {

    private static final Pattern SAMPLE_LINE =
            Pattern.compile("[a-zA-Z_:][a-zA-Z0-9_:]*(\\{.*\\})?\\s+[-+0-9.eEInfNa]+(\\s+[0-9.]+)?");

    private FormatSniffer() {}

    static IngestFormat sniff(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(8192);
        }
        String name =
                file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return sniff(new String(head, StandardCharsets.UTF_8), name);
    }

    static IngestFormat sniff(String head, String name) {
        String text = head.startsWith("\uFEFF") ? head.substring(1) : head;
        String trimmed = text.stripLeading();
        if (trimmed.startsWith("{") || trimmed.startsWith("[")) {
            if (trimmed.contains("\"resultType\"") || trimmed.contains("\"result\"")) {
                return IngestFormat.QUERY_RANGE;
            }
            return IngestFormat.LOG; // JSON lines logs
        }
        String[] lines = trimmed.split("\r?\n");
        int samples = 0;
        int others = 0;
        int checked = 0;
        for (int i = 0; i < lines.length - 1 || (i == lines.length - 1 && text.endsWith("\n")); i++) {
            String line = lines[i].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("# HELP") || line.startsWith("# TYPE") || line.equals("# EOF")) {
                samples++;
            } else if (SAMPLE_LINE.matcher(line).matches()) {
                samples++;
            } else {
                others++;
            }
            if (++checked >= 40) {
                break;
            }
        }
        if (samples > 0 && samples >= others * 4) {
            return IngestFormat.PROMETHEUS;
        }
        if (name.endsWith(".csv") || name.endsWith(".tsv") || looksLikeCsv(lines)) {
            return IngestFormat.CSV;
        }
        return IngestFormat.LOG;
    }

    private static boolean looksLikeCsv(String[] lines) {
        if (lines.length < 2) {
            return false;
        }
        for (char d : new char[] {',', ';', '\t'}) {
            long header = lines[0].chars().filter(c -> c == d).count();
            long row = lines[1].chars().filter(c -> c == d).count();
            String h = lines[0].toLowerCase(Locale.ROOT);
            if (header >= 2 && header == row && (h.contains("time") || h.contains("date") || h.startsWith("ts"))) {
                return true;
            }
        }
        return false;
    }
}
