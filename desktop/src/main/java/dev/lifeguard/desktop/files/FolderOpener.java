package dev.lifeguard.desktop.files;

import java.nio.file.Path;

/** Shows a folder in the platform's file manager ("Open folder" after an export). */
@FunctionalInterface
public interface FolderOpener {

    /** Opens {@code folder}; may block (call it off the UI thread). */
    void open(Path folder) throws Exception;
}
