package dev.lifeguard.desktop.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.store.IncidentRevision;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.incident.store.StoreChange;
import dev.lifeguard.incident.store.StoreOptions;
import dev.lifeguard.incident.store.StoredIncident;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two consoles (two stores with their own authors on one library file) editing one incident. */
class TeamEditingTest {

    @TempDir
    Path dir;

    private SqliteIncidentStore anaStore;
    private SqliteIncidentStore benStore;
    private WorkspaceViewModel ana;
    private WorkspaceViewModel ben;
    private String id;

    @BeforeEach
    void open() {
        Path file = dir.resolve("team.db");
        anaStore = SqliteIncidentStore.open(file, StoreOptions.TESTING.withAuthor("ana"));
        benStore = SqliteIncidentStore.open(file, StoreOptions.TESTING.withAuthor("ben"));
        DemoLibrary.incidents().forEach(anaStore::create);
        id = DemoLibrary.incidents().get(1).id();
        ana = workspace(anaStore);
        ben = workspace(benStore);
    }

    private WorkspaceViewModel workspace(SqliteIncidentStore store) {
        return new WorkspaceViewModel(
                store.get(id).orElseThrow(), store, new InlineTaskExecutor(), new MessageCenter());
    }

    @AfterEach
    void close() {
        anaStore.close();
        benStore.close();
    }

    @Test
    void oneSaves_theOtherHearsOfItAndShowsIt_keepingItsUnsavedEditOfAnotherField() throws Exception {
        LinkedBlockingQueue<StoreChange> heard = new LinkedBlockingQueue<>();
        try (AutoCloseable listening = benStore.onChange(heard::add)) {
            ben.edit(
                    "Trigger",
                    i -> i.toBuilder()
                            .trigger("a deploy doubled the worker count")
                            .build());
            ana.edit(
                    "Root cause",
                    i -> i.toBuilder().rootCause("pool sized for one replica").build());
            ana.saveIfDirty();

            StoreChange change = heard.poll(5, TimeUnit.SECONDS);
            assertThat(change).isNotNull();
            assertThat(change.author()).isEqualTo("ana");
            ben.storeChanged(change);

            assertThat(ben.incident().rootCause()).isEqualTo("pool sized for one replica");
            assertThat(ben.incident().trigger()).as("unsaved edit kept").isEqualTo("a deploy doubled the worker count");
            assertThat(ben.saveStateProperty().get()).isEqualTo(SaveState.UNSAVED);
            ben.saveIfDirty();
            StoredIncident stored = anaStore.get(id).orElseThrow();
            assertThat(stored.incident().rootCause()).isEqualTo("pool sized for one replica");
            assertThat(stored.incident().trigger()).isEqualTo("a deploy doubled the worker count");
            assertThat(ben.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        }
    }

    @Test
    void saveWithoutConflict_mergesSilently_andShowsTheMergedIncident() {
        ana.edit("Summary", i -> i.toBuilder().summary("ana's summary").build());
        ana.saveIfDirty();
        ben.edit(
                "Resolution",
                i -> i.toBuilder().resolution("raised maximumPoolSize to 40").build());
        ben.saveIfDirty();

        assertThat(ben.pendingConflictProperty().get()).isNull();
        assertThat(ben.incident().summary()).isEqualTo("ana's summary");
        assertThat(ben.incident().resolution()).isEqualTo("raised maximumPoolSize to 40");
        assertThat(ben.incident()).isEqualTo(benStore.get(id).orElseThrow().incident());
    }

    @Test
    void sameFieldsChangedOnBothSides_conflictShowsBothValuesAndAuthors_andTheChoiceIsStored() {
        ana.edit(
                "Both",
                i -> i.toBuilder()
                        .summary("ana's summary")
                        .rootCause("ana's cause")
                        .build());
        ana.saveIfDirty();
        ben.edit(
                "Both",
                i -> i.toBuilder()
                        .summary("ben's summary")
                        .rootCause("ben's cause")
                        .trigger("ben's trigger")
                        .build());
        ben.saveIfDirty();

        assertThat(ben.saveStateProperty().get()).isEqualTo(SaveState.CONFLICT);
        ConflictChoices choices =
                new ConflictChoices(ben.pendingConflictProperty().get());
        assertThat(choices.rows()).extracting(ConflictChoices.Row::field).containsExactly("summary", "rootCause");
        ConflictChoices.Row summary = choices.rows().get(0);
        assertThat(summary.mine()).isEqualTo("ben's summary");
        assertThat(summary.theirs()).isEqualTo("ana's summary");
        assertThat(summary.myAuthor()).isEqualTo("ben");
        assertThat(summary.theirAuthor()).startsWith("ana");
        assertThat(anaStore.get(id).orElseThrow().incident().summary())
                .as("nothing written before the choice")
                .isEqualTo("ana's summary");

        summary.keepMineProperty().set(true); // rootCause stays ana's
        assertThat(ben.resolve(choices.keepMine())).isEmpty();

        StoredIncident stored = anaStore.get(id).orElseThrow();
        assertThat(stored.incident().summary()).isEqualTo("ben's summary");
        assertThat(stored.incident().rootCause()).isEqualTo("ana's cause");
        assertThat(stored.incident().trigger()).as("ben's other change kept").isEqualTo("ben's trigger");
        assertThat(ben.incident()).isEqualTo(stored.incident());
        assertThat(ben.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        List<IncidentRevision> history = anaStore.history(id);
        assertThat(history.get(history.size() - 1).author()).isEqualTo("ben");
        assertThat(history.get(history.size() - 1).fieldsChanged()).contains("summary", "trigger");
    }

    @Test
    void conflictChoices_allTheirs_keepsNothingOfMineInThoseFields() {
        ana.edit("Summary", i -> i.toBuilder().summary("ana's summary").build());
        ana.saveIfDirty();
        ben.edit("Summary", i -> i.toBuilder().summary("ben's summary").build());
        ben.saveIfDirty();
        ConflictChoices choices =
                new ConflictChoices(ben.pendingConflictProperty().get());
        choices.keepAllMine(true);
        choices.keepAllMine(false);
        assertThat(choices.keepMine()).isEqualTo(Set.of());
        ben.resolve(choices.keepMine());
        assertThat(ben.incident().summary()).isEqualTo("ana's summary");
        assertThat(ben.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }
}
