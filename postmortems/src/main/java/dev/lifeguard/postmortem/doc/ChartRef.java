package dev.lifeguard.postmortem.doc;

import static java.util.Objects.requireNonNull;

/**
 * A chart as a document refers to it.
 *
 * @param title what the chart shows, used as alt text and caption
 * @param file  the image's file name, relative to the document
 */
public record ChartRef(String title, String file) {

    public ChartRef {
        requireNonNull(title, "chart 'title' is required");
        requireNonNull(file, "chart 'file' is required");
    }
}
