package dev.lifeguard.desktop.cli;

import dev.lifeguard.desktop.workbench.review.ReviewMoves;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.ReviewStatus;
import dev.lifeguard.incident.review.ReviewRefusedException;
import dev.lifeguard.incident.review.ReviewWorkflow;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.IncidentStores;
import dev.lifeguard.incident.store.SaveOutcome;
import dev.lifeguard.incident.store.StoreOptions;
import dev.lifeguard.incident.store.StoredIncident;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code review ID --to STATUS}: moves a postmortem through its review, by the rules of {@link ReviewWorkflow}. */
@Command(
        name = "review",
        description = "Move a postmortem through review: draft, in-review, reviewed, closed (back is always allowed;"
                + " skipping a step needs --reason; reviewed needs a reviewer other than the author).")
public final class ReviewCommand implements Callable<Integer> {

    @ParentCommand
    LifeguardCommand root;

    @Mixin
    StoreOption store;

    @Parameters(paramLabel = "ID", description = "The incident's id (see 'list').")
    String id;

    @Option(names = "--to", required = true, paramLabel = "STATUS", description = "draft, in-review, reviewed, closed.")
    String to;

    @Option(names = "--reason", description = "Why a step is skipped.")
    String reason;

    @Option(names = "--as", paramLabel = "NAME", description = "Who makes the move (default: the OS user).")
    String actor;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ReviewStatus target;
        try {
            target = ReviewStatus.of(to);
        } catch (IllegalArgumentException e) {
            throw new BadInputException("--to: " + e.getMessage());
        }
        String who = actor == null || actor.isBlank() ? StoreOptions.osUser() : actor;
        try (IncidentStore s = IncidentStores.openExisting(store.target(), StoreOptions.DEFAULT.withAuthor(who))) {
            StoredIncident stored =
                    s.get(id).orElseThrow(() -> new BadInputException("no incident '" + id + "' in " + s.location()));
            Incident moved;
            try {
                ReviewMoves reviews = root.workbench().reviews();
                moved = reviews.move(stored.incident(), target, who, reviews.author(s, id, who), reason);
            } catch (ReviewRefusedException e) {
                throw new BadInputException(e.getMessage(), e);
            }
            SaveOutcome outcome = s.save(moved, stored.revision());
            if (outcome instanceof SaveOutcome.Conflicted conflicted) {
                throw new BadInputException(
                        "incident " + id + " changed meanwhile in " + conflicted.fields() + "; run the command again");
            }
            spec.commandLine()
                    .getOut()
                    .println(id + ": " + stored.incident().reviewStatus().label() + " → " + target.label() + " by "
                            + TerminalText.line(who));
        }
        return ExitCodes.OK;
    }
}
