package dev.lifeguard.incident.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EditJournalTest {

    @TempDir
    Path dir;

    @Test
    void entries_surviveReopening_untilDone_andAFullyDoneJournalIsEmpty() throws Exception {
        Path file = dir.resolve("a/edits.journal");
        try (EditJournal journal = EditJournal.open(file)) {
            journal.append("INC-A", 0, "{\"title\":\"a 🔥\"}");
            journal.append("INC-B", 3, "{\"title\":\"b\"}");
            journal.append("INC-A", 1, "{\"title\":\"a2\"}");
            journal.done(1);
        }
        try (EditJournal journal = EditJournal.open(file)) {
            assertThat(journal.pending())
                    .extracting(JournalEntry::seq, JournalEntry::incidentId, JournalEntry::baseRevision)
                    .containsExactly(tuple(2L, "INC-B", 3L), tuple(3L, "INC-A", 1L));
            assertThat(journal.append("INC-C", 0, "{}").seq()).isEqualTo(4);
            journal.done(2);
            journal.done(3);
            journal.done(4);
        }
        assertThat(Files.size(file)).isZero();
    }

    @Test
    void aLineCutShortByACrash_isDropped_andEverythingBeforeItKept() throws Exception {
        Path file = dir.resolve("torn.journal");
        try (EditJournal journal = EditJournal.open(file)) {
            journal.append("INC-A", 0, "{\"title\":\"kept\"}");
        }
        Files.writeString(file, "{\"seq\":2,\"incidentId\":\"INC-B\",\"baseRe", StandardOpenOption.APPEND);
        try (EditJournal journal = EditJournal.open(file)) {
            assertThat(journal.pending()).extracting(JournalEntry::incidentId).containsExactly("INC-A");
            journal.append("INC-C", 0, "{}");
        }
        try (EditJournal journal = EditJournal.open(file)) {
            assertThat(journal.pending()).extracting(JournalEntry::incidentId).containsExactly("INC-A", "INC-C");
        }
    }

    @Test
    void aDamagedLineInTheMiddle_isReportedWithItsLine_andNothingIsDiscarded() throws Exception {
        Path file = dir.resolve("damaged.journal");
        try (EditJournal journal = EditJournal.open(file)) {
            journal.append("INC-A", 0, "{}");
        }
        String good = Files.readString(file);
        Files.writeString(file, "not json\n" + good, StandardCharsets.UTF_8);
        assertThatThrownBy(() -> EditJournal.open(file))
                .isInstanceOf(UncheckedIOException.class)
                .hasMessageContaining("damaged.journal line 1");
        assertThat(Files.readString(file)).isEqualTo("not json\n" + good);
    }
}
