package dev.lifeguard.desktop.cli;

import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.poolsim.Engines;
import dev.lifeguard.poolsim.SimulationEngine;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading scenarios, choosing engines and writing outputs for the simulation commands; failures are bad input. */
final class ScenarioFiles {

    private ScenarioFiles() {
    }

    /** Reads a scenario file; a bad file is bad input naming file, line, column and field. */
    static Scenario read(Path file) {
        try {
            return Scenarios.read(file);
        } catch (DocumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /** The engine called {@code name}; an unknown name is bad input listing the known ones. */
    static SimulationEngine engine(String name) {
        try {
            return Engines.create(name);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--engine: " + e.getMessage(), e);
        }
    }

    /** Writes {@code text} to {@code file}, creating its folder. */
    static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text);
        } catch (IOException e) {
            throw new BadInputException("cannot write " + file + ": " + e.getMessage(), e);
        }
    }
}
