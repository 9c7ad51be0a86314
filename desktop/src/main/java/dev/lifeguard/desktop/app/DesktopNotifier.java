package dev.lifeguard.desktop.app;

import java.awt.AWTException;
import java.awt.EventQueue;
import java.awt.GraphicsEnvironment;
import java.awt.SystemTray;
import java.awt.Toolkit;
import java.awt.TrayIcon;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.geometry.Pos;
import javafx.stage.Window;
import javafx.util.Duration;
import org.controlsfx.control.Notifications;

/**
 * Live alerts outside the window: a ControlsFX notification on the screen, plus a system-tray message where the
 * platform has a tray (never on a headless machine; a tray that refuses the icon is logged and skipped).
 */
public final class DesktopNotifier implements AlertNotifier {

    private static final Logger LOG = Logger.getLogger(DesktopNotifier.class.getName());

    private final java.util.function.Supplier<Window> owner;
    private TrayIcon trayIcon;
    private boolean trayTried;

    /** @param owner the console's window (the notification shows on its screen), or a supplier of null */
    public DesktopNotifier(java.util.function.Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void notify(String title, String text) {
        try {
            Notifications.create()
                    .owner(owner.get())
                    .title(title)
                    .text(text)
                    .position(Pos.BOTTOM_RIGHT)
                    .hideAfter(Duration.seconds(12))
                    .showWarning();
        } catch (RuntimeException e) {
            LOG.log(Level.INFO, "could not show the notification: {0}", e.toString());
        }
        if (trayAvailable()) {
            EventQueue.invokeLater(() -> toTray(title, text));
        }
    }

    /** True where AWT runs with a display and the platform has a system tray. */
    static boolean trayAvailable() {
        try {
            return !GraphicsEnvironment.isHeadless() && SystemTray.isSupported();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    /** On the AWT thread: adds the tray icon once, then shows the message on it. */
    private void toTray(String title, String text) {
        if (!trayTried) {
            trayTried = true;
            try {
                java.net.URL image = DesktopNotifier.class.getResource("lifeguard.png");
                TrayIcon icon = new TrayIcon(Toolkit.getDefaultToolkit().getImage(image), "Lifeguard");
                icon.setImageAutoSize(true);
                SystemTray.getSystemTray().add(icon);
                trayIcon = icon;
            } catch (AWTException | RuntimeException e) {
                LOG.log(Level.INFO, "no system tray icon: {0}", e.toString());
            }
        }
        if (trayIcon != null) {
            trayIcon.displayMessage(title, text, TrayIcon.MessageType.WARNING);
        }
    }

    /** Removes the tray icon (on exit), so the AWT thread can end. */
    public void close() {
        TrayIcon icon = trayIcon;
        if (icon != null) {
            EventQueue.invokeLater(() -> SystemTray.getSystemTray().remove(icon));
        }
    }
}
