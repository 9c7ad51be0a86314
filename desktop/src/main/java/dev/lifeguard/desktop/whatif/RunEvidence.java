package dev.lifeguard.desktop.whatif;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.Evidence;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.poolsim.result.SimulationResult;
import java.util.ArrayList;
import java.util.Optional;

/** A lab run kept with the incident (in the background) and cited as an action item's evidence. */
final class RunEvidence {

    private RunEvidence() {}

    /** Keeps {@code result} with the workspace's incident and cites it as the evidence of {@code itemId}. */
    static void attach(
            WorkspaceViewModel workspace,
            IncidentStore store,
            TaskExecutor executor,
            MessageCenter messages,
            SimulationResult result,
            String itemId) {
        String incidentId = workspace.incident().id();
        String title = result.scenario().name() + " (" + result.engine() + ")";
        String summary = RunSummary.oneLine(result);
        String document = Documents.write(result, Formats.RESULT);
        BackgroundTask.of("Attaching run to " + itemId, () -> store.attachRun(incidentId, title, document))
                .onSuccess(runId -> {
                    Optional<String> error = workspace.edit("Attach simulation run", i -> {
                        var items = new ArrayList<>(i.actionItems());
                        for (int k = 0; k < items.size(); k++) {
                            if (items.get(k).id().equals(itemId)) {
                                items.set(
                                        k,
                                        items.get(k)
                                                .withEvidence(new Evidence(EvidenceKind.SIMULATION, runId, summary)));
                            }
                        }
                        return i.toBuilder().actionItems(items).build();
                    });
                    error.ifPresentOrElse(
                            m -> messages.info("Could not attach the run", m),
                            () -> messages.info("Run attached to " + itemId, summary));
                })
                .onFailure(e -> messages.error("Attaching run to " + itemId, e))
                .executeWith(executor);
    }
}
