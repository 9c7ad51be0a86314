package dev.lifeguard.postmortem.template;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The shipped templates and user templates read from a path. A user copies a shipped template (see
 * {@link #shipped(String)}), edits it, and names the copy's path wherever a template name is accepted.
 */
public final class TemplateCatalog {

    /** The templates that ship with Lifeguard. */
    public static final List<String> NAMES = List.of("sre", "classic", "incident-log", "hazard");

    /** The template used when none is named. */
    public static final String DEFAULT = "sre";

    private TemplateCatalog() {}

    /**
     * The template called {@code nameOrPath}: a shipped name, else a file path.
     *
     * @throws IllegalArgumentException naming the shipped templates when it is neither
     */
    public static DocumentTemplate resolve(String nameOrPath) {
        if (nameOrPath == null || nameOrPath.isBlank()) {
            return shipped(DEFAULT);
        }
        if (NAMES.contains(nameOrPath)) {
            return shipped(nameOrPath);
        }
        Path path = Path.of(nameOrPath);
        if (!Files.isRegularFile(path)) {
            throw new IllegalArgumentException(
                    "template '" + nameOrPath + "' is neither a shipped template " + NAMES + " nor a readable file");
        }
        try {
            return new DocumentTemplate(path.toString(), Files.readString(path, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalArgumentException("template '" + nameOrPath + "' cannot be read: " + e.getMessage(), e);
        }
    }

    /** A shipped template by name. */
    public static DocumentTemplate shipped(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("no shipped template '" + name + "'; shipped: " + NAMES);
        }
        String resource = name + ".md.mustache";
        try (InputStream in = TemplateCatalog.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("template resource " + resource + " is missing from the jar");
            }
            return new DocumentTemplate(name, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
