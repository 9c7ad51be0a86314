package dev.lifeguard.desktop.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.ActionStatus;
import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.ReviewStatus;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.postmortem.render.ExportFormat;
import dev.lifeguard.postmortem.rules.Suggestion;
import dev.lifeguard.postmortem.rules.SuggestionEdit;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostmortemViewModelTest {

    @TempDir
    Path dir;
    private SqliteIncidentStore store;
    private WorkspaceViewModel workspace;
    private PostmortemViewModel postmortem;

    @BeforeEach
    void open() {
        store = SqliteIncidentStore.open(dir.resolve("pm.db"));
        DemoLibrary.loadInto(store);
        String id = DemoLibrary.incidents().get(0).id();
        workspace = new WorkspaceViewModel(store.get(id).orElseThrow(), store, new InlineTaskExecutor(),
                new MessageCenter());
        postmortem = new PostmortemViewModel(workspace, new InlineTaskExecutor(), new MessageCenter(),
                dir.resolve("exports"));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void sections_lessonsAndFactors_areOnePerLine() {
        postmortem.setWentWrong("alert fired 8 min late\n\nno pool dashboard");
        postmortem.setContributingFactors("export job shipped without review");
        assertThat(workspace.incident().lessons().wentWrong()).containsExactly("alert fired 8 min late",
                "no pool dashboard");
        assertThat(workspace.incident().contributingFactors()).containsExactly("export job shipped without review");
    }

    @Test
    void reviewStatus_moves_andUndoRestoresIt() {
        ReviewStatus before = workspace.incident().reviewStatus();
        postmortem.setReviewStatus(ReviewStatus.IN_REVIEW);
        assertThat(workspace.incident().reviewStatus()).isEqualTo(ReviewStatus.IN_REVIEW);
        workspace.undo();
        assertThat(workspace.incident().reviewStatus()).isEqualTo(before);
    }

    @Test
    void actionItems_addEditDelete() {
        String id = postmortem.addActionItem("Alert on pending > 0 for 1 min", ActionType.DETECT);
        postmortem.editActionItem(id, a -> a.withStatus(ActionStatus.IN_PROGRESS));
        assertThat(workspace.incident().actionItem(id).orElseThrow().status()).isEqualTo(ActionStatus.IN_PROGRESS);
        postmortem.deleteActionItem(id);
        assertThat(workspace.incident().actionItem(id)).isEmpty();
    }

    @Test
    void suggestions_leakIncident_acceptAddsItemWithEvidence_dismissDropsIt() {
        postmortem.refreshSuggestions();
        assertThat(postmortem.suggestions()).isNotEmpty();
        int items = workspace.incident().actionItems().size();
        Suggestion first = postmortem.suggestions().get(0);
        postmortem.accept(first.id(), new SuggestionEdit("Edited: " + first.title(), "maya", null, null, null));
        assertThat(workspace.incident().actionItems()).hasSize(items + 1);
        var added = workspace.incident().actionItems().get(items);
        assertThat(added.title()).startsWith("Edited: ");
        assertThat(added.owner()).isEqualTo("maya");
        assertThat(added.evidence()).isEqualTo(first.evidence());
        assertThat(postmortem.suggestions()).doesNotContain(first);
        if (!postmortem.suggestions().isEmpty()) {
            Suggestion next = postmortem.suggestions().get(0);
            postmortem.dismiss(next.id(), "already done");
            assertThat(postmortem.suggestions()).doesNotContain(next);
            assertThat(workspace.incident().actionItems()).hasSize(items + 1);
        }
    }

    @Test
    void export_markdown_writesTheDocumentAndItsCharts() throws Exception {
        postmortem.export(ExportFormat.MD);
        var files = postmortem.lastExportProperty().get();
        assertThat(files).isNotEmpty();
        assertThat(files.get(0)).hasFileName(workspace.incident().id() + ".md");
        assertThat(Files.readString(files.get(0))).contains(workspace.incident().title());
    }

    @Test
    void preview_rendersMarkdownWithTheChosenTemplate() {
        postmortem.templateProperty().set("classic");
        postmortem.refreshPreview();
        assertThat(postmortem.previewProperty().get()).contains(workspace.incident().title());
    }
}
