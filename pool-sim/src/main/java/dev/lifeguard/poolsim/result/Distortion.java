package dev.lifeguard.poolsim.result;

import dev.lifeguard.incident.Checks;

/**
 * A way a run differs from the scenario as written, because time was compressed and a library
 * constant could not be (or because the harness hit a limit).
 *
 * @param setting     the constant or setting affected, e.g. {@code maxLifetime} or {@code add gap 30ms}
 * @param intendedMs  what the scenario meant, in simulated milliseconds
 * @param effectiveMs what the run actually behaved like, in simulated milliseconds
 * @param meaning     what this means for this run's numbers, in a sentence
 */
public record Distortion(String setting, double intendedMs, double effectiveMs, String meaning) {

    public Distortion {
        Checks.notBlank(setting, "distortion 'setting'");
        Checks.notBlank(meaning, "distortion 'meaning'");
    }
}
