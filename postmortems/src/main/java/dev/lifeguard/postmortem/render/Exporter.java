package dev.lifeguard.postmortem.render;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.postmortem.chart.ChartImage;
import dev.lifeguard.postmortem.template.DocumentTemplate;
import dev.lifeguard.postmortem.template.TemplateCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Writes an incident's document in any {@link ExportFormat}: the one entry point the CLI and console use. */
public final class Exporter {

    private final MarkdownExporter markdown = new MarkdownExporter();
    private final HtmlExporter html = new HtmlExporter();
    private final PdfExporter pdf = new PdfExporter();

    /**
     * Renders {@code incident} as {@code format} with the template named {@code template} (a shipped name or a
     * path; {@code null} for the default) into {@code out}. Markdown also writes its chart PNGs beside {@code out}.
     *
     * @return every file written, the document first
     * @throws IllegalArgumentException when the template cannot be found or compiled
     * @throws UncheckedIOException     when a file cannot be written
     */
    public List<Path> export(Incident incident, ExportFormat format, String template, Path out) {
        DocumentTemplate tpl = TemplateCatalog.resolve(template);
        return write(markdown.render(incident, tpl), format, out);
    }

    /**
     * Writes an already rendered document as {@code format} into {@code out}. Markdown also writes its chart PNGs
     * beside {@code out}, named by {@link ChartImage#fileName(String)} of the document's id.
     *
     * @return every file written, the document first
     * @throws UncheckedIOException when a file cannot be written
     */
    public List<Path> write(RenderedDocument doc, ExportFormat format, Path out) {
        List<Path> written = new ArrayList<>();
        try {
            Path parent = out.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            switch (format) {
                case MD -> {
                    Files.writeString(out, doc.markdown(), StandardCharsets.UTF_8);
                    written.add(out);
                    for (ChartImage chart : doc.charts()) {
                        Path png = out.resolveSibling(chart.fileName(doc.incidentId()));
                        Files.write(png, chart.png());
                        written.add(png);
                    }
                }
                case HTML -> {
                    Files.writeString(out, html.toHtml(doc), StandardCharsets.UTF_8);
                    written.add(out);
                }
                case PDF -> {
                    Files.write(out, pdf.toPdf(html.toHtml(doc)));
                    written.add(out);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + out + ": " + e.getMessage(), e);
        }
        return written;
    }

    /**
     * The document as text in memory: Markdown without charts (they need files beside it), or HTML with its
     * charts inline. PDF is binary, use {@link #pdfBytes}.
     */
    public String text(Incident incident, ExportFormat format, String template) {
        DocumentTemplate tpl = TemplateCatalog.resolve(template);
        return switch (format) {
            case MD -> markdown.render(incident, tpl, List.of()).markdown();
            case HTML -> html.toHtml(markdown.render(incident, tpl));
            case PDF -> throw new IllegalArgumentException("PDF is binary; use pdfBytes");
        };
    }

    /** The PDF document in memory. */
    public byte[] pdfBytes(Incident incident, String template) {
        return pdf.toPdf(html.toHtml(markdown.render(incident, TemplateCatalog.resolve(template))));
    }
}
