package dev.lifeguard.desktop.workspace;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.incident.TimelineEntry;
import dev.lifeguard.incident.TimelineKind;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.incident.store.StoredIncident;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class WorkspaceViewModelTest {

    @TempDir
    Path dir;

    private SqliteIncidentStore store;
    private final MessageCenter messages = new MessageCenter();
    private WorkspaceViewModel workspace;
    private String id;

    @BeforeEach
    void open() {
        store = SqliteIncidentStore.open(dir.resolve("ws.db"));
        DemoLibrary.incidents().forEach(store::create);
        id = DemoLibrary.incidents().get(0).id();
        workspace = new WorkspaceViewModel(store.get(id).orElseThrow(), store, new InlineTaskExecutor(), messages);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void edit_thenSave_storeHoldsTheEditAtTheNextRevision() {
        long before = workspace.revision();
        workspace.edit("Rename", i -> i.toBuilder().title("Renamed at 3 a.m.").build());
        assertThat(workspace.saveStateProperty().get()).isEqualTo(SaveState.UNSAVED);
        workspace.saveIfDirty();
        StoredIncident stored = store.get(id).orElseThrow();
        assertThat(stored.incident().title()).isEqualTo("Renamed at 3 a.m.");
        assertThat(stored.revision()).isEqualTo(before + 1);
        assertThat(workspace.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void saveIfDirty_nothingChanged_writesNothing() {
        long before = store.get(id).orElseThrow().revision();
        workspace.saveIfDirty();
        assertThat(store.get(id).orElseThrow().revision()).isEqualTo(before);
    }

    @Test
    void edit_invalid_isRejectedWithTheFieldAndChangesNothing() {
        var original = workspace.incident();
        var error = workspace.edit("Blank title", i -> i.toBuilder().title(" ").build());
        assertThat(error).hasValueSatisfying(m -> assertThat(m).contains("title"));
        assertThat(workspace.incident()).isEqualTo(original);
        assertThat(workspace.canUndoProperty().get()).isFalse();
    }

    @Test
    void undoRedo_twoEdits_walkBackAndForth() {
        String original = workspace.incident().title();
        workspace.edit("one", i -> i.toBuilder().title("one").build());
        workspace.edit("two", i -> i.toBuilder().title("two").build());
        workspace.undo();
        assertThat(workspace.incident().title()).isEqualTo("one");
        workspace.undo();
        assertThat(workspace.incident().title()).isEqualTo(original);
        assertThat(workspace.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        workspace.redo();
        assertThat(workspace.incident().title()).isEqualTo("one");
    }

    @Test
    void saveIfDirty_anotherWriterSavedFirst_reportsConflictAndOverwritesNothing() {
        StoredIncident theirs = store.get(id).orElseThrow();
        store.update(theirs.incident().toBuilder().summary("their summary").build(), theirs.revision());
        workspace.edit("Mine", i -> i.toBuilder().summary("my summary").build());
        workspace.saveIfDirty();
        assertThat(workspace.saveStateProperty().get()).isEqualTo(SaveState.CONFLICT);
        assertThat(workspace.conflictProperty().get()).contains(id).contains("another writer");
        assertThat(store.get(id).orElseThrow().incident().summary()).isEqualTo("their summary");
        assertThat(messages.latestProperty().get().title()).contains("someone else changed");
    }

    @Test
    void saveIfDirty_anotherWriterChangedOtherThings_mergesBothAndKeepsSaving() {
        // The live watch appends an alert and a note while the engineer rewrites the summary.
        StoredIncident theirs = store.get(id).orElseThrow();
        OffsetDateTime at = theirs.incident().timeline().get(0).at().plusSeconds(1);
        List<TimelineEntry> timeline = new ArrayList<>(theirs.incident().timeline());
        timeline.add(TimelineEntry.of(at, TimelineKind.NOTE, "live note"));
        store.update(theirs.incident().toBuilder().timeline(timeline).build(), theirs.revision());
        workspace.edit("Mine", i -> i.toBuilder().summary("my summary").build());

        workspace.saveIfDirty();

        assertThat(workspace.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(workspace.conflictProperty().get()).isNull();
        StoredIncident stored = store.get(id).orElseThrow();
        assertThat(stored.incident().summary()).isEqualTo("my summary");
        assertThat(stored.incident().timeline()).extracting(e -> e.text()).contains("live note");
        assertThat(workspace.incident()).isEqualTo(stored.incident());
        assertThat(workspace.revision()).isEqualTo(stored.revision());

        workspace.undo();
        assertThat(workspace.incident().summary()).as("my edit undone").isNotEqualTo("my summary");
        assertThat(workspace.incident().timeline())
                .extracting(e -> e.text())
                .as("their note stays")
                .contains("live note");
    }

    @Test
    void followOtherWriters_showsTheirSave_andUndoKeepsTheirData() {
        workspace.edit("Mine", i -> i.toBuilder().summary("my summary").build());
        workspace.saveIfDirty();
        StoredIncident saved = store.get(id).orElseThrow();
        long checked = saved.revision();
        workspace.followOtherWriters();
        assertThat(workspace.revision()).as("nothing new").isEqualTo(checked);

        store.update(
                saved.incident().toBuilder()
                        .notes(List.of("recorded by the live watch"))
                        .build(),
                saved.revision());
        workspace.followOtherWriters();

        assertThat(workspace.incident().notes()).containsExactly("recorded by the live watch");
        assertThat(workspace.revision()).isEqualTo(checked + 1);
        assertThat(workspace.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        workspace.undo();
        assertThat(workspace.incident().summary()).as("my edit undone").isNotEqualTo("my summary");
        assertThat(workspace.incident().notes()).as("their data stays").containsExactly("recorded by the live watch");
    }

    @Test
    void keepMine_afterConflict_savesLocalVersionOverTheirs() {
        StoredIncident theirs = store.get(id).orElseThrow();
        store.update(theirs.incident().toBuilder().summary("their summary").build(), theirs.revision());
        workspace.edit("Mine", i -> i.toBuilder().summary("my summary").build());
        workspace.saveIfDirty();
        workspace.keepMine();
        assertThat(store.get(id).orElseThrow().incident().summary()).isEqualTo("my summary");
        assertThat(workspace.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }

    @Test
    void reloadFromStore_afterConflict_showsTheirVersion() {
        StoredIncident theirs = store.get(id).orElseThrow();
        store.update(theirs.incident().toBuilder().summary("their summary").build(), theirs.revision());
        workspace.edit("Mine", i -> i.toBuilder().summary("my summary").build());
        workspace.saveIfDirty();
        workspace.reloadFromStore();
        assertThat(workspace.incident().summary()).isEqualTo("their summary");
        assertThat(workspace.conflictProperty().get()).isNull();
        assertThat(workspace.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
    }
}
