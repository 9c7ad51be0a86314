package dev.lifeguard.desktop.postmortem;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workbench.review.ReviewMoves;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.ReviewStatus;
import dev.lifeguard.incident.review.ReviewWorkflow;
import dev.lifeguard.incident.store.IncidentStore;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import org.jspecify.annotations.Nullable;

/**
 * The postmortem's review in the console: moves go through the workbench's {@link ReviewMoves}, as {@code review}
 * does on the command line, so the console keeps the same rules (a reviewer other than the author, a reason to
 * skip a step, owners and due dates before closing) and records each move in the review trail. The author is read
 * from the store off the UI thread; a refused move leaves the status as it was and says why.
 */
public final class ReviewViewModel {

    private final WorkspaceViewModel workspace;
    private final IncidentStore store;
    private final ReviewMoves moves;
    private final String actor;
    private final TaskExecutor executor;
    private final MessageCenter messages;
    private final ReadOnlyStringWrapper refusal = new ReadOnlyStringWrapper("");
    private final ReadOnlyBooleanWrapper closed = new ReadOnlyBooleanWrapper();

    /**
     * The review of {@code workspace}'s incident.
     *
     * @param actor who makes the moves: the console's author (preferences, else the OS user)
     */
    public ReviewViewModel(
            WorkspaceViewModel workspace,
            IncidentStore store,
            ReviewMoves moves,
            String actor,
            TaskExecutor executor,
            MessageCenter messages) {
        this.workspace = requireNonNull(workspace, "workspace");
        this.store = requireNonNull(store, "store");
        this.moves = requireNonNull(moves, "moves");
        this.actor = requireNonNull(actor, "actor");
        this.executor = requireNonNull(executor, "executor");
        this.messages = requireNonNull(messages, "messages");
        closed.set(ReviewWorkflow.isReadOnly(workspace.incident()));
        workspace.incidentProperty().addListener((o, was, now) -> closed.set(ReviewWorkflow.isReadOnly(now)));
    }

    /** The review's status now. */
    public ReviewStatus status() {
        return workspace.incident().reviewStatus();
    }

    /** Whether moving to {@code to} skips a step, so the move needs a stated reason. */
    public boolean needsReason(ReviewStatus to) {
        return moves.skips(status(), to);
    }

    /**
     * Moves the review to {@code to} (with {@code reason} when a step is skipped): the author is read from the store
     * in the background, then the move is applied as an undoable edit and saved like any other. A refused move sets
     * {@link #refusalProperty()} to the rules it breaks; an accepted one clears it.
     */
    public void move(ReviewStatus to, @Nullable String reason) {
        String id = workspace.incident().id();
        BackgroundTask.of("Reading who wrote " + id, () -> moves.author(store, id, actor))
                .onSuccess(author -> refusal.set(workspace
                        .edit("Move review to " + to.label(), i -> moves.move(i, to, actor, author, reason))
                        .orElse("")))
                .onFailure(e -> messages.error("Moving the review of " + id, e))
                .executeWith(executor);
    }

    /** Why the last move was refused; empty after an accepted one. */
    public ReadOnlyStringProperty refusalProperty() {
        return refusal.getReadOnlyProperty();
    }

    /** True while the postmortem is closed: every edit but moving the review back is refused. */
    public ReadOnlyBooleanProperty closedProperty() {
        return closed.getReadOnlyProperty();
    }
}
