package dev.lifeguard.desktop.overview;

import java.time.Duration;
import java.util.Optional;

/** Durations the way people say them at 3 a.m.: {@code 1 h 07 min}, {@code 42 s}, {@code 2 d 3 h}. */
public final class DurationText {

    private DurationText() {}

    /** {@code d} in words, or an em dash when unknown. */
    public static String of(Optional<Duration> d) {
        return d.map(DurationText::of).orElse("—");
    }

    /** {@code d} in words. */
    public static String of(Duration d) {
        long seconds = Math.abs(d.getSeconds());
        String sign = d.isNegative() ? "−" : "";
        if (seconds < 60) {
            return sign + seconds + " s";
        }
        long minutes = seconds / 60;
        if (minutes < 60) {
            long s = seconds % 60;
            return sign + minutes + " min" + (s == 0 ? "" : String.format(" %02d s", s));
        }
        long hours = minutes / 60;
        if (hours < 48) {
            return sign + hours + " h " + String.format("%02d min", minutes % 60);
        }
        return sign + hours / 24 + " d " + hours % 24 + " h";
    }
}
