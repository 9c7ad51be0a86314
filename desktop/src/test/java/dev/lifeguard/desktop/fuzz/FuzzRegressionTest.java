package dev.lifeguard.desktop.fuzz;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Replays every input the fuzz campaign found failing (kept under {@code fuzz-regressions/<family>/}): each must now
 * be accepted or rejected with its family's declared exception, nothing else.
 */
class FuzzRegressionTest {

    private static final Path REGRESSIONS = Path.of("src/test/resources/fuzz-regressions");

    @TestFactory
    Stream<DynamicTest> everyFoundCrashIsNowHandled() throws IOException {
        List<FuzzTarget> targets = FuzzTargets.all(FuzzTargets.repositoryRoot());
        assertThat(targets)
                .extracting(FuzzTarget::family)
                .contains(
                        "document-import",
                        "incident-json",
                        "scenario-json",
                        "prometheus",
                        "query-range",
                        "csv",
                        "log-hikari",
                        "log-sqlalchemy",
                        "log-mysql",
                        "log-postgres",
                        "log-access",
                        "watch-scrape");
        List<Path> inputs;
        try (Stream<Path> walk = Files.walk(REGRESSIONS)) {
            inputs = walk.filter(p -> p.toString().endsWith(".bin")).sorted().toList();
        }
        assertThat(inputs).as("regression inputs under " + REGRESSIONS).isNotEmpty();
        return inputs.stream().map(input -> {
            String family = input.getParent().getFileName().toString();
            FuzzTarget target = targets.stream()
                    .filter(t -> t.family().equals(family))
                    .findFirst()
                    .orElseThrow(() -> new AssertionError("no fuzz family '" + family + "' for " + input));
            return DynamicTest.dynamicTest(
                    family + "/" + input.getFileName(),
                    () -> assertThatCode(() -> target.run(Files.readAllBytes(input)))
                            .doesNotThrowAnyException());
        });
    }

    /**
     * The campaign means something only if its way in reaches the parser's happy path: each family accepts at least
     * one of its seeds (some seeds are rejection fixtures on purpose, e.g. a CSV without a time column).
     */
    @TestFactory
    Stream<DynamicTest> eachFamilyAcceptsItsSeeds() {
        return FuzzTargets.all(FuzzTargets.repositoryRoot()).stream()
                .map(target -> DynamicTest.dynamicTest(target.family(), () -> {
                    long accepted = 0;
                    for (byte[] seed : target.seeds()) {
                        if (target.run(seed) == FuzzTarget.Outcome.ACCEPTED) {
                            accepted++;
                        }
                    }
                    assertThat(accepted)
                            .as(target.family() + ": seeds accepted of "
                                    + target.seeds().size())
                            .isPositive();
                }));
    }
}
