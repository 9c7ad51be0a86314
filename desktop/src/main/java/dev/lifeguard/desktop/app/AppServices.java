package dev.lifeguard.desktop.app;

import static java.util.Objects.requireNonNull;

import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workbench.watch.WatchService;
import dev.lifeguard.incident.store.IncidentStore;
import java.nio.file.Path;
import java.time.Clock;

/**
 * What every view model is built from: the one store, the one executor, the message center and the
 * clock. Built once, in {@link LifeguardApp#start}, or by a test.
 *
 * @param store     the incident store
 * @param executor  the one background executor
 * @param messages  where errors and notices go
 * @param clock     the wall clock ("add note now", new incidents)
 * @param exportDir where exported documents go by default
 * @param author    the user's name for notes they add
 */
public record AppServices(
        IncidentStore store,
        TaskExecutor executor,
        MessageCenter messages,
        Clock clock,
        Path exportDir,
        String author) {

    public AppServices {
        requireNonNull(store, "store");
        requireNonNull(executor, "executor");
        requireNonNull(messages, "messages");
        requireNonNull(clock, "clock");
        requireNonNull(exportDir, "exportDir");
    }

    /** Live watches that declare incidents into the store, on the clock. */
    public WatchService watches() {
        return new WatchService(store, clock);
    }
}
