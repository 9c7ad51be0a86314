package dev.lifeguard.postmortem.render;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;
import com.openhtmltopdf.util.XRLog;
import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Renders the XHTML of {@link HtmlExporter} to PDF with openhtmltopdf (PDFBox). */
public final class PdfExporter {

    /** Fonts with arrows, dashes and accented letters; the PDF base fonts lack them. Used when installed. */
    private static final List<String[]> FONTS = List.of(
            new String[] {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf", "400", "normal"},
            new String[] {"/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf", "700", "normal"},
            new String[] {"/usr/share/fonts/truetype/dejavu/DejaVuSans-Oblique.ttf", "400", "italic"},
            new String[] {"/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf", "400", "mono"});

    /** Held so the level set below is not lost when the logger is garbage collected. */
    private static final Logger PDFBOX_LOG = Logger.getLogger("org.apache.pdfbox");

    static {
        // openhtmltopdf logs every CSS property it does not know, and PDFBox every base-14 font it substitutes;
        // neither helps a user, and a CLI must not print them.
        XRLog.setLoggingEnabled(false);
        PDFBOX_LOG.setLevel(Level.SEVERE);
    }

    /** The PDF of {@code xhtml}. */
    public byte[] toPdf(String xhtml) {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 * 1024);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        for (String[] font : FONTS) {
            File file = new File(font[0]);
            if (file.isFile()) {
                String family = font[2].equals("mono") ? "DejaVu Sans Mono" : "DejaVu Sans";
                builder.useFont(
                        file,
                        family,
                        Integer.parseInt(font[1]),
                        font[2].equals("italic")
                                ? PdfRendererBuilder.FontStyle.ITALIC
                                : PdfRendererBuilder.FontStyle.NORMAL,
                        true);
            }
        }
        builder.withHtmlContent(xhtml, null);
        builder.toStream(out);
        try {
            builder.run();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot render the PDF", e);
        }
        return out.toByteArray();
    }
}
