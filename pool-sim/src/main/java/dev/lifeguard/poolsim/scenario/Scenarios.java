package dev.lifeguard.poolsim.scenario;

import dev.lifeguard.incident.json.DocumentException;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

/** Reads and writes {@code lifeguard.scenario/1} documents, and lists the scenarios bundled with Lifeguard. */
public final class Scenarios {

    /** The bundled scenarios, by resource name (without {@code .json}). */
    public static final List<String> BUNDLED =
            List.of("load-test", "exhaustion-test", "stress-test", "stress-test-overload", "cleanup-test");

    private static final String RESOURCES = "/dev/lifeguard/poolsim/scenarios/";

    private Scenarios() {}

    /**
     * Reads a scenario file.
     *
     * @throws DocumentException naming file, line, column and field when it is not a valid scenario
     */
    public static Scenario read(Path file) throws DocumentException {
        return Documents.read(file, Formats.SCENARIO, Scenario.class);
    }

    /** Reads scenario JSON text; {@code source} names it in messages. */
    public static Scenario read(String json, String source) throws DocumentException {
        return Documents.read(json, source, Formats.SCENARIO, Scenario.class);
    }

    /** The scenario as a {@code lifeguard.scenario/1} document. */
    public static String write(Scenario scenario) {
        return Documents.write(scenario, Formats.SCENARIO);
    }

    /**
     * A scenario shipped with Lifeguard (see {@link #BUNDLED}).
     *
     * @throws IllegalArgumentException when there is no such bundled scenario
     */
    public static Scenario bundled(String name) {
        try (InputStream in = Scenarios.class.getResourceAsStream(RESOURCES + name + ".json")) {
            if (in == null) {
                throw new IllegalArgumentException("no bundled scenario '" + name + "'; bundled: " + BUNDLED);
            }
            return read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name + ".json");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (DocumentException e) {
            throw new IllegalStateException("bundled scenario is invalid: " + e.getMessage(), e);
        }
    }
}
