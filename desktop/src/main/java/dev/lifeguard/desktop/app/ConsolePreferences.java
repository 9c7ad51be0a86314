package dev.lifeguard.desktop.app;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.replay.PlaybackSpeed;
import dev.lifeguard.incident.store.PostgresUri;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/**
 * The console's settings between runs, in {@code java.util.prefs}: theme, export folder, recent stores (never a
 * password), author name, replay speed and the window's place. A value that cannot be read back (edited by hand,
 * written by another version) reads as its default, never as an error.
 *
 * <p>The node is {@value #DEFAULT_NODE} under the user root, or the one the system property {@value #NODE_PROPERTY}
 * names: tests point it at a throwaway node so they never touch the user's own settings.
 */
public final class ConsolePreferences {

    /** The system property naming the preferences node (an absolute path under the user root). */
    public static final String NODE_PROPERTY = "lifeguard.prefs.node";

    /** The node used unless {@value #NODE_PROPERTY} says otherwise. */
    public static final String DEFAULT_NODE = "/dev/lifeguard/console";

    /** At most this many recent stores are remembered, newest first. */
    public static final int RECENT_STORES = 8;

    private static final Logger LOG = Logger.getLogger(ConsolePreferences.class.getName());
    private static final String DARK = "theme.dark";
    private static final String EXPORT_FOLDER = "export.folder";
    private static final String RECENT = "recentStore.";
    private static final String AUTHOR = "author.name";
    private static final String SPEED = "replay.speed";
    private static final String WINDOW = "window.";

    private final Preferences node;

    /** Settings kept in {@code node}. */
    public ConsolePreferences(Preferences node) {
        this.node = requireNonNull(node, "node");
    }

    /** The user's settings: the node {@value #NODE_PROPERTY} names, else {@value #DEFAULT_NODE}. */
    public static ConsolePreferences standard() {
        return new ConsolePreferences(Preferences.userRoot().node(System.getProperty(NODE_PROPERTY, DEFAULT_NODE)));
    }

    // ---- Theme ------------------------------------------------------------------------------------

    /** True when the console starts in dark mode. */
    public boolean darkTheme() {
        return node.getBoolean(DARK, false);
    }

    /** Remembers light or dark mode. */
    public void setDarkTheme(boolean dark) {
        node.putBoolean(DARK, dark);
        flush();
    }

    // ---- Export folder ----------------------------------------------------------------------------

    /** Where the export dialog opens: the folder set, else {@code ~/lifeguard-exports}. */
    public Path exportFolder() {
        String set = node.get(EXPORT_FOLDER, "");
        if (!set.isBlank()) {
            try {
                return Path.of(set);
            } catch (InvalidPathException e) {
                LOG.log(Level.INFO, "ignoring the export folder preference {0}: {1}", new Object[] {set, e});
            }
        }
        return defaultExportFolder();
    }

    /** The folder exports go to unless the user sets another: {@code ~/lifeguard-exports}. */
    public static Path defaultExportFolder() {
        return Path.of(System.getProperty("user.home"), "lifeguard-exports");
    }

    /** Sets the export folder. */
    public void setExportFolder(Path folder) {
        node.put(EXPORT_FOLDER, folder.toAbsolutePath().toString());
        flush();
    }

    // ---- Recent stores ----------------------------------------------------------------------------

    /** Stores opened lately, newest first, PostgreSQL URIs without their password. */
    public List<String> recentStores() {
        List<String> stores = new ArrayList<>();
        for (int i = 0; i < RECENT_STORES; i++) {
            String s = node.get(RECENT + i, "");
            if (!s.isBlank() && !stores.contains(s)) {
                stores.add(s);
            }
        }
        return List.copyOf(stores);
    }

    /**
     * Puts {@code location} (an SQLite path or a PostgreSQL URI) first among the recent stores. A password in the
     * URI is dropped before anything is written: reconnecting takes it from {@code PGPASSWORD} or {@code ~/.pgpass}.
     */
    public void addRecentStore(String location) {
        String safe = withoutPassword(requireNonNull(location, "location").strip());
        if (safe.isEmpty()) {
            return;
        }
        List<String> stores = new ArrayList<>(recentStores());
        stores.remove(safe);
        stores.add(0, safe);
        for (int i = 0; i < RECENT_STORES; i++) {
            if (i < stores.size()) {
                node.put(RECENT + i, stores.get(i));
            } else {
                node.remove(RECENT + i);
            }
        }
        flush();
    }

    /** {@code location} as it may be remembered: the URI's password removed, a password parameter masked. */
    static String withoutPassword(String location) {
        return PostgresUri.redact(location).replace(":***@", "@");
    }

    // ---- Author -----------------------------------------------------------------------------------

    /** The name notes are signed with: the one set, else the operating-system user. */
    public String authorName() {
        String set = node.get(AUTHOR, "").strip();
        return set.isEmpty() ? System.getProperty("user.name", "") : set;
    }

    /** Sets the author name; blank goes back to the operating-system user. */
    public void setAuthorName(String name) {
        if (name == null || name.isBlank()) {
            node.remove(AUTHOR);
        } else {
            node.put(AUTHOR, name.strip());
        }
        flush();
    }

    // ---- Replay speed -----------------------------------------------------------------------------

    /** The replay's playback speed: the one last chosen, else 60×. */
    public PlaybackSpeed replaySpeed() {
        String name = node.get(SPEED, PlaybackSpeed.X60.name());
        for (PlaybackSpeed s : PlaybackSpeed.values()) {
            if (s.name().equals(name)) {
                return s;
            }
        }
        return PlaybackSpeed.X60;
    }

    /** Remembers the playback speed. */
    public void setReplaySpeed(PlaybackSpeed speed) {
        node.put(SPEED, speed.name());
        flush();
    }

    // ---- Window -----------------------------------------------------------------------------------

    /** Where the window was when the console last closed, if that was remembered and reads back whole. */
    public Optional<WindowPlacement.Remembered> window() {
        double x = node.getDouble(WINDOW + "x", Double.NaN);
        double y = node.getDouble(WINDOW + "y", Double.NaN);
        double w = node.getDouble(WINDOW + "width", Double.NaN);
        double h = node.getDouble(WINDOW + "height", Double.NaN);
        if (Double.isNaN(x + y + w + h) || w <= 0 || h <= 0 || Double.isInfinite(x + y + w + h)) {
            return Optional.empty();
        }
        return Optional.of(new WindowPlacement.Remembered(x, y, w, h, node.getBoolean(WINDOW + "maximized", false)));
    }

    /** Remembers the window's place and size (the size before maximising) and whether it was maximised. */
    public void setWindow(WindowPlacement.Remembered window) {
        node.putDouble(WINDOW + "x", window.x());
        node.putDouble(WINDOW + "y", window.y());
        node.putDouble(WINDOW + "width", window.width());
        node.putDouble(WINDOW + "height", window.height());
        node.putBoolean(WINDOW + "maximized", window.maximized());
        flush();
    }

    /** Writes through to the backing store; a failure is logged, the settings stay in memory for this run. */
    private void flush() {
        try {
            node.flush();
        } catch (BackingStoreException | IllegalStateException e) {
            LOG.log(Level.WARNING, "could not save the console's preferences: {0}", e.toString());
        }
    }
}
