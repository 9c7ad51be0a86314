package dev.lifeguard.desktop.app;

import java.util.List;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;

/** Every keyboard shortcut, in one place: menus use the combinations, the help overlay lists them. */
public final class Shortcuts {

    /** A shortcut and what it does. */
    public record Shortcut(KeyCombination keys, String description) {

        /** The keys as the platform shows them, e.g. {@code Ctrl+F}. */
        public String keyText() {
            return keys.getDisplayText();
        }
    }

    public static final Shortcut SEARCH = of("Shortcut+F", "Search incidents");
    public static final Shortcut NEW = of("Shortcut+N", "New incident");
    public static final Shortcut IMPORT =
            of("Shortcut+O", "Import incidents or postmortem documents (or drop them on the list)");
    public static final Shortcut INGEST =
            of("Shortcut+I", "Ingest metrics or logs into the open incident (or drop them on it)");
    public static final Shortcut DELETE = of("Shortcut+DELETE", "Delete the selected incident (undo with Ctrl+Z)");
    public static final Shortcut UNDO = of("Shortcut+Z", "Undo the last edit (or the last delete)");
    public static final Shortcut REDO = of("Shortcut+Shift+Z", "Redo");
    public static final Shortcut SAVE = of("Shortcut+S", "Save now (edits also save by themselves every second)");
    public static final Shortcut NOTE =
            of("Shortcut+Shift+N", "Add a timeline note stamped now (in Live: to the declared incident)");
    public static final Shortcut PLAY = of("Shortcut+P", "Replay: play / pause");
    public static final Shortcut STEP_BACK = of("Shortcut+LEFT", "Replay: step back");
    public static final Shortcut STEP_FORWARD = of("Shortcut+RIGHT", "Replay: step forward");
    public static final Shortcut SPEED = of("Shortcut+Shift+S", "Replay: next speed (1×, 10×, 60×, 600×)");
    public static final Shortcut RUN = of("Shortcut+R", "What-if: run the scenario");
    public static final Shortcut EXPORT = of("Shortcut+E", "Postmortem: export");
    public static final Shortcut LIVE =
            of("Shortcut+L", "Live watch of a Prometheus endpoint (again: back to the incident)");
    public static final Shortcut THEME = of("Shortcut+Shift+D", "Switch light / dark mode");
    public static final Shortcut HELP = of("F1", "Show this help (also ?)");
    public static final Shortcut PREFERENCES = of("Shortcut+COMMA", "Preferences");
    public static final Shortcut QUIT = of("Shortcut+Q", "Quit (the open incident is saved first)");

    /** Ctrl+1 … Ctrl+6: the workspace's tabs, Overview … Hazard, in order. */
    public static final List<KeyCombination> TABS = java.util.stream.IntStream.rangeClosed(1, 6)
            .mapToObj(i ->
                    (KeyCombination) new KeyCodeCombination(KeyCode.valueOf("DIGIT" + i), KeyCombination.SHORTCUT_DOWN))
            .toList();

    /** The tab shortcuts' row in the help: the first and last keys as the platform shows them. */
    public static final Shortcut TAB_1 = new Shortcut(
            TABS.get(0),
            "Tabs: Overview … Hazard are " + TABS.get(0).getDisplayText() + " … "
                    + TABS.get(TABS.size() - 1).getDisplayText());

    /** Everything, in the order the help overlay lists it. */
    public static final List<Shortcut> ALL = List.of(
            SEARCH,
            NEW,
            IMPORT,
            INGEST,
            DELETE,
            UNDO,
            REDO,
            SAVE,
            NOTE,
            PLAY,
            STEP_BACK,
            STEP_FORWARD,
            SPEED,
            RUN,
            EXPORT,
            TAB_1,
            LIVE,
            THEME,
            PREFERENCES,
            QUIT,
            HELP);

    private Shortcuts() {}

    private static Shortcut of(String keys, String description) {
        return new Shortcut(KeyCombination.keyCombination(keys), description);
    }
}
