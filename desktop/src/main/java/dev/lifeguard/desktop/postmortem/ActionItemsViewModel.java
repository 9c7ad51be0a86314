package dev.lifeguard.desktop.postmortem;

import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionStatus;
import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.Incident;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import javafx.beans.property.ReadOnlyObjectProperty;

/**
 * The postmortem's action items: add with the next free id, edit a cell from its typed text, delete. Every change is
 * an edit of the workspace's incident (saved, undoable); a rejected text comes back as the reason.
 */
public final class ActionItemsViewModel {

    private final WorkspaceViewModel workspace;
    private final Clock clock;

    public ActionItemsViewModel(WorkspaceViewModel workspace) {
        this(workspace, Clock.systemDefaultZone());
    }

    /** Action items whose "done" is dated by {@code clock}. */
    ActionItemsViewModel(WorkspaceViewModel workspace, Clock clock) {
        this.workspace = workspace;
        this.clock = clock;
    }

    /** The incident whose action items these are. */
    public ReadOnlyObjectProperty<Incident> incidentProperty() {
        return workspace.incidentProperty();
    }

    /** Adds an action item with the next free id; returns its id. */
    public String addActionItem(String title, ActionType type) {
        String id = nextId(workspace.incident());
        workspace.edit(
                "Add action item",
                i -> i.toBuilder()
                        .addActionItem(new ActionItem(id, title, null, null, null, type, ActionStatus.OPEN, null, null))
                        .build());
        return id;
    }

    /** Adds {@code item} under the next free id (its own id is replaced); returns the id. */
    String add(String what, ActionItem item) {
        String id = nextId(workspace.incident());
        ActionItem numbered = new ActionItem(
                id,
                item.title(),
                item.owner(),
                item.due(),
                item.priority(),
                item.type(),
                item.status(),
                item.ticket(),
                item.evidence(),
                item.closed());
        workspace.edit(what, i -> i.toBuilder().addActionItem(numbered).build());
        return id;
    }

    /** Replaces action item {@code id} with {@code change} applied. */
    public Optional<String> editActionItem(String id, UnaryOperator<ActionItem> change) {
        return workspace.edit("Edit action item " + id, i -> {
            List<ActionItem> items = new ArrayList<>(i.actionItems());
            items.replaceAll(a -> a.id().equals(id) ? change.apply(a) : a);
            return i.toBuilder().actionItems(items).build();
        });
    }

    /** Sets one field of action item {@code id} from the text typed in its cell; returns why it was rejected. */
    public Optional<String> setActionItemField(String id, ActionField field, String text) {
        return workspace.edit("Edit " + field.field() + " of " + id, i -> {
            List<ActionItem> items = new ArrayList<>(i.actionItems());
            LocalDate today = LocalDate.now(clock);
            items.replaceAll(a -> a.id().equals(id) ? field.apply(a, text, today) : a);
            return i.toBuilder().actionItems(items).build();
        });
    }

    /** Removes action item {@code id}. */
    public void deleteActionItem(String id) {
        workspace.edit(
                "Delete action item " + id,
                i -> i.toBuilder()
                        .actionItems(i.actionItems().stream()
                                .filter(a -> !a.id().equals(id))
                                .toList())
                        .build());
    }

    private static String nextId(Incident i) {
        int n = i.actionItems().size() + 1;
        while (i.actionItem("AI-" + n).isPresent()) {
            n++;
        }
        return "AI-" + n;
    }
}
