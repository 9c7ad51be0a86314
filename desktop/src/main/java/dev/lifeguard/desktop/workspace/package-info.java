/** One open incident: its edits, undo, autosave and revision conflicts, shared by every tab. */
package dev.lifeguard.desktop.workspace;
