package dev.lifeguard.desktop.app;

import dev.lifeguard.desktop.overview.OverviewView;
import dev.lifeguard.desktop.timeline.TimelineView;
import dev.lifeguard.desktop.timeline.TimelineViewModel;
import dev.lifeguard.desktop.workspace.WorkspaceView.TabSpec;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.input.KeyCombination;

/**
 * Builds the tabs of an open incident and keeps the current ones, so the shell's shortcuts reach them.
 * Tabs that share state (the timeline entry the replay is at) get it from here.
 */
public final class WorkspaceTabs {

    private final AppServices services;
    private final Theme theme;
    private TimelineView timeline;

    WorkspaceTabs(AppServices services, Theme theme) {
        this.services = services;
        this.theme = theme;
    }

    /** The tabs for {@code model}, in order: Overview, Replay, Timeline, What-if, Postmortem, Hazard. */
    List<TabSpec> create(WorkspaceViewModel model) {
        close();
        IntegerProperty highlighted = new SimpleIntegerProperty(-1);
        TimelineViewModel timelineModel = new TimelineViewModel(model, services.clock(), services.author());
        timeline = new TimelineView(model, timelineModel, highlighted);
        List<TabSpec> specs = new ArrayList<>();
        specs.add(new TabSpec("Overview", new OverviewView(model)));
        specs.add(new TabSpec("Timeline", timeline));
        return specs;
    }

    /** Registers the tabs' own shortcuts. */
    void installShortcuts(Map<KeyCombination, Runnable> keys) {
        // The timeline's note shortcut is registered by the shell, which first switches to the tab.
    }

    /** Adds a note stamped now to the open incident's timeline. */
    void addNoteNow() {
        if (timeline != null) {
            timeline.addNoteNow();
        }
    }

    /** Stops whatever the current tabs run (playback, simulations). */
    void close() {
        timeline = null;
    }

    Theme theme() {
        return theme;
    }
}
