package dev.lifeguard.desktop.postmortem;

import dev.lifeguard.desktop.workspace.LabelConverter;
import dev.lifeguard.incident.ReviewStatus;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.scene.Node;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.TextInputDialog;

/**
 * The review status on the Postmortem toolbar. The box always shows the status the postmortem has: a choice is
 * a request to move ({@link ReviewViewModel#move}), asking for a reason first when it skips a step; a refused move
 * leaves the box where it was and shows the rules it broke beside it.
 */
final class ReviewControls {

    private final ReviewViewModel review;
    private final ComboBox<ReviewStatus> status =
            new ComboBox<>(FXCollections.observableArrayList(ReviewStatus.values()));
    private final Label refusal = new Label();
    private final Label closed = new Label("Closed: read-only until its review is moved back");
    private Function<ReviewStatus, Optional<String>> reasons = ReviewControls::askReason;

    ReviewControls(ReviewViewModel review, ObservableValue<?> incident) {
        this.review = review;
        status.setId("reviewStatus");
        status.setConverter(new LabelConverter<>(ReviewStatus::of));
        status.setValue(review.status());
        incident.addListener((o, was, now) -> status.setValue(review.status()));
        status.setOnAction(e -> request(status.getValue()));
        refusal.setId("reviewRefusal");
        refusal.getStyleClass().add("error-text");
        refusal.setWrapText(true);
        refusal.setMaxWidth(520);
        refusal.textProperty().bind(review.refusalProperty());
        refusal.visibleProperty().bind(review.refusalProperty().isNotEmpty());
        refusal.managedProperty().bind(refusal.visibleProperty());
        closed.setId("reviewClosed");
        closed.getStyleClass().add("figure-label");
        closed.visibleProperty().bind(review.closedProperty());
        closed.managedProperty().bind(closed.visibleProperty());
    }

    /** Asks for the reason a step is skipped with {@code ask} (tests answer without a dialog). */
    void askReasonsWith(Function<ReviewStatus, Optional<String>> ask) {
        this.reasons = ask;
    }

    /** The nodes for the toolbar: label, status box, refusal, the closed note. */
    List<Node> nodes() {
        return List.of(new Label("Review"), status, refusal, closed);
    }

    private void request(ReviewStatus to) {
        if (to == null || to == review.status()) {
            return;
        }
        // Back to what the postmortem is until the move is accepted: the box never shows a status it does not have.
        status.setValue(review.status());
        if (review.needsReason(to)) {
            reasons.apply(to).ifPresent(reason -> review.move(to, reason));
        } else {
            review.move(to, null);
        }
    }

    private static Optional<String> askReason(ReviewStatus to) {
        TextInputDialog dialog = new TextInputDialog();
        dialog.setTitle("Skip a review step");
        dialog.setHeaderText("Moving to " + to.label() + " skips a step. Why?");
        return dialog.showAndWait().map(String::trim).filter(s -> !s.isEmpty());
    }
}
