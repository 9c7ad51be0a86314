package dev.lifeguard.desktop.replay;

/** How much faster than real time the replay runs. */
public enum PlaybackSpeed {
    X1(1),
    X10(10),
    X60(60),
    X600(600);

    private final int factor;

    PlaybackSpeed(int factor) {
        this.factor = factor;
    }

    /** Incident seconds per wall-clock second. */
    public int factor() {
        return factor;
    }

    /** The next speed, wrapping from 600× to 1×. */
    public PlaybackSpeed next() {
        return values()[(ordinal() + 1) % values().length];
    }

    @Override
    public String toString() {
        return factor + "×";
    }
}
