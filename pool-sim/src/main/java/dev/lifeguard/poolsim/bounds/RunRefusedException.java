package dev.lifeguard.poolsim.bounds;

/**
 * A run refused before it started (or stopped because simulated time could not advance): the scenario asks for
 * more than the simulator can survive. It is bad input, so it extends {@link IllegalArgumentException}: the
 * command line exits 2 and the console shows the message as an invalid value.
 */
public final class RunRefusedException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;

    private final String field;
    private final String reason;

    /**
     * @param field  the scenario field that asks too much, as a JSON path ({@code load.phases[0].rate}), or the
     *               command-line option ({@code --max-events})
     * @param reason why, with the estimate, the limit and how to raise it
     */
    public RunRefusedException(String field, String reason) {
        super(field + ": " + reason);
        this.field = field;
        this.reason = reason;
    }

    /** The field (JSON path) or option at fault. */
    public String field() {
        return field;
    }

    /** Why, without the field. */
    public String reason() {
        return reason;
    }
}
