package dev.lifeguard.desktop.postmortem;

import static java.util.Objects.requireNonNull;

/**
 * Where the simulation of a pool-sizing suggestion stands, in the words the suggestions panel shows.
 *
 * @param state  none, verifying, verified or failed
 * @param text   what to show: the progress, the before/after figures or why verification failed
 */
public record SizingCheck(State state, String text) {

    /** The stages of a verification. */
    public enum State {
        NONE,
        VERIFYING,
        VERIFIED,
        FAILED
    }

    /** No sizing suggestion to verify. */
    public static final SizingCheck NONE = new SizingCheck(State.NONE, "");

    public SizingCheck {
        requireNonNull(state, "sizing check 'state' is required");
        text = text == null ? "" : text;
    }

    /** True while the simulation runs. */
    public boolean verifying() {
        return state == State.VERIFYING;
    }
}
