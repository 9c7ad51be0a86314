package dev.lifeguard.postmortem.chart;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;
import org.jfree.svg.SVGGraphics2D;

/** Encodes a {@link ChartDrawing} as PNG or SVG, in memory or into a file named by its extension. */
public final class ChartFiles {

    /** ImageIO's PNG writer maps quality q to deflate level 9·(1 − q): 0.75 is level 2. */
    private static final float PNG_QUALITY = 0.75f;

    private ChartFiles() {}

    /** The chart as an opaque bitmap (white where the drawing leaves the background). */
    public static BufferedImage image(ChartDrawing drawing, int width, int height) {
        checkSize(width, height);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, width, height);
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            drawing.draw(g, width, height);
        } finally {
            g.dispose();
        }
        return image;
    }

    /**
     * The chart as PNG bytes. Deflate runs at a low level: charts are flat colours, so the files stay small, and
     * the default (the slowest level) would cost more than drawing the chart.
     */
    public static byte[] png(ChartDrawing drawing, int width, int height) {
        BufferedImage image = image(drawing, width, height);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
            writer.setOutput(stream);
            ImageWriteParam param = writer.getDefaultWriteParam();
            param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
            param.setCompressionQuality(PNG_QUALITY);
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a chart as PNG", e);
        } finally {
            writer.dispose();
        }
        return out.toByteArray();
    }

    /** The chart as a standalone SVG document (text stays text, so it can be searched and restyled). */
    public static String svg(ChartDrawing drawing, int width, int height) {
        checkSize(width, height);
        SVGGraphics2D g = new SVGGraphics2D(width, height);
        drawing.draw(g, width, height);
        return g.getSVGDocument();
    }

    /**
     * Writes the chart to {@code file} as SVG when its name ends in {@code .svg}, otherwise as PNG.
     *
     * @throws UncheckedIOException naming the file when it cannot be written
     */
    public static void write(ChartDrawing drawing, Path file, int width, int height) {
        try {
            if (isSvg(file)) {
                Files.writeString(file, svg(drawing, width, height), StandardCharsets.UTF_8);
            } else {
                Files.write(file, png(drawing, width, height));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart to " + file + ": " + e.getMessage(), e);
        }
    }

    /** Whether {@code file} names an SVG file. */
    public static boolean isSvg(Path file) {
        Path name = file.getFileName();
        return name != null && name.toString().toLowerCase(Locale.ROOT).endsWith(".svg");
    }

    private static void checkSize(int width, int height) {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("chart size must be positive, was " + width + "×" + height);
        }
    }
}
