/** The JavaFX console: composition root, main window and workspaces. */
package dev.lifeguard.desktop.app;
