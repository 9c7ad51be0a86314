package dev.lifeguard.postmortem.redact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The secret forms' samples, {@code src/test/resources/redaction/secret-forms.tsv}: one line per form variant with
 * the secret parts that must never survive. Other modules' tests read the same file (by path) so every way in is
 * tried with the same table.
 *
 * @param kind    the kind the redactor reports
 * @param text    text holding the secret (may span lines)
 * @param secrets the parts that must be gone after redaction
 */
public record SecretSamples(String kind, String text, List<String> secrets) {

    /** The table, read from {@code file} (the module's own copy is {@code src/test/resources/redaction/…}). */
    public static List<SecretSamples> load(Path file) {
        try {
            List<SecretSamples> out = new ArrayList<>();
            for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] cells = line.split("\t");
                out.add(new SecretSamples(cells[0], unescape(cells[1]), Arrays.asList(cells[2].split(" "))));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** This module's table. */
    public static List<SecretSamples> all() {
        return load(Path.of("src/test/resources/redaction/secret-forms.tsv"));
    }

    private static String unescape(String cell) {
        StringBuilder out = new StringBuilder(cell.length());
        for (int i = 0; i < cell.length(); i++) {
            char c = cell.charAt(i);
            if (c == '\\' && i + 1 < cell.length()) {
                char next = cell.charAt(++i);
                out.append(next == 'n' ? '\n' : next);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    @Override
    public String toString() {
        return kind + ": " + text.lines().findFirst().orElse("");
    }
}
