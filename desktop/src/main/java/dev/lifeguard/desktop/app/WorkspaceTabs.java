package dev.lifeguard.desktop.app;

import dev.lifeguard.desktop.chartexport.ChartExporter;
import dev.lifeguard.desktop.files.FileType;
import dev.lifeguard.desktop.hazard.HazardView;
import dev.lifeguard.desktop.hazard.HazardViewModel;
import dev.lifeguard.desktop.overview.OverviewView;
import dev.lifeguard.desktop.postmortem.PostmortemView;
import dev.lifeguard.desktop.postmortem.PostmortemViewModel;
import dev.lifeguard.desktop.postmortem.ReviewViewModel;
import dev.lifeguard.desktop.replay.ReplayView;
import dev.lifeguard.desktop.replay.ReplayViewModel;
import dev.lifeguard.desktop.timeline.TimelineView;
import dev.lifeguard.desktop.timeline.TimelineViewModel;
import dev.lifeguard.desktop.whatif.WhatIfView;
import dev.lifeguard.desktop.whatif.WhatIfViewModel;
import dev.lifeguard.desktop.workspace.WorkspaceView.TabSpec;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.scene.input.KeyCombination;

/**
 * Builds the tabs of an open incident and keeps the current ones, so the shell's shortcuts reach them.
 * Tabs that share state (the timeline entry the replay is at) get it from here.
 */
public final class WorkspaceTabs {

    private AppServices services;
    private final Theme theme;
    private final ShellPlatform platform;
    private TimelineView timeline;
    private ReplayView replay;
    private WhatIfView whatIf;
    private PostmortemView postmortem;

    WorkspaceTabs(AppServices services, Theme theme, ShellPlatform platform) {
        this.services = services;
        this.theme = theme;
        this.platform = platform;
    }

    /** Tabs made from now on use {@code next} (the author and export folder after a preferences change). */
    void useServices(AppServices next) {
        services = next;
    }

    /** The tabs for {@code model}, in order: Overview, Replay, Timeline, What-if, Postmortem, Hazard. */
    List<TabSpec> create(WorkspaceViewModel model) {
        close();
        IntegerProperty highlighted = new SimpleIntegerProperty(-1);
        TimelineViewModel timelineModel = new TimelineViewModel(model, services.clock(), services.author());
        timeline = new TimelineView(model, timelineModel, highlighted);
        List<TabSpec> specs = new ArrayList<>();
        ChartExporter charts = chartExporter(services, platform);
        ReplayViewModel replayModel = new ReplayViewModel(model, highlighted);
        // The speed chosen last (here or in the preferences) is where the next replay starts.
        replayModel.speedProperty().set(platform.preferences().replaySpeed());
        replayModel.speedProperty().addListener((o, was, now) -> {
            if (now != null) {
                platform.preferences().setReplaySpeed(now);
            }
        });
        replay = new ReplayView(replayModel, theme.darkProperty(), charts);
        specs.add(new TabSpec("Overview", new OverviewView(model)));
        specs.add(new TabSpec("Replay", replay));
        specs.add(new TabSpec("Timeline", timeline));
        whatIf = new WhatIfView(
                new WhatIfViewModel(
                        model,
                        services.store(),
                        services.executor(),
                        services.messages(),
                        services.workbench().engines()),
                model.incidentProperty().map(i -> i.actionItems()),
                charts);
        specs.add(new TabSpec("What-if", whatIf, whatIf::shown));
        postmortem = new PostmortemView(
                new PostmortemViewModel(
                        model,
                        services.executor(),
                        services.messages(),
                        services.exportDir(),
                        services.workbench().exporter(),
                        services.workbench().suggestions()),
                new ReviewViewModel(
                        model,
                        services.store(),
                        services.workbench().reviews(),
                        services.author(),
                        services.executor(),
                        services.messages()));
        postmortem.exportWith(platform.saves(), platform.folders());
        specs.add(new TabSpec("Postmortem", postmortem));
        specs.add(new TabSpec(
                "Hazard",
                new HazardView(
                        new HazardViewModel(model, services.store(), services.executor(), services.messages()))));
        return specs;
    }

    /** The console's chart exporter: asks through the shell's save dialog (PNG or SVG, in the export folder). */
    static ChartExporter chartExporter(AppServices services, ShellPlatform platform) {
        List<FileType> types = List.of(new FileType("PNG image", "png"), new FileType("SVG drawing", "svg"));
        return new ChartExporter(
                services.executor(),
                services.messages(),
                (owner, name) -> platform.saves().choose("Export chart", name + ".png", types));
    }

    /** Registers the tabs' own shortcuts. */
    void installShortcuts(Map<KeyCombination, Runnable> keys) {
        keys.put(Shortcuts.PLAY.keys(), () -> onReplay(r -> r.model().togglePlay()));
        keys.put(Shortcuts.STEP_BACK.keys(), () -> onReplay(r -> r.model().step(-1)));
        keys.put(Shortcuts.STEP_FORWARD.keys(), () -> onReplay(r -> r.model().step(1)));
        keys.put(Shortcuts.SPEED.keys(), () -> onReplay(r -> r.model().nextSpeed()));
        keys.put(Shortcuts.EXPORT.keys(), () -> {
            if (postmortem != null) {
                postmortem.export();
            }
        });
        keys.put(Shortcuts.RUN.keys(), () -> {
            if (whatIf != null) {
                whatIf.run();
            }
        });
    }

    /** The current What-if tab, or null. */
    public WhatIfView whatIf() {
        return whatIf;
    }

    /** The current Postmortem tab, or null. */
    public PostmortemView postmortem() {
        return postmortem;
    }

    /** The current Replay tab, or null. */
    public ReplayView replay() {
        return replay;
    }

    private void onReplay(Consumer<ReplayView> action) {
        if (replay != null) {
            action.accept(replay);
        }
    }

    /** Adds a note stamped now to the open incident's timeline. */
    void addNoteNow() {
        if (timeline != null) {
            timeline.addNoteNow();
        }
    }

    /** Stops whatever the current tabs run (playback, simulations). */
    void close() {
        if (replay != null) {
            replay.close();
        }
        if (whatIf != null) {
            whatIf.model().cancel();
        }
        whatIf = null;
        postmortem = null;
        replay = null;
        timeline = null;
    }

    Theme theme() {
        return theme;
    }
}
