package dev.lifeguard.desktop.app;

import dev.lifeguard.desktop.app.Shortcuts.Shortcut;
import java.util.List;
import java.util.Map;
import javafx.beans.property.BooleanProperty;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.input.KeyCombination;

/**
 * The console's menu bar: File, Edit, View, Incident, Help. Every item with keys runs the same action as its
 * keyboard shortcut and shows the same keys the help overlay (F1) lists, both taken from {@link Shortcuts}.
 */
final class ConsoleMenuBar {

    /** The workspace tabs, in the order Ctrl+1 … Ctrl+6 select them. */
    static final List<String> TAB_TITLES = List.of("Overview", "Replay", "Timeline", "What-if", "Postmortem", "Hazard");

    private final Map<KeyCombination, Runnable> actions;

    /** @param actions what each shortcut does (the shell's accelerators) */
    private ConsoleMenuBar(Map<KeyCombination, Runnable> actions) {
        this.actions = actions;
    }

    /**
     * The menu bar.
     *
     * @param actions what each shortcut does, by its keys (the shell's accelerators)
     * @param dark    light or dark mode, which View › Dark mode shows and switches
     * @param about   Help › About
     * @param survive Incident › Would this config have survived? (the Insights toolbar's button does the same)
     */
    static MenuBar build(
            Map<KeyCombination, Runnable> actions, BooleanProperty dark, Runnable about, Runnable survive) {
        ConsoleMenuBar m = new ConsoleMenuBar(actions);
        Menu file = new Menu(
                "_File",
                null,
                m.item("_New incident…", Shortcuts.NEW),
                m.item("_Import incidents…", Shortcuts.IMPORT),
                new SeparatorMenuItem(),
                m.item("_Save now", Shortcuts.SAVE),
                m.item("_Export postmortem…", Shortcuts.EXPORT),
                new SeparatorMenuItem(),
                m.item("_Preferences…", Shortcuts.PREFERENCES),
                new SeparatorMenuItem(),
                m.item("_Quit", Shortcuts.QUIT));
        Menu edit = new Menu(
                "_Edit",
                null,
                m.item("_Undo", Shortcuts.UNDO),
                m.item("_Redo", Shortcuts.REDO),
                new SeparatorMenuItem(),
                m.item("_Find incidents", Shortcuts.SEARCH),
                m.item("Add _note now", Shortcuts.NOTE));
        Menu view = new Menu("_View");
        for (int i = 0; i < TAB_TITLES.size(); i++) {
            view.getItems().add(m.item(TAB_TITLES.get(i), Shortcuts.TABS.get(i)));
        }
        CheckMenuItem darkMode = new CheckMenuItem("_Dark mode");
        darkMode.setId("menu-darkMode");
        darkMode.selectedProperty().bindBidirectional(dark);
        darkMode.setAccelerator(Shortcuts.THEME.keys());
        view.getItems().addAll(new SeparatorMenuItem(), m.item("_Live watch", Shortcuts.LIVE), darkMode);
        // No keys of its own: it replays the whole library, so it is opened on purpose, from here or Insights.
        MenuItem surviveItem = new MenuItem("_Would this config have survived?");
        surviveItem.setId("menu-wouldSurvive");
        surviveItem.setOnAction(e -> survive.run());
        Menu incident = new Menu(
                "_Incident",
                null,
                m.item("_Ingest metrics or logs…", Shortcuts.INGEST),
                m.item("_Run what-if", Shortcuts.RUN),
                surviveItem,
                new SeparatorMenuItem(),
                m.item("Replay: _play / pause", Shortcuts.PLAY),
                m.item("Replay: step _back", Shortcuts.STEP_BACK),
                m.item("Replay: step _forward", Shortcuts.STEP_FORWARD),
                m.item("Replay: next _speed", Shortcuts.SPEED),
                new SeparatorMenuItem(),
                m.item("_Delete incident", Shortcuts.DELETE));
        MenuItem aboutItem = new MenuItem("_About Lifeguard");
        aboutItem.setId("menu-about");
        aboutItem.setOnAction(e -> about.run());
        Menu help = new Menu("_Help", null, m.item("_Keyboard shortcuts", Shortcuts.HELP), aboutItem);
        MenuBar bar = new MenuBar(file, edit, view, incident, help);
        bar.setId("menuBar");
        // On macOS the menus belong in the screen's menu bar; elsewhere this does nothing.
        bar.setUseSystemMenuBar(true);
        return bar;
    }

    private MenuItem item(String text, Shortcut shortcut) {
        return item(text, shortcut.keys());
    }

    private MenuItem item(String text, KeyCombination keys) {
        MenuItem item = new MenuItem(text);
        item.setId("menu-" + text.replaceAll("[^A-Za-z0-9]", ""));
        item.setAccelerator(keys);
        Runnable action = actions.get(keys);
        if (action == null) {
            throw new IllegalStateException("no action for " + keys.getDisplayText() + " (menu item " + text + ")");
        }
        item.setOnAction(e -> action.run());
        return item;
    }
}
