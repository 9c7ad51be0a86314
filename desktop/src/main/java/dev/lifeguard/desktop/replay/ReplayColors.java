package dev.lifeguard.desktop.replay;

import dev.lifeguard.desktop.timeline.KindIcons;
import dev.lifeguard.incident.TimelineKind;
import java.util.Map;
import javafx.scene.paint.Color;

/** The replay's line colours, shared by the canvas and the exported chart so both read alike. */
final class ReplayColors {

    private static final Map<ReplayMetric, Color> COLORS = Map.of(
            ReplayMetric.TOTAL,
            Color.web("#8c959f"),
            ReplayMetric.ACTIVE,
            Color.web("#0969da"),
            ReplayMetric.IDLE,
            Color.web("#2da44e"),
            ReplayMetric.PENDING,
            Color.web("#e16f24"),
            ReplayMetric.MAX,
            Color.web("#cf222e"),
            ReplayMetric.ACQUIRE_P99,
            Color.web("#8250df"),
            ReplayMetric.TIMEOUTS,
            Color.web("#bf3989"));

    private ReplayColors() {}

    /** The colour of {@code metric}'s line. */
    static Color of(ReplayMetric metric) {
        return COLORS.get(metric);
    }

    /** The colour of {@code metric}'s line as opaque ARGB. */
    static int argb(ReplayMetric metric) {
        return argb(of(metric));
    }

    /** The colour of a timeline marker of {@code kind} as opaque ARGB. */
    static int argb(TimelineKind kind) {
        return argb(KindIcons.color(kind));
    }

    /** {@code color} as opaque ARGB. */
    static int argb(Color color) {
        return 0xFF000000
                | (int) Math.round(color.getRed() * 255) << 16
                | (int) Math.round(color.getGreen() * 255) << 8
                | (int) Math.round(color.getBlue() * 255);
    }
}
