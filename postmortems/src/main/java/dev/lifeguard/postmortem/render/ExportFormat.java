package dev.lifeguard.postmortem.render;

import java.util.Locale;

/** The document formats Lifeguard writes. */
public enum ExportFormat {
    /** Markdown with chart PNGs written beside it. */
    MD("md"),
    /** One self-contained HTML file, styles and charts inline. */
    HTML("html"),
    /** PDF rendered from the same HTML. */
    PDF("pdf");

    private final String extension;

    ExportFormat(String extension) {
        this.extension = extension;
    }

    /** The usual file extension, without the dot. */
    public String extension() {
        return extension;
    }

    /**
     * The format spelled {@code text} ({@code md}, {@code markdown}, {@code html}, {@code pdf}).
     *
     * @throws IllegalArgumentException listing the accepted spellings
     */
    public static ExportFormat of(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        return switch (t) {
            case "md", "markdown" -> MD;
            case "html", "htm" -> HTML;
            case "pdf" -> PDF;
            default -> throw new IllegalArgumentException("format '" + text + "' is not one of md, html, pdf");
        };
    }
}
