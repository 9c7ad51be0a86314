package dev.lifeguard.desktop.cli;

import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.StoredIncident;
import dev.lifeguard.postmortem.rules.Suggestion;
import dev.lifeguard.postmortem.rules.SuggestionReview;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code suggest ID [--accept SUGGESTION…] [--dismiss SUGGESTION…]}: the action items the rules suggest for an
 * incident, each with the numbers that triggered it; only those named with {@code --accept} are added (with
 * their evidence).
 */
@Command(
        name = "suggest",
        description = "Action items suggested by rules over the incident's evidence; --accept"
                + " adds the named ones (with their evidence) to the incident, nothing is added otherwise.")
public final class SuggestCommand implements Callable<Integer> {

    @ParentCommand
    LifeguardCommand root;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "ID", description = "The incident's id.")
    String id;

    @Option(names = "--accept", paramLabel = "SUGGESTION", description = "Add this suggestion as an action item.")
    List<String> accept = new ArrayList<>();

    @Option(names = "--dismiss", paramLabel = "SUGGESTION", description = "Dismiss this suggestion.")
    List<String> dismiss = new ArrayList<>();

    @Option(names = "--no-simulation", description = "Do not verify sizing suggestions by simulation.")
    boolean noSimulation;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (IncidentStore s = store.openExisting(id)) {
            StoredIncident stored =
                    s.get(id).orElseThrow(() -> new BadInputException("no incident '" + id + "' in " + s.location()));
            List<Suggestion> suggestions = root.workbench().suggestions().suggest(stored.incident(), !noSimulation);
            SuggestionReview review = new SuggestionReview(stored.incident(), suggestions);
            PrintWriter out = spec.commandLine().getOut();
            if (suggestions.isEmpty()) {
                out.println(id + ": no suggestions");
            }
            for (Suggestion suggestion : suggestions) {
                out.println(suggestion.id() + "  [" + suggestion.type().wire() + "] " + suggestion.title());
                if (suggestion.proposedPool() == null) {
                    out.println("    because " + suggestion.because());
                    continue;
                }
                // As the console shows a pool-size suggestion: the rule's numbers, then the simulation's verdict.
                out.println("    because " + suggestion.because().split("; (simulated before|not verified)")[0]);
                var v = suggestion.verification();
                if (v == null) {
                    out.println("    not verified: " + suggestion.notVerifiedBecause());
                } else {
                    out.println("    verified by simulation (" + v.reference() + ")");
                    out.println("    before: " + v.before().describe());
                    out.println("    after:  " + v.after().describe());
                    if (v.caveat() != null) {
                        out.println("    " + v.caveat());
                    }
                }
            }
            try {
                dismiss.forEach(d -> review.dismiss(d, "dismissed on the command line"));
                for (String a : accept) {
                    ActionItem item = review.accept(a);
                    out.println("accepted " + a + " as " + item.id());
                }
            } catch (IllegalArgumentException | IllegalStateException e) {
                throw new BadInputException(e.getMessage(), e);
            }
            if (!accept.isEmpty()) {
                s.update(review.incident(), stored.revision());
            }
        }
        return ExitCodes.OK;
    }
}
