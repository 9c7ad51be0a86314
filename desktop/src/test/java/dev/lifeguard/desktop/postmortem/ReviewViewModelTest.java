package dev.lifeguard.desktop.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workbench.Workbench;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.ReviewStatus;
import dev.lifeguard.incident.ReviewStep;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.incident.store.StoreOptions;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The console's review moves keep the workflow's rules, with the author read from the store's first revision. */
class ReviewViewModelTest {

    private static final Workbench WORKBENCH =
            new Workbench(Clock.fixed(Instant.parse("2026-11-30T10:15:00Z"), ZoneOffset.UTC));

    @TempDir
    Path dir;

    private SqliteIncidentStore store;
    private String id;

    @BeforeEach
    void open() {
        // "ana" writes the postmortem: revision 1 is hers.
        try (SqliteIncidentStore byAna =
                SqliteIncidentStore.open(dir.resolve("team.db"), StoreOptions.DEFAULT.withAuthor("ana"))) {
            // A draft with no review trail yet (the demo incident is already in review).
            Incident draft = DemoLibrary.incidents().get(0).toBuilder()
                    .reviewStatus(ReviewStatus.DRAFT)
                    .review(null)
                    .build();
            id = byAna.create(draft).incident().id();
        }
        store = SqliteIncidentStore.open(dir.resolve("team.db"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    /** A console whose author is {@code actor}, opened on the stored incident. */
    private Console console(String actor) {
        WorkspaceViewModel workspace = new WorkspaceViewModel(
                store.get(id).orElseThrow(), store, new InlineTaskExecutor(), new MessageCenter());
        ReviewViewModel review = new ReviewViewModel(
                workspace, store, WORKBENCH.reviews(), actor, new InlineTaskExecutor(), new MessageCenter());
        return new Console(workspace, review);
    }

    private record Console(WorkspaceViewModel workspace, ReviewViewModel review) {
        Incident incident() {
            return workspace.incident();
        }
    }

    @Test
    void firstMover_isNotTheAuthor_soTheyMayReview() {
        Console rita = console("rita");
        rita.review().move(ReviewStatus.IN_REVIEW, null);
        rita.review().move(ReviewStatus.REVIEWED, null);

        assertThat(rita.review().refusalProperty().get()).isEmpty();
        assertThat(rita.incident().reviewStatus()).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(rita.incident().review().author()).isEqualTo("ana");
        ReviewStep signOff = rita.incident().review().steps().get(1);
        assertThat(signOff.by()).isEqualTo("rita");
        assertThat(signOff.at().toInstant()).isEqualTo(Instant.parse("2026-11-30T10:15:00Z"));
        rita.workspace().saveIfDirty();
        assertThat(store.get(id).orElseThrow().incident().reviewStatus()).isEqualTo(ReviewStatus.REVIEWED);
    }

    @Test
    void author_cannotSignOffTheirOwnPostmortem_andTheStatusStays() {
        Console ana = console("ana");
        ana.review().move(ReviewStatus.IN_REVIEW, null);
        ana.review().move(ReviewStatus.REVIEWED, null);

        assertThat(ana.incident().reviewStatus()).isEqualTo(ReviewStatus.IN_REVIEW);
        assertThat(ana.review().refusalProperty().get()).contains("reviewer must be someone other than the author");
        ana.review().move(ReviewStatus.DRAFT, null);
        assertThat(ana.review().refusalProperty().get())
                .as("an accepted move clears the refusal")
                .isEmpty();
    }

    @Test
    void skippingAStep_needsAReason() {
        Console rita = console("rita");
        assertThat(rita.review().needsReason(ReviewStatus.REVIEWED)).isTrue();
        assertThat(rita.review().needsReason(ReviewStatus.IN_REVIEW)).isFalse();

        rita.review().move(ReviewStatus.REVIEWED, null);
        assertThat(rita.incident().reviewStatus()).isEqualTo(ReviewStatus.DRAFT);
        assertThat(rita.review().refusalProperty().get()).contains("skips In review");

        rita.review().move(ReviewStatus.REVIEWED, "reviewed in the incident call");
        assertThat(rita.incident().reviewStatus()).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(rita.incident().review().steps().get(0).reason()).isEqualTo("reviewed in the incident call");
    }

    @Test
    void closing_needsOwnersAndDueDates_thenNothingChangesUntilReopened() {
        Console rita = console("rita");
        rita.review().move(ReviewStatus.IN_REVIEW, null);
        rita.review().move(ReviewStatus.REVIEWED, null);
        ActionItemsViewModel items = new ActionItemsViewModel(rita.workspace());
        ActionItem unowned = rita.incident().actionItems().get(0);
        assertThat(items.setActionItemField(unowned.id(), ActionField.OWNER, ""))
                .isEmpty();
        rita.review().move(ReviewStatus.CLOSED, null);
        assertThat(rita.incident().reviewStatus()).isEqualTo(ReviewStatus.REVIEWED);
        assertThat(rita.review().refusalProperty().get()).contains("action item " + unowned.id() + " needs an owner");

        for (ActionItem a : rita.incident().actionItems()) {
            assertThat(items.setActionItemField(a.id(), ActionField.OWNER, "kim"))
                    .isEmpty();
            assertThat(items.setActionItemField(a.id(), ActionField.DUE, "2026-12-31"))
                    .isEmpty();
        }
        rita.review().move(ReviewStatus.CLOSED, null);
        assertThat(rita.incident().reviewStatus()).isEqualTo(ReviewStatus.CLOSED);
        assertThat(rita.review().closedProperty().get()).isTrue();

        String summary = rita.incident().summary();
        assertThat(rita.workspace()
                        .edit(
                                "Edit summary",
                                i -> i.toBuilder().summary("changed").build()))
                .hasValueSatisfying(why -> assertThat(why).contains("is closed"));
        assertThat(rita.incident().summary()).isEqualTo(summary);
        assertThat(rita.workspace().canUndoProperty().get())
                .as("undo would reopen without a recorded move")
                .isFalse();

        rita.review().move(ReviewStatus.REVIEWED, null);
        assertThat(rita.review().closedProperty().get()).isFalse();
        assertThat(rita.workspace()
                        .edit(
                                "Edit summary",
                                i -> i.toBuilder().summary("changed").build()))
                .isEmpty();
        rita.workspace().saveIfDirty();
        Incident stored = store.get(id).orElseThrow().incident();
        assertThat(stored.summary()).isEqualTo("changed");
        assertThat(stored.review().steps())
                .extracting(ReviewStep::to)
                .containsExactly(
                        ReviewStatus.IN_REVIEW, ReviewStatus.REVIEWED, ReviewStatus.CLOSED, ReviewStatus.REVIEWED);
    }
}
