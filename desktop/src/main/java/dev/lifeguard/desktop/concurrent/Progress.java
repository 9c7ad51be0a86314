package dev.lifeguard.desktop.concurrent;

/**
 * One progress report.
 *
 * @param fraction 0..1, or −1 when unknown
 * @param message  what is happening, never null
 */
public record Progress(double fraction, String message) {

    public Progress {
        if (Double.isNaN(fraction) || fraction > 1) {
            throw new IllegalArgumentException(
                    "progress 'fraction' must be ≤ 1 (or negative for unknown), was " + fraction);
        }
        fraction = fraction < 0 ? -1 : fraction;
        message = message == null ? "" : message;
    }
}
