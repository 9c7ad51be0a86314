package dev.lifeguard.desktop.hazard;

import dev.lifeguard.incident.hazard.Hazard;
import dev.lifeguard.incident.hazard.RiskLevel;
import dev.lifeguard.incident.hazard.RiskMatrix;
import java.util.Locale;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.VBox;

/**
 * The clickable 5×5 matrix: likelihood (rows, very high on top) by severity (columns). A click scores
 * the initial or the residual risk, whichever is chosen; the initial cell is outlined solid, the
 * residual one dashed.
 */
final class RiskMatrixView extends VBox {

    private final Button[][] cells = new Button[5][5];
    private final RadioButton initial = new RadioButton("Score initial risk");
    private final RadioButton residual = new RadioButton("Score residual risk (after controls)");

    RiskMatrixView(HazardViewModel model) {
        setSpacing(6);
        ToggleGroup mode = new ToggleGroup();
        initial.setToggleGroup(mode);
        residual.setToggleGroup(mode);
        initial.setSelected(true);
        GridPane grid = new GridPane();
        grid.setHgap(3);
        grid.setVgap(3);
        for (int s = 1; s <= 5; s++) {
            Label label = new Label(s + " " + RiskMatrix.SEVERITY_LABELS[s - 1]);
            label.getStyleClass().add("figure-label");
            label.setMinWidth(Label.USE_PREF_SIZE);
            grid.add(label, s, 6);
        }
        for (int l = 5; l >= 1; l--) {
            Label label = new Label(l + " " + RiskMatrix.LIKELIHOOD_LABELS[l - 1]);
            label.getStyleClass().add("figure-label");
            label.setMinWidth(Label.USE_PREF_SIZE);
            grid.add(label, 0, 6 - l);
            for (int s = 1; s <= 5; s++) {
                RiskLevel level = RiskMatrix.risk(s, l);
                Button cell = new Button(level.label());
                cell.setId("risk-" + s + "-" + l);
                cell.setPrefWidth(112);
                // Narrower on a small window, never below "Very high" whole; below that the tab scrolls sideways.
                cell.setMinWidth(96);
                cell.getStyleClass().addAll("risk-cell", "risk-" + level.wire().toLowerCase(Locale.ROOT));
                cell.setTooltip(new Tooltip("Severity " + s + " (" + RiskMatrix.SEVERITY_LABELS[s - 1]
                        + ") × likelihood " + l + " (" + RiskMatrix.LIKELIHOOD_LABELS[l - 1] + ") = " + level.label()));
                int sev = s;
                int lik = l;
                cell.setOnAction(e -> {
                    if (initial.isSelected()) {
                        model.setInitialRisk(sev, lik);
                    } else {
                        model.setResidualRisk(sev, lik);
                    }
                });
                cells[s - 1][l - 1] = cell;
                grid.add(cell, s, 6 - l);
            }
        }
        Label axis = new Label("Likelihood ↑   Severity →      Solid outline: initial risk · dashed outline: residual"
                + " risk after controls");
        axis.getStyleClass().add("figure-label");
        axis.setWrapText(true);
        // The matrix keeps its size on a narrow window: the tab's scroll pane scrolls instead of squeezing it.
        setMinWidth(USE_PREF_SIZE);
        getChildren().addAll(new HBox(12, initial, residual), grid, axis);
        model.currentProperty().addListener((o, a, h) -> mark(h));
        mark(model.currentProperty().get());
    }

    private void mark(Hazard h) {
        for (int s = 1; s <= 5; s++) {
            for (int l = 1; l <= 5; l++) {
                Button cell = cells[s - 1][l - 1];
                cell.getStyleClass().removeAll("selected", "residual");
                if (h != null
                        && h.severity() != null
                        && h.severity() == s
                        && h.likelihood() != null
                        && h.likelihood() == l) {
                    cell.getStyleClass().add("selected");
                }
                if (h != null
                        && h.residualSeverity() != null
                        && h.residualSeverity() == s
                        && h.residualLikelihood() != null
                        && h.residualLikelihood() == l) {
                    cell.getStyleClass().add("residual");
                }
            }
        }
    }
}
