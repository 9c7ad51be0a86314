package dev.lifeguard.desktop;

import dev.lifeguard.desktop.app.LifeguardApp;
import dev.lifeguard.desktop.cli.LifeguardCommand;
import java.io.IOException;
import java.io.InputStream;
import java.util.logging.LogManager;
import javafx.application.Application;

/**
 * The jar's entry point. With no arguments it opens the console; with a command it runs the CLI.
 * It does not extend {@link Application}, so a plain classpath jar can start JavaFX.
 */
public final class Launcher {

    private static final String HIKARI_TIMEOUT_FLOOR = "com.zaxxer.hikari.timeoutMs.floor";

    private Launcher() {}

    public static void main(String[] args) {
        configureLogging();
        // HikariCP reads its 250 ms timeout floor once, when HikariConfig loads; the store's pool loads it
        // first, so lower it now or the real engine's compressed timeouts would be clamped (and reported).
        if (System.getProperty(HIKARI_TIMEOUT_FLOOR) == null) {
            System.setProperty(HIKARI_TIMEOUT_FLOOR, "1");
        }
        if (args.length == 0 || (args.length == 2 && "--db".equals(args[0]))) {
            Application.launch(LifeguardApp.class, args);
            return;
        }
        System.exit(LifeguardCommand.run(args));
    }

    /** HikariCP and friends log through java.util.logging; keep their INFO chatter off the terminal. */
    private static void configureLogging() {
        if (System.getProperty("java.util.logging.config.file") != null) {
            return;
        }
        try (InputStream config = Launcher.class.getResourceAsStream("logging.properties")) {
            if (config != null) {
                LogManager.getLogManager().readConfiguration(config);
            }
        } catch (IOException e) {
            System.err.println("lifeguard: cannot read the logging configuration: " + e.getMessage());
        }
    }
}
