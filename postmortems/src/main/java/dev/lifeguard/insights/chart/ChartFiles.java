package dev.lifeguard.insights.chart;

import java.awt.Rectangle;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import javax.imageio.ImageIO;
import org.jfree.chart.JFreeChart;
import org.jfree.svg.SVGGraphics2D;

/** Writes a chart as PNG or SVG (JFreeSVG), the format chosen by the file's extension. */
public final class ChartFiles {

    /** Width of exported charts in pixels (SVG user units). */
    public static final int WIDTH = 1000;
    /** Height of exported charts in pixels (SVG user units). */
    public static final int HEIGHT = 480;

    private ChartFiles() {}

    /**
     * Writes {@code chart} to {@code file}: SVG when its name ends in {@code .svg}, PNG when in {@code .png}.
     *
     * @throws IllegalArgumentException naming the file when its extension is neither
     * @throws UncheckedIOException     when the file cannot be written
     */
    public static void write(JFreeChart chart, Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        byte[] bytes;
        if (name.endsWith(".svg")) {
            bytes = svg(chart, WIDTH, HEIGHT).getBytes(StandardCharsets.UTF_8);
        } else if (name.endsWith(".png")) {
            bytes = png(chart, WIDTH, HEIGHT);
        } else {
            throw new IllegalArgumentException("chart file '" + file + "' must end in .png or .svg");
        }
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write chart " + file + ": " + e.getMessage(), e);
        }
    }

    /** The chart as an SVG document of {@code width} × {@code height}. */
    public static String svg(JFreeChart chart, int width, int height) {
        SVGGraphics2D g2 = new SVGGraphics2D(width, height);
        chart.draw(g2, new Rectangle(0, 0, width, height));
        return g2.getSVGDocument();
    }

    /** The chart as a PNG image of {@code width} × {@code height}. */
    public static byte[] png(JFreeChart chart, int width, int height) {
        BufferedImage image = chart.createBufferedImage(width, height, BufferedImage.TYPE_INT_RGB, null);
        ByteArrayOutputStream out = new ByteArrayOutputStream(64 * 1024);
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot encode a chart as PNG", e);
        }
        return out.toByteArray();
    }
}
