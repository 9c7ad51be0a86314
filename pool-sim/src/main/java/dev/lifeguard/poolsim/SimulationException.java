package dev.lifeguard.poolsim;

import org.jspecify.annotations.Nullable;

/** A run that could not finish: the harness failed, or the run hit its wall-time bound. */
public class SimulationException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message} (which names the scenario and the state reached). */
    public SimulationException(String message, @Nullable Throwable cause) {
        super(message, cause);
    }
}
