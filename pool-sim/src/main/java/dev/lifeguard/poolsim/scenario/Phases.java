package dev.lifeguard.poolsim.scenario;

/** Field checks shared by the scenario records; every message names the field. */
final class Phases {

    private Phases() {}

    static <T> T required(T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value;
    }

    static void positive(SimDuration d, String field) {
        if (d == null || d.nanos() <= 0) {
            throw new IllegalArgumentException(field + " must be a duration > 0, was " + d);
        }
    }

    static void positiveRate(double rate, String field) {
        if (!(rate > 0) || Double.isInfinite(rate)) {
            throw new IllegalArgumentException(field + " must be a rate > 0 per second, was " + rate);
        }
    }

    static void probability(double p, String field) {
        if (!(p >= 0 && p <= 1)) {
            throw new IllegalArgumentException(field + " must be between 0 and 1, was " + p);
        }
    }
}
