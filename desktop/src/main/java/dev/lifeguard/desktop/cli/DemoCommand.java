package dev.lifeguard.desktop.cli;

import dev.lifeguard.incident.store.IncidentStore;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code demo}: loads (or removes) the bundled demo library, its pool metrics simulated by the virtual engine. */
@Command(name = "demo", description = "Load the bundled demo incidents into the store (or remove them).")
public final class DemoCommand implements Callable<Integer> {

    @ParentCommand
    LifeguardCommand root;

    @Mixin
    StoreOption store;

    @Option(names = "--remove", description = "Remove the demo incidents instead.")
    boolean remove;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        try (IncidentStore s = store.open()) {
            if (remove) {
                int removed = root.workbench().demo().remove(s);
                spec.commandLine().getOut().println("removed " + removed + " demo incident(s) from " + s.location());
                return ExitCodes.OK;
            }
            List<String> loaded = root.workbench().demo().loadInto(s);
            spec.commandLine()
                    .getOut()
                    .println("loaded " + loaded.size() + " demo incident(s) into " + s.location()
                            + (loaded.isEmpty() ? " (already there)" : ""));
            loaded.forEach(spec.commandLine().getOut()::println);
            return ExitCodes.OK;
        }
    }
}
