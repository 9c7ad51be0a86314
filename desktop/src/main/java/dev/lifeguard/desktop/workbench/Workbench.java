package dev.lifeguard.desktop.workbench;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.workbench.demo.DemoLoader;
import dev.lifeguard.desktop.workbench.engine.EngineChoice;
import dev.lifeguard.desktop.workbench.imports.IncidentImport;
import dev.lifeguard.desktop.workbench.insights.Insights;
import dev.lifeguard.desktop.workbench.regress.RegressionSuite;
import dev.lifeguard.desktop.workbench.review.ReviewMoves;
import dev.lifeguard.desktop.workbench.suggestions.ActionSuggestions;
import dev.lifeguard.desktop.workbench.watch.WatchService;
import dev.lifeguard.poolsim.virtual.VirtualEngine;
import dev.lifeguard.postmortem.importer.DocumentImporter;
import dev.lifeguard.postmortem.render.Exporter;
import java.time.Clock;

/**
 * The composition root of the use cases: every service the command line and the console share, built once here
 * and handed to commands and view models, which never build their own. Holds no store: each front end opens the
 * store it was pointed at and passes it to the calls that need one.
 */
public final class Workbench {

    private final Clock clock;
    private final EngineChoice engines = new EngineChoice();
    private final IncidentImport imports;
    private final ActionSuggestions suggestions = new ActionSuggestions();
    private final DemoLoader demo = new DemoLoader(VirtualEngine::new);
    private final Exporter exporter = new Exporter();
    private final RegressionSuite regressions = new RegressionSuite();
    private final Insights insights = new Insights();
    private final WatchService watches;
    private final ReviewMoves reviews;

    /** The services, dating new and undated incidents by {@code clock}. */
    public Workbench(Clock clock) {
        this.clock = requireNonNull(clock, "clock");
        this.imports = new IncidentImport(new DocumentImporter(clock));
        this.watches = new WatchService(clock);
        this.reviews = new ReviewMoves(clock);
    }

    /** The services on the system clock, as the application runs. */
    public static Workbench standard() {
        return new Workbench(Clock.systemDefaultZone());
    }

    /** The clock new incidents and imports are dated by. */
    public Clock clock() {
        return clock;
    }

    /** Which engine runs a scenario. */
    public EngineChoice engines() {
        return engines;
    }

    /** Files into the store. */
    public IncidentImport imports() {
        return imports;
    }

    /** Action-item suggestions, sizing ones verified by simulation. */
    public ActionSuggestions suggestions() {
        return suggestions;
    }

    /** The demo library. */
    public DemoLoader demo() {
        return demo;
    }

    /** Live watches of a Prometheus endpoint, and declaring incidents from them into a store. */
    public WatchService watches() {
        return watches;
    }

    /** Postmortem documents: Markdown, HTML, PDF, JSON. */
    public Exporter exporter() {
        return exporter;
    }

    /** Past incidents replayed against a proposed pool. */
    public RegressionSuite regressions() {
        return regressions;
    }

    /** Trends across incidents and their review document. */
    public Insights insights() {
        return insights;
    }

    /** Review moves by the workflow's rules, the author taken from the store. */
    public ReviewMoves reviews() {
        return reviews;
    }
}
