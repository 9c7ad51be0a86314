package dev.lifeguard.desktop.teamstore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.concurrent.UiThread;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.json.Documents;
import dev.lifeguard.incident.json.Formats;
import dev.lifeguard.incident.store.EditJournal;
import dev.lifeguard.incident.store.SaveOutcome;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.incident.store.StoreChange;
import dev.lifeguard.incident.store.StoreOptions;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TeamStoreSessionTest {

    @TempDir
    Path dir;

    private SqliteIncidentStore store;
    private Incident incident;

    @BeforeEach
    void open() {
        store = SqliteIncidentStore.open(dir.resolve("lib.db"), StoreOptions.TESTING.withAuthor("ana"));
        incident = DemoLibrary.incidents().get(0);
        store.create(incident);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void journalLeftByAnEarlierSession_isReplayed_andTheStatusClears() {
        Path file = dir.resolve("journal.jsonl");
        try (EditJournal journal = EditJournal.open(file)) {
            Incident edited = incident.toBuilder()
                    .summary("written while the server was away")
                    .build();
            journal.append(incident.id(), 1, Documents.write(edited, Formats.INCIDENT));
        }
        try (TeamStoreSession session = new TeamStoreSession(store, file, UiThread.immediate())) {
            session.replayNow();
            assertThat(store.get(incident.id()).orElseThrow().incident().summary())
                    .isEqualTo("written while the server was away");
            assertThat(session.unsavedProperty().get()).isZero();
            assertThat(session.journalTextProperty().get()).isEmpty();
        }
    }

    @Test
    void journalEntryTheStoreCannotTake_staysCounted_andTheStatusSaysWhy() {
        Path file = dir.resolve("journal.jsonl");
        try (EditJournal journal = EditJournal.open(file)) {
            journal.append(incident.id(), 1, "{\"format\":\"lifeguard.incident/1\",\"id\":\"\"}");
        }
        try (TeamStoreSession session = new TeamStoreSession(store, file, UiThread.immediate())) {
            session.replayNow();
            assertThat(session.unsavedProperty().get()).isEqualTo(1);
            assertThat(session.journalTextProperty().get())
                    .startsWith("1 unsaved change")
                    .contains("cannot be read");
        }
    }

    @Test
    void saveThroughTheSession_isHeardByItsChangeListener_withTheAuthor() throws Exception {
        LinkedBlockingQueue<StoreChange> heard = new LinkedBlockingQueue<>();
        try (TeamStoreSession session = new TeamStoreSession(store, dir.resolve("j.jsonl"), UiThread.immediate())) {
            session.onChange(heard::add);
            SaveOutcome outcome = session.saver()
                    .save(incident.toBuilder().trigger("a retry storm").build(), 1);
            assertThat(outcome).isInstanceOf(SaveOutcome.Saved.class);
            StoreChange change = heard.poll(5, TimeUnit.SECONDS);
            assertThat(change).isNotNull();
            assertThat(change.author()).isEqualTo("ana");
            assertThat(change.revision()).isEqualTo(2);
            assertThat(session.journalTextProperty().get()).isEmpty();
        }
    }

    @Test
    void stoppedListener_hearsNoLaterSave_whileOthersStillDo() throws Exception {
        LinkedBlockingQueue<StoreChange> stopped = new LinkedBlockingQueue<>();
        LinkedBlockingQueue<StoreChange> kept = new LinkedBlockingQueue<>();
        try (TeamStoreSession session = new TeamStoreSession(store, dir.resolve("j.jsonl"), UiThread.immediate())) {
            Runnable stop = session.onChange(stopped::add);
            session.onChange(kept::add);
            stop.run();
            session.saver().save(incident.toBuilder().trigger("a retry storm").build(), 1);
            assertThat(kept.poll(5, TimeUnit.SECONDS)).isNotNull();
            assertThat(stopped).isEmpty();
        }
    }

    @Test
    void history_listsEverySaveNewestFirst_withAuthorAndFieldsChanged() {
        try (SqliteIncidentStore ben =
                SqliteIncidentStore.open(dir.resolve("lib.db"), StoreOptions.TESTING.withAuthor("ben"))) {
            ben.save(incident.toBuilder().rootCause("one pool per pod, 40 pods").build(), 1);
            store.save(
                    incident.toBuilder()
                            .summary("s")
                            .rootCause("one pool per pod, 40 pods")
                            .build(),
                    2);
        }
        HistoryViewModel history = new HistoryViewModel(store, new InlineTaskExecutor(), incident.id(), ZoneOffset.UTC);
        history.refresh();
        List<HistoryRow> rows = history.rows();
        assertThat(rows).extracting(HistoryRow::revision).containsExactly(3L, 2L, 1L);
        assertThat(rows).extracting(HistoryRow::author).containsExactly("ana", "ben", "ana");
        assertThat(rows.get(0).changed()).isEqualTo("summary");
        assertThat(rows.get(1).changed()).isEqualTo("rootCause");
        assertThat(rows.get(2).changed()).isEqualTo("created");
        assertThat(rows.get(0).time()).matches("\\d{4}-\\d\\d-\\d\\d \\d\\d:\\d\\d:\\d\\d");
        assertThat(history.statusProperty().get()).isEqualTo("3 saves by 2 authors");
    }
}
