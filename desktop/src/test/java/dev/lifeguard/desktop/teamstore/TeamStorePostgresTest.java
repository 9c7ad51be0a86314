package dev.lifeguard.desktop.teamstore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.concurrent.UiThread;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workspace.SaveState;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.IncidentStores;
import dev.lifeguard.incident.store.PostgresTarget;
import dev.lifeguard.incident.store.StoreChange;
import dev.lifeguard.incident.store.StoreOptions;
import dev.lifeguard.incident.store.ThrowawayPostgres;
import java.nio.file.Path;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's team store parts against a real throwaway PostgreSQL: NOTIFY between consoles, the journal. */
class TeamStorePostgresTest {

    @TempDir
    Path dir;

    @Test
    void twoConsolesOnOneServer_aSaveIsNotifiedAndShownInTheOther() throws Exception {
        ThrowawayPostgres server = ThrowawayPostgres.get();
        assumeTrue(server != null, "PostgreSQL is not installed");
        PostgresTarget target = server.newDatabase();
        Incident incident = DemoLibrary.incidents().get(2);
        try (IncidentStore anaStore = IncidentStores.open(target, StoreOptions.TESTING.withAuthor("ana"));
                IncidentStore benStore = IncidentStores.open(target, StoreOptions.TESTING.withAuthor("ben"));
                TeamStoreSession ana = new TeamStoreSession(anaStore, dir.resolve("ana.jsonl"), UiThread.immediate());
                TeamStoreSession ben = new TeamStoreSession(benStore, dir.resolve("ben.jsonl"), UiThread.immediate())) {
            anaStore.create(incident);
            LinkedBlockingQueue<StoreChange> heard = new LinkedBlockingQueue<>();
            ben.onChange(heard::add);
            WorkspaceViewModel benWorkspace = new WorkspaceViewModel(
                    benStore.get(incident.id()).orElseThrow(),
                    benStore,
                    ben.saver(),
                    new InlineTaskExecutor(),
                    new MessageCenter());
            WorkspaceViewModel anaWorkspace = new WorkspaceViewModel(
                    anaStore.get(incident.id()).orElseThrow(),
                    anaStore,
                    ana.saver(),
                    new InlineTaskExecutor(),
                    new MessageCenter());

            anaWorkspace.edit(
                    "Cause",
                    i -> i.toBuilder()
                            .rootCause("statement timeout above the pool's")
                            .build());
            anaWorkspace.saveIfDirty();

            StoreChange change = heard.poll(10, TimeUnit.SECONDS);
            while (change != null && change.revision() < 2) { // the create, heard first
                change = heard.poll(10, TimeUnit.SECONDS);
            }
            assertThat(change).as("NOTIFY of ana's save reached ben's store").isNotNull();
            assertThat(change.author()).isEqualTo("ana");
            benWorkspace.storeChanged(change);
            assertThat(benWorkspace.incident().rootCause()).isEqualTo("statement timeout above the pool's");
            assertThat(benWorkspace.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        }
    }

    @Test
    void serverStopped_saveIsJournalled_statusSaysSo_andReplaysWhenItIsBack() throws Exception {
        ThrowawayPostgres server = ThrowawayPostgres.startOwn();
        assumeTrue(server != null, "PostgreSQL is not installed");
        PostgresTarget target = server.newDatabase();
        Incident incident = DemoLibrary.incidents().get(0);
        try (IncidentStore store = IncidentStores.open(target, StoreOptions.TESTING.withAuthor("ana"));
                TeamStoreSession session =
                        new TeamStoreSession(store, dir.resolve("journal.jsonl"), UiThread.immediate())) {
            store.create(incident);
            WorkspaceViewModel workspace = new WorkspaceViewModel(
                    store.get(incident.id()).orElseThrow(),
                    store,
                    session.saver(),
                    new InlineTaskExecutor(),
                    new MessageCenter());
            server.stop();

            workspace.edit(
                    "Summary",
                    i -> i.toBuilder()
                            .summary("typed while the server was down")
                            .build());
            workspace.saveIfDirty();

            assertThat(workspace.saveStateProperty().get()).isEqualTo(SaveState.JOURNALLED);
            assertThat(session.unsavedProperty().get()).isEqualTo(1);
            assertThat(session.journalTextProperty().get()).isEqualTo("1 unsaved change, server unreachable, retrying");

            server.startServer();
            // As the console's retries do: the first attempt after a restart may meet the pool's broken connections
            // (HikariCP drops them on that failure), so replay until the journal is empty, for at most 15 s.
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(15);
            session.replayNow();
            while (session.unsavedProperty().get() > 0 && System.nanoTime() < deadline) {
                Thread.sleep(250);
                session.replayNow();
            }

            assertThat(session.unsavedProperty().get()).isZero();
            assertThat(session.journalTextProperty().get()).isEmpty();
            assertThat(store.get(incident.id()).orElseThrow().incident().summary())
                    .isEqualTo("typed while the server was down");
        } finally {
            server.stop();
        }
    }
}
