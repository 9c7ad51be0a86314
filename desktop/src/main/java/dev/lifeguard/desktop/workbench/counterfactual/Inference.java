package dev.lifeguard.desktop.workbench.counterfactual;

import dev.lifeguard.poolsim.scenario.Scenario;

/**
 * Something the counterfactual inferred about the incident's requests from its evidence, with the numbers it
 * came from, and the one value a person can change (the view shows it beside an editable field).
 */
public sealed interface Inference permits LeakInference, SlowQueryInference {

    /** What was inferred, with its value, e.g. {@code leak 0.0035 % of requests}. */
    String what();

    /** The numbers it came from, e.g. {@code from active +0.12/min at 60 req/s}. */
    String from();

    /** The unit of {@link #value}, e.g. {@code % of requests}. */
    String unit();

    /** The value as inferred. */
    double inferred();

    /** The value as {@code scenario} has it now (0 when it is not there). */
    double value(Scenario scenario);

    /**
     * {@code scenario} with the value set to {@code value} (0 removes what was inferred).
     *
     * @throws IllegalArgumentException naming the field when the value is impossible
     */
    Scenario apply(Scenario scenario, double value);

    /** One line: what, then from which numbers. */
    default String text() {
        return what() + ", " + from();
    }
}
