package dev.lifeguard.desktop.fuzz;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One parser family under fuzzing.
 *
 * @param family   the family's name, also the folder of its regression inputs
 * @param seeds    well-formed inputs the mutations start from
 * @param declared the one exception type the family may throw for bad input; anything else is a bug
 * @param parser   the family's way in, exactly as the CLI and the console call it
 */
record FuzzTarget(String family, List<byte[]> seeds, Class<? extends Exception> declared, Parser parser) {

    /** Parses one input; returns normally when the input was accepted (with bad lines skipped and counted). */
    @FunctionalInterface
    interface Parser {
        void parse(byte[] input) throws Exception;
    }

    FuzzTarget {
        requireNonNull(family, "family");
        seeds = List.copyOf(seeds);
        requireNonNull(declared, "declared");
        requireNonNull(parser, "parser");
        if (seeds.isEmpty()) {
            throw new IllegalArgumentException("fuzz target '" + family + "' has no seeds");
        }
    }

    /** For a family that declares no exception at all: every throw is a bug. */
    static final class NothingDeclared extends Exception {
        private NothingDeclared() {}
    }

    /** What one input did. */
    enum Outcome {
        ACCEPTED,
        REJECTED
    }

    /**
     * Runs one input.
     *
     * @throws Throwable anything but the declared exception: a bug the campaign records
     */
    Outcome run(byte[] input) throws Throwable {
        try {
            parser.parse(input);
            return Outcome.ACCEPTED;
        } catch (Exception e) {
            if (declared.isInstance(e)) {
                return Outcome.REJECTED;
            }
            throw e;
        }
    }
}
