package dev.lifeguard.desktop.workspace;

import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;

/**
 * Asks which value to keep for each field both sides changed: per field, mine and theirs side by side with who wrote
 * each, a choice of one. Its result is the set of fields whose value of mine is kept (empty: theirs everywhere);
 * Cancel leaves the conflict pending.
 */
public final class ConflictDialog extends Dialog<Set<String>> {

    /** The button that saves the choice. */
    public static final ButtonType SAVE = new ButtonType("Save my choice", ButtonBar.ButtonData.OK_DONE);

    public ConflictDialog(ConflictChoices choices) {
        setTitle("Changed on both sides: " + choices.incidentId());
        setHeaderText("Someone else changed the same fields of " + choices.incidentId()
                + ". Choose, for each field, which value to keep; every other change of both sides is kept.");
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(8);
        grid.setPadding(new Insets(8));
        ColumnConstraints label = new ColumnConstraints();
        ColumnConstraints value = new ColumnConstraints(260, 340, Double.MAX_VALUE);
        value.setHgrow(Priority.ALWAYS);
        grid.getColumnConstraints().addAll(label, value, value);
        grid.addRow(0, new Label("Field"), bold("Mine"), bold("Theirs"));
        int row = 1;
        for (ConflictChoices.Row r : choices.rows()) {
            ToggleGroup group = new ToggleGroup();
            RadioButton mine = new RadioButton("keep mine — " + r.myAuthor());
            RadioButton theirs = new RadioButton("keep theirs — " + r.theirAuthor());
            mine.setId("keepMine-" + r.field());
            theirs.setId("keepTheirs-" + r.field());
            mine.setToggleGroup(group);
            theirs.setToggleGroup(group);
            mine.setSelected(r.keepMineProperty().get());
            theirs.setSelected(!r.keepMineProperty().get());
            mine.selectedProperty().bindBidirectional(r.keepMineProperty());
            grid.addRow(row, bold(r.field()), side(r.mine(), mine), side(r.theirs(), theirs));
            row++;
        }
        Button allMine = new Button("All mine");
        allMine.setOnAction(e -> choices.keepAllMine(true));
        Button allTheirs = new Button("All theirs");
        allTheirs.setOnAction(e -> choices.keepAllMine(false));
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(Math.min(520, 120 + 130 * choices.rows().size()));
        VBox content = new VBox(8, new HBox(8, allMine, allTheirs), scroll);
        content.setId("conflictChoices");
        getDialogPane().setContent(content);
        getDialogPane().getButtonTypes().addAll(SAVE, ButtonType.CANCEL);
        getDialogPane().setPrefWidth(820);
        setResizable(true);
        setResultConverter(b -> b == SAVE ? choices.keepMine() : null);
    }

    private static Label bold(String text) {
        Label l = new Label(text);
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    private static VBox side(String value, RadioButton choice) {
        TextArea text = new TextArea(value);
        text.setEditable(false);
        text.setWrapText(true);
        text.setPrefRowCount((int) Math.min(5, Math.max(2, value.lines().count())));
        VBox box = new VBox(4, text, choice);
        box.getStyleClass().add("conflict-side");
        return box;
    }
}
