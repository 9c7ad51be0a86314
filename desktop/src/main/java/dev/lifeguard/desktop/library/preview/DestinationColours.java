package dev.lifeguard.desktop.library.preview;

import dev.lifeguard.postmortem.importer.Placement;
import java.util.Locale;

/**
 * The colour and legend name of each destination kind. Translucent, so the same tints read on the light and the
 * dark theme.
 */
enum DestinationColours {
    INCIDENT(Placement.Kind.INCIDENT, "incident (register row)", "155, 89, 182"),
    KEY_TIME(Placement.Kind.KEY_TIME, "key time", "230, 126, 34"),
    FIELD(Placement.Kind.FIELD, "field", "52, 152, 219"),
    TIMELINE(Placement.Kind.TIMELINE, "timeline", "46, 204, 113"),
    ACTION(Placement.Kind.ACTION, "action item", "231, 76, 60"),
    NOTES(Placement.Kind.NOTES, "notes", "241, 196, 15"),
    STRUCTURE(Placement.Kind.STRUCTURE, "heading / markup", "149, 165, 166"),
    RECOMPUTED(Placement.Kind.RECOMPUTED, "recomputed", "127, 140, 141");

    private final Placement.Kind kind;
    private final String legend;
    private final String rgb;

    DestinationColours(Placement.Kind kind, String legend, String rgb) {
        this.kind = kind;
        this.legend = legend;
        this.rgb = rgb;
    }

    /** The colours of {@code kind}. */
    static DestinationColours of(Placement.Kind kind) {
        for (DestinationColours c : values()) {
            if (c.kind == kind) {
                return c;
            }
        }
        throw new IllegalArgumentException("no colour for destination kind " + kind);
    }

    /** The name in the legend. */
    String legend() {
        return legend;
    }

    /** A CSS background for a line of this kind; stronger when {@code strong} (the selected incident's lines). */
    String background(boolean strong) {
        return String.format(Locale.ROOT, "-fx-background-color: rgba(%s, %.2f);", rgb, strong ? 0.34 : 0.12);
    }
}
