package dev.lifeguard.desktop.timeline;

import dev.lifeguard.incident.TimelineKind;
import javafx.geometry.Pos;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.paint.Color;
import javafx.scene.shape.Circle;

/** A coloured dot per timeline kind (shapes, not emoji: they render with any font, even under Xvfb). */
public final class KindIcons {

    private KindIcons() {}

    /** The colour of {@code kind}, shared with the replay chart's markers. */
    public static Color color(TimelineKind kind) {
        return switch (kind) {
            case START, TRIGGER -> Color.web("#8250df");
            case DETECTION, ALERT -> Color.web("#d1242f");
            case ESCALATION -> Color.web("#bc4c00");
            case ACTION -> Color.web("#0969da");
            case MISLEADING_LEAD -> Color.web("#9a6700");
            case ROOT_CAUSE -> Color.web("#cf222e");
            case MITIGATION -> Color.web("#1a7f37");
            case RESOLUTION -> Color.web("#116329");
            case NOTE -> Color.web("#6e7781");
        };
    }

    /** A dot and the kind's label. */
    public static Node labelled(TimelineKind kind) {
        Circle dot = new Circle(5, color(kind));
        HBox box = new HBox(6, dot, new Label(kind.label()));
        box.setAlignment(Pos.CENTER_LEFT);
        return box;
    }
}
