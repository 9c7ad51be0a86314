package dev.lifeguard.desktop.workspace;

/** Whether the open incident's edits are in the store. */
public enum SaveState {
    SAVED("All changes saved"),
    UNSAVED("Unsaved changes"),
    SAVING("Saving…"),
    CONFLICT("Conflict: changed elsewhere"),
    FAILED("Save failed; retrying"),
    JOURNALLED("Kept locally: server unreachable");

    private final String label;

    SaveState(String label) {
        this.label = label;
    }

    /** What the status bar says. */
    public String label() {
        return label;
    }
}
