package dev.lifeguard.desktop.cli;

import dev.lifeguard.desktop.workbench.engine.EngineChoice;
import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.poolsim.SimulationEngine;
import dev.lifeguard.poolsim.bounds.RunBounds;
import dev.lifeguard.poolsim.bounds.RunBudget;
import dev.lifeguard.poolsim.bounds.RunRefusedException;
import dev.lifeguard.poolsim.scenario.Scenario;
import dev.lifeguard.poolsim.scenario.Scenarios;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reading scenarios, choosing engines and writing outputs for the simulation commands; failures are bad input. */
final class ScenarioFiles {

    private ScenarioFiles() {}

    /** Reads a scenario file; a bad file is bad input naming file, line, column and field. */
    static Scenario read(Path file) {
        try {
            return Scenarios.read(file);
        } catch (DocumentException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /** The budget {@code --max-events} asks for ({@code null}: the default); a bad number is bad input. */
    static RunBudget budget(String maxEvents) {
        try {
            return maxEvents == null
                    ? RunBudget.defaults()
                    : RunBudget.defaults().withMaxEvents(RunBudget.parseMaxEvents(maxEvents));
        } catch (RunRefusedException e) {
            throw new BadInputException(e.getMessage(), e);
        }
    }

    /**
     * Refuses, before anything runs, a scenario the engine cannot survive within {@code budget}: bad input naming
     * the file, the field, the estimate and the limit.
     */
    static void checkBounds(Path file, Scenario scenario, RunBudget budget, String engine) {
        try {
            RunBounds.check(scenario, budget, engine);
        } catch (RunRefusedException e) {
            throw refused(file, e);
        }
    }

    /** A refused run as bad input: {@code file: at field: reason}. */
    static BadInputException refused(Path file, RunRefusedException e) {
        return new BadInputException(file + ": at " + e.field() + ": " + e.reason(), e);
    }

    /** The engine called {@code name}; an unknown name is bad input listing the known ones. */
    static SimulationEngine engine(EngineChoice engines, String name) {
        try {
            return engines.create(name);
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
