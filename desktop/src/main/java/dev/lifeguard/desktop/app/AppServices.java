package dev.lifeguard.desktop.app;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workbench.Workbench;
import dev.lifeguard.desktop.workbench.watch.WatchService;
import dev.lifeguard.incident.store.IncidentStore;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What every view model is built from: the one store, the one executor, the message center, the clock and the
 * workbench's use cases. Built once, in {@link LifeguardApp#start}, or by a test; view models receive their services
 * from here and never build their own.
 *
 * @param store     the incident store
 * @param executor  the one background executor
 * @param messages  where errors and notices go
 * @param clock     the wall clock ("add note now", new incidents)
 * @param exportDir where exported documents go by default
 * @param author    the user's name for notes they add
 * @param workbench the use cases the command line shares (import, suggestions, engines, exports, the demo)
 */
public record AppServices(
        IncidentStore store,
        TaskExecutor executor,
        MessageCenter messages,
        Clock clock,
        Path exportDir,
        String author,
        Workbench workbench) {

    public AppServices {
        requireNonNull(store, "store");
        requireNonNull(executor, "executor");
        requireNonNull(messages, "messages");
        requireNonNull(clock, "clock");
        requireNonNull(exportDir, "exportDir");
        requireNonNull(workbench, "workbench");
    }

    /** These services with another author and export folder (after the preferences changed). */
    public AppServices withAuthorAndExportDir(String newAuthor, Path newExportDir) {
        return new AppServices(store, executor, messages, clock, newExportDir, newAuthor, workbench);
    }

    /** Live watches that declare incidents into the store, on the clock. */
    public WatchService watches() {
        return new WatchService(store, clock);
    }
}
