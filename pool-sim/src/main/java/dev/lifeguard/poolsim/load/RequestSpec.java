package dev.lifeguard.poolsim.load;

/**
 * One request the load model asks an engine to make. All times are simulated nanoseconds from the start
 * of the scenario; acquire latency is measured from {@code intendedStartNanos}, never from when an engine
 * got round to sending it (no coordinated omission).
 *
 * @param phase              index of the load phase that made it
 * @param user               the closed-phase user, or −1 for open arrivals
 * @param seq                position in its stream (open: across all open phases; closed: per user)
 * @param intendedStartNanos when the request is meant to start
 * @param holdNanos          how long it holds each connection
 * @param connections        connections it borrows one after another and holds together
 * @param leak               true when it never returns its connections
 * @param slow               true when its hold came from the slow mixture
 */
public record RequestSpec(
        int phase,
        int user,
        long seq,
        long intendedStartNanos,
        long holdNanos,
        int connections,
        boolean leak,
        boolean slow) {

    public RequestSpec {
        if (phase < 0 || user < -1 || seq < 0 || intendedStartNanos < 0 || holdNanos < 0 || connections < 1) {
            throw new IllegalArgumentException("invalid request: phase=" + phase + " user=" + user + " seq=" + seq
                    + " start=" + intendedStartNanos + " hold=" + holdNanos + " connections=" + connections);
        }
    }

    /** True for a closed-phase user's request (its successor depends on when it completes). */
    public boolean closed() {
        return user >= 0;
    }
}
