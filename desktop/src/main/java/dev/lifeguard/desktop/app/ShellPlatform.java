package dev.lifeguard.desktop.app;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.files.DesktopFolderOpener;
import dev.lifeguard.desktop.files.FolderOpener;
import dev.lifeguard.desktop.files.FxSaveChooser;
import dev.lifeguard.desktop.files.SaveChooser;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.stage.Window;

/**
 * What the shell needs from the desktop around it: the settings kept between runs, the save dialog, the file manager
 * and OS notifications. The console uses {@link #standard}; tests replace the dialogs and the notifier with parts that
 * answer and record.
 *
 * @param preferences the console's settings
 * @param saves       asks where an export goes
 * @param folders     "Open folder" after an export
 * @param notifier    live alerts while the window is not focused
 */
public record ShellPlatform(
        ConsolePreferences preferences, SaveChooser saves, FolderOpener folders, AlertNotifier notifier) {

    public ShellPlatform {
        requireNonNull(preferences, "preferences");
        requireNonNull(saves, "saves");
        requireNonNull(folders, "folders");
        requireNonNull(notifier, "notifier");
    }

    /**
     * The real parts: the platform's save dialog opened in the export folder preference, the file manager, and
     * ControlsFX plus system-tray notifications.
     *
     * @param owner        the console's window
     * @param showDocument the application's {@code HostServices::showDocument}, where AWT cannot open folders
     */
    public static ShellPlatform standard(
            ConsolePreferences preferences, Supplier<Window> owner, Consumer<String> showDocument) {
        return new ShellPlatform(
                preferences,
                new FxSaveChooser(owner, preferences::exportFolder),
                new DesktopFolderOpener(showDocument),
                new DesktopNotifier(owner));
    }
}
