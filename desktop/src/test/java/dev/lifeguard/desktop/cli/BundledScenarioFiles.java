package dev.lifeguard.desktop.cli;

import dev.lifeguard.poolsim.scenario.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Writes a bundled scenario to a file, as a user would pass it on the command line. */
final class BundledScenarioFiles {

    private BundledScenarioFiles() {}

    static Path write(Path dir, String name) throws IOException {
        Path file = dir.resolve(name + ".json");
        Files.writeString(file, Scenarios.write(Scenarios.bundled(name)));
        return file;
    }
}
