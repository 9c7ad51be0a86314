package dev.lifeguard.desktop.replay;

/**
 * A shaded span of the incident: from one key time to the next.
 *
 * @param label what the span was, e.g. {@code "Undetected"}
 * @param start epoch ms
 * @param end   epoch ms, ≥ start
 * @param order 0 = undetected, 1 = responding, 2 = mitigated (the view picks colours by it)
 */
public record Phase(String label, long start, long end, int order) {

    public Phase {
        if (end < start) {
            throw new IllegalArgumentException(
                    "phase '" + label + "' ends (" + end + ") before it starts (" + start + ")");
        }
    }
}
