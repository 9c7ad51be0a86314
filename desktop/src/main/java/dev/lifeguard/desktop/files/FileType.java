package dev.lifeguard.desktop.files;

import static java.util.Objects.requireNonNull;

import java.util.Locale;

/**
 * One kind of file a save dialog offers.
 *
 * @param description what the dialog shows, e.g. "PDF document"
 * @param extension   without the dot, e.g. {@code pdf}
 */
public record FileType(String description, String extension) {

    public FileType {
        requireNonNull(description, "description");
        requireNonNull(extension, "extension");
        if (extension.isBlank() || extension.startsWith(".") || extension.contains("*")) {
            throw new IllegalArgumentException("extension must be bare, like \"pdf\", not \"" + extension + "\"");
        }
        extension = extension.toLowerCase(Locale.ROOT);
    }

    /** True when {@code fileName} ends with this type's extension (any case). */
    public boolean matches(String fileName) {
        return fileName.toLowerCase(Locale.ROOT).endsWith("." + extension);
    }
}
