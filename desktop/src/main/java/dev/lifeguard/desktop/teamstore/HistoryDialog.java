package dev.lifeguard.desktop.teamstore;

import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.stage.Modality;
import javafx.stage.Window;

/** Incident › History…: the open incident's saves in a window of their own, which can stay open while editing. */
public final class HistoryDialog extends Dialog<Void> {

    public HistoryDialog(HistoryViewModel model, Window owner) {
        setTitle("History of " + model.incidentId());
        setHeaderText("Every save of " + model.incidentId() + ": revision, author, time and the fields it changed.");
        initModality(Modality.NONE);
        if (owner != null) {
            initOwner(owner);
        }
        HistoryView view = new HistoryView(model);
        view.setPrefSize(680, 360);
        getDialogPane().setContent(view);
        getDialogPane().getButtonTypes().add(ButtonType.CLOSE);
        setResizable(true);
        model.refresh();
    }
}
