package dev.lifeguard.desktop.insights;

import java.nio.file.Path;

/** Asks where to save a file: the console's file chooser, or a fixed path in tests. */
@FunctionalInterface
public interface SaveTarget {

    /** The chosen file for {@code title}, proposing {@code suggestedName}; {@code null} when the user cancels. */
    Path choose(String title, String suggestedName);
}
