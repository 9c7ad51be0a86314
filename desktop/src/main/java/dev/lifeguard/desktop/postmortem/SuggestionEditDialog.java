package dev.lifeguard.desktop.postmortem;

import dev.lifeguard.postmortem.rules.Suggestion;
import java.util.Optional;
import javafx.event.ActionEvent;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.GridPane;

/**
 * Edits a suggestion before accepting it: the action's wording, owner, due date, priority and ticket. The
 * dialog stays open, saying why, while a value is invalid; the evidence always stays the suggestion's.
 */
final class SuggestionEditDialog extends Dialog<ButtonType> {

    SuggestionEditDialog(SuggestionsViewModel model, Suggestion s) {
        setTitle("Accept an edited suggestion");
        setHeaderText("Edit the action before accepting it; its evidence is kept:\n"
                + s.evidence().summary());
        TextField title = new TextField(s.title());
        title.setPrefColumnCount(40);
        TextField owner = new TextField();
        TextField due = new TextField();
        due.setPromptText("yyyy-MM-dd");
        ComboBox<String> priority = new ComboBox<>();
        priority.getItems().addAll("P0", "P1", "P2", "P3");
        priority.setValue(s.priority() == null ? null : s.priority().name());
        TextField ticket = new TextField();
        Label error = new Label();
        error.getStyleClass().add("error-text");
        error.setWrapText(true);
        GridPane form = new GridPane();
        form.setHgap(8);
        form.setVgap(6);
        form.addRow(0, new Label("Action"), title);
        form.addRow(1, new Label("Owner"), owner);
        form.addRow(2, new Label("Due"), due);
        form.addRow(3, new Label("Priority"), priority);
        form.addRow(4, new Label("Ticket"), ticket);
        form.add(error, 0, 5, 2, 1);
        getDialogPane().setContent(form);
        ButtonType accept = new ButtonType("Accept", ButtonBar.ButtonData.OK_DONE);
        getDialogPane().getButtonTypes().addAll(accept, ButtonType.CANCEL);
        getDialogPane().lookupButton(accept).addEventFilter(ActionEvent.ACTION, e -> {
            Optional<String> rejected = model.acceptEdited(
                    s.id(), title.getText(), owner.getText(), due.getText(), priority.getValue(), ticket.getText());
            rejected.ifPresent(reason -> {
                error.setText(reason);
                e.consume();
            });
        });
    }
}
