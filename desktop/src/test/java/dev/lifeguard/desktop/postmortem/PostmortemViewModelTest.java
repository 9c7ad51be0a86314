package dev.lifeguard.desktop.postmortem;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.concurrent.BackgroundTask;
import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.concurrent.TaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workbench.Workbench;
import dev.lifeguard.desktop.workbench.sizing.UndersizedIncident;
import dev.lifeguard.desktop.workspace.SaveState;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.ActionItem;
import dev.lifeguard.incident.ActionStatus;
import dev.lifeguard.incident.ActionType;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Priority;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import dev.lifeguard.postmortem.render.ExportFormat;
import dev.lifeguard.postmortem.rules.Suggestion;
import dev.lifeguard.postmortem.rules.SuggestionEdit;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import javafx.collections.ObservableList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PostmortemViewModelTest {

    private static final Workbench WORKBENCH = new Workbench(Clock.systemDefaultZone());

    @TempDir
    Path dir;

    private SqliteIncidentStore store;
    private WorkspaceViewModel workspace;
    private PostmortemViewModel postmortem;

    @BeforeEach
    void open() {
        store = SqliteIncidentStore.open(dir.resolve("pm.db"));
        DemoLibrary.incidents().forEach(store::create);
        String id = DemoLibrary.incidents().get(0).id();
        workspace = new WorkspaceViewModel(
                store.get(id).orElseThrow(), store, new InlineTaskExecutor(), new MessageCenter());
        postmortem = new PostmortemViewModel(
                workspace,
                new InlineTaskExecutor(),
                new MessageCenter(),
                dir.resolve("exports"),
                WORKBENCH.exporter(),
                WORKBENCH.suggestions());
    }

    private WorkspaceViewModel sizingWorkspace;

    /** A postmortem over {@code incident}, stored fresh, whose tasks run on {@code executor}. */
    private PostmortemViewModel open(Incident incident, TaskExecutor executor) {
        sizingWorkspace = new WorkspaceViewModel(store.create(incident), store, executor, new MessageCenter());
        return new PostmortemViewModel(
                sizingWorkspace,
                executor,
                new MessageCenter(),
                dir.resolve("exports"),
                WORKBENCH.exporter(),
                WORKBENCH.suggestions());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void sections_lessonsAndFactors_areOnePerLine() {
        postmortem.setWentWrong("alert fired 8 min late\n\nno pool dashboard");
        postmortem.setContributingFactors("export job shipped without review");
        assertThat(workspace.incident().lessons().wentWrong())
                .containsExactly("alert fired 8 min late", "no pool dashboard");
        assertThat(workspace.incident().contributingFactors()).containsExactly("export job shipped without review");
    }

    @Test
    void actionItems_addEditDelete() {
        String id = postmortem.actionItems().addActionItem("Alert on pending > 0 for 1 min", ActionType.DETECT);
        postmortem.actionItems().editActionItem(id, a -> a.withStatus(ActionStatus.IN_PROGRESS));
        assertThat(workspace.incident().actionItem(id).orElseThrow().status()).isEqualTo(ActionStatus.IN_PROGRESS);
        postmortem.actionItems().deleteActionItem(id);
        assertThat(workspace.incident().actionItem(id)).isEmpty();
    }

    @Test
    void markingAnActionDone_datesItsClosing_andReopeningClearsTheDay() {
        ActionItemsViewModel items = new ActionItemsViewModel(
                workspace, Clock.fixed(java.time.Instant.parse("2026-07-20T09:00:00Z"), java.time.ZoneOffset.UTC));
        String id = items.addActionItem("Cap the export job's sessions", ActionType.PREVENT);
        assertThat(workspace.incident().actionItem(id).orElseThrow().closed()).isNull();

        assertThat(items.setActionItemField(id, ActionField.STATUS, "Done")).isEmpty();
        assertThat(workspace.incident().actionItem(id).orElseThrow().closed()).isEqualTo(LocalDate.of(2026, 7, 20));

        assertThat(items.setActionItemField(id, ActionField.STATUS, "Open")).isEmpty();
        assertThat(workspace.incident().actionItem(id).orElseThrow().closed()).isNull();
        // Another field's edit leaves a done item's day alone.
        assertThat(items.setActionItemField(id, ActionField.STATUS, "Done")).isEmpty();
        assertThat(items.setActionItemField(id, ActionField.OWNER, "maya")).isEmpty();
        assertThat(workspace.incident().actionItem(id).orElseThrow().closed()).isEqualTo(LocalDate.of(2026, 7, 20));
    }

    @Test
    void actionItems_everyFieldEditable_autosavedAndUndoable() {
        String id = postmortem.actionItems().addActionItem("Alert on pending > 0 for 1 min", ActionType.DETECT);
        assertThat(postmortem.actionItems().setActionItemField(id, ActionField.OWNER, "maya"))
                .isEmpty();
        assertThat(postmortem.actionItems().setActionItemField(id, ActionField.DUE, "2026-07-15"))
                .isEmpty();
        assertThat(postmortem.actionItems().setActionItemField(id, ActionField.PRIORITY, "P1"))
                .isEmpty();
        assertThat(postmortem.actionItems().setActionItemField(id, ActionField.TYPE, "Mitigate"))
                .isEmpty();
        assertThat(postmortem.actionItems().setActionItemField(id, ActionField.STATUS, "Won't do"))
                .isEmpty();
        assertThat(postmortem.actionItems().setActionItemField(id, ActionField.TICKET, "OPS-42"))
                .isEmpty();
        assertThat(postmortem.actionItems().setActionItemField(id, ActionField.EVIDENCE, "RUN-1a2b3c4d"))
                .isEmpty();

        ActionItem edited = workspace.incident().actionItem(id).orElseThrow();
        assertThat(edited.owner()).isEqualTo("maya");
        assertThat(edited.due()).isEqualTo(LocalDate.of(2026, 7, 15));
        assertThat(edited.priority()).isEqualTo(Priority.P1);
        assertThat(edited.type()).isEqualTo(ActionType.MITIGATE);
        assertThat(edited.status()).isEqualTo(ActionStatus.WONT_DO);
        assertThat(edited.ticket()).isEqualTo("OPS-42");
        assertThat(edited.evidence().kind()).isEqualTo(EvidenceKind.SIMULATION);
        assertThat(edited.evidence().reference()).isEqualTo("RUN-1a2b3c4d");
        assertThat(workspace.saveStateProperty().get()).isEqualTo(SaveState.UNSAVED);

        workspace.saveIfDirty();
        assertThat(workspace.saveStateProperty().get()).isEqualTo(SaveState.SAVED);
        assertThat(store.get(workspace.incident().id()).orElseThrow().incident().actionItem(id))
                .contains(edited);

        workspace.undo();
        assertThat(workspace.incident().actionItem(id).orElseThrow().evidence()).isNull();
        workspace.undo();
        assertThat(workspace.incident().actionItem(id).orElseThrow().ticket()).isNull();
    }

    @Test
    void actionItems_invalidValue_rejectedNamingItemAndField_nothingChanges() {
        String id = postmortem.actionItems().addActionItem("Add a pool dashboard", ActionType.DETECT);
        var before = workspace.incident();

        assertThat(postmortem.actionItems().setActionItemField(id, ActionField.DUE, "2026-02-30"))
                .hasValueSatisfying(
                        m -> assertThat(m).contains(id).contains("due").contains("yyyy-MM-dd"));
        assertThat(postmortem.actionItems().setActionItemField(id, ActionField.DUE, "next week"))
                .hasValueSatisfying(m -> assertThat(m).contains(id).contains("due"));
        assertThat(postmortem.actionItems().setActionItemField(id, ActionField.PRIORITY, "urgent"))
                .hasValueSatisfying(
                        m -> assertThat(m).contains(id).contains("priority").contains("P0"));
        assertThat(postmortem.actionItems().setActionItemField(id, ActionField.STATUS, "finished"))
                .hasValueSatisfying(
                        m -> assertThat(m).contains(id).contains("status").contains("in_progress"));
        assertThat(postmortem.actionItems().setActionItemField(id, ActionField.TITLE, "  "))
                .hasValueSatisfying(m -> assertThat(m).contains(id).contains("title"));

        assertThat(workspace.incident()).isEqualTo(before);
    }

    @Test
    void actionItems_clearingOptionalFields_setsThemEmpty() {
        String id = postmortem.actionItems().addActionItem("Add a pool dashboard", ActionType.DETECT);
        postmortem.actionItems().setActionItemField(id, ActionField.DUE, "2026-07-01");
        postmortem.actionItems().setActionItemField(id, ActionField.PRIORITY, "P2");
        postmortem.actionItems().setActionItemField(id, ActionField.EVIDENCE, "https://wiki/pool-dashboards");

        postmortem.actionItems().setActionItemField(id, ActionField.DUE, "");
        postmortem.actionItems().setActionItemField(id, ActionField.PRIORITY, "");
        postmortem.actionItems().setActionItemField(id, ActionField.EVIDENCE, "");

        ActionItem item = workspace.incident().actionItem(id).orElseThrow();
        assertThat(item.due()).isNull();
        assertThat(item.priority()).isNull();
        assertThat(item.evidence()).isNull();
    }

    @Test
    void suggestions_acceptEdited_invalidDueKeepsItPending_validAddsTheEditedItem() {
        postmortem.suggestions().refreshSuggestions();
        Suggestion first = postmortem.suggestions().suggestions().get(0);
        int items = workspace.incident().actionItems().size();

        assertThat(postmortem.suggestions().acceptEdited(first.id(), "", "maya", "31/07/2026", "", ""))
                .hasValueSatisfying(m -> assertThat(m).contains(first.id()).contains("due"));
        assertThat(postmortem.suggestions().suggestions()).contains(first);
        assertThat(workspace.incident().actionItems()).hasSize(items);

        assertThat(postmortem.suggestions().acceptEdited(first.id(), "", "maya", "2026-07-31", "P0", "OPS-7"))
                .isEmpty();
        ActionItem added = workspace.incident().actionItems().get(items);
        assertThat(added.title()).isEqualTo(first.title());
        assertThat(added.owner()).isEqualTo("maya");
        assertThat(added.due()).isEqualTo(LocalDate.of(2026, 7, 31));
        assertThat(added.priority()).isEqualTo(Priority.P0);
        assertThat(added.ticket()).isEqualTo("OPS-7");
        assertThat(added.evidence()).isEqualTo(first.evidence());
    }

    @Test
    void suggestions_undersizedPool_verifiedBySimulation_figuresInSuggestionAndAcceptedItem() {
        PostmortemViewModel sizing = open(UndersizedIncident.build(), new InlineTaskExecutor());

        sizing.suggestions().refreshSuggestions();

        Suggestion s = sizing.suggestions().suggestions().stream()
                .filter(x -> x.proposedPool() != null)
                .findFirst()
                .orElseThrow();
        assertThat(s.verified()).isTrue();
        assertThat(s.verification().before().timeouts()).isPositive();
        assertThat(s.verification().after().timeouts()).isZero();
        SizingCheck check = sizing.suggestions().sizingCheckProperty().get();
        assertThat(check.state()).isEqualTo(SizingCheck.State.VERIFIED);
        assertThat(check.text())
                .contains("simulation:virtual seed=42")
                .contains(
                        "Before (10 connections): " + s.verification().before().describe())
                .contains("After (" + s.proposedPool().maxConnections() + " connections): "
                        + s.verification().after().describe());
        assertThat(sizing.suggestions().sizingProgressProperty().get()).isEqualTo(1.0);

        sizing.suggestions().accept(s.id(), SuggestionEdit.NONE);

        ActionItem accepted = sizingWorkspace.incident().actionItems().get(0);
        assertThat(accepted.title())
                .isEqualTo(s.title())
                .contains("maximumPoolSize=" + s.proposedPool().maxConnections());
        assertThat(accepted.evidence().kind()).isEqualTo(EvidenceKind.SIMULATION);
        assertThat(accepted.evidence().reference()).startsWith("simulation:virtual seed=42");
        assertThat(accepted.evidence().summary())
                .contains("simulated before: " + s.verification().before().describe())
                .contains("after: " + s.verification().after().describe());
    }

    @Test
    void suggestions_sizingCancelled_staysNotVerifiedAndSaysSo() {
        InlineTaskExecutor inline = new InlineTaskExecutor();
        TaskExecutor cancelsSimulation = new TaskExecutor() {
            @Override
            public <T> BackgroundTask<T> execute(BackgroundTask<T> task) {
                if (task.title().startsWith("Verifying")) {
                    task.cancel();
                }
                return inline.execute(task);
            }

            @Override
            public ObservableList<BackgroundTask<?>> tasks() {
                return inline.tasks();
            }

            @Override
            public void close() {
                inline.close();
            }
        };
        PostmortemViewModel sizing = open(UndersizedIncident.build(), cancelsSimulation);

        sizing.suggestions().refreshSuggestions();

        Suggestion s = sizing.suggestions().suggestions().stream()
                .filter(x -> x.proposedPool() != null)
                .findFirst()
                .orElseThrow();
        assertThat(s.verified()).isFalse();
        assertThat(sizing.suggestions().sizingCheckProperty().get().state()).isEqualTo(SizingCheck.State.FAILED);
        assertThat(sizing.suggestions().sizingCheckProperty().get().text()).contains("cancelled");
    }

    @Test
    void suggestions_sizingWithoutPoolSettings_saysWhyItIsNotVerified() {
        Incident noPool = UndersizedIncident.build().toBuilder().pool(null).build();
        PostmortemViewModel sizing = open(noPool, new InlineTaskExecutor());

        sizing.suggestions().refreshSuggestions();

        assertThat(sizing.suggestions().suggestions()).anyMatch(x -> x.proposedPool() != null && !x.verified());
        assertThat(sizing.suggestions().sizingCheckProperty().get().state()).isEqualTo(SizingCheck.State.FAILED);
        assertThat(sizing.suggestions().sizingCheckProperty().get().text()).contains("no pool settings");
    }

    @Test
    void suggestions_leakIncident_acceptAddsItemWithEvidence_dismissDropsIt() {
        postmortem.suggestions().refreshSuggestions();
        assertThat(postmortem.suggestions().suggestions()).isNotEmpty();
        int items = workspace.incident().actionItems().size();
        Suggestion first = postmortem.suggestions().suggestions().get(0);
        postmortem
                .suggestions()
                .accept(first.id(), new SuggestionEdit("Edited: " + first.title(), "maya", null, null, null));
        assertThat(workspace.incident().actionItems()).hasSize(items + 1);
        var added = workspace.incident().actionItems().get(items);
        assertThat(added.title()).startsWith("Edited: ");
        assertThat(added.owner()).isEqualTo("maya");
        assertThat(added.evidence()).isEqualTo(first.evidence());
        assertThat(postmortem.suggestions().suggestions()).doesNotContain(first);
        if (!postmortem.suggestions().suggestions().isEmpty()) {
            Suggestion next = postmortem.suggestions().suggestions().get(0);
            postmortem.suggestions().dismiss(next.id(), "already done");
            assertThat(postmortem.suggestions().suggestions()).doesNotContain(next);
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
    void export_html_isOneSelfContainedFileWithTheTitleAndActionItems() throws Exception {
        postmortem.export(ExportFormat.HTML);

        var files = postmortem.lastExportProperty().get();
        assertThat(files.get(0)).hasFileName(workspace.incident().id() + ".html");
        String html = Files.readString(files.get(0));
        assertThat(html)
                .contains("<html")
                .contains("data:image/png;base64,")
                .contains(workspace.incident().id())
                .contains(workspace.incident().actionItems().get(0).owner());
    }

    @Test
    void export_pdf_writesAPdf() throws Exception {
        postmortem.export(ExportFormat.PDF);

        var files = postmortem.lastExportProperty().get();
        assertThat(files.get(0)).hasFileName(workspace.incident().id() + ".pdf");
        byte[] pdf = Files.readAllBytes(files.get(0));
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(pdf.length).isGreaterThan(10_000);
    }

    @Test
    void templateChoice_changesTheExportedDocument() throws Exception {
        postmortem.templateProperty().set("classic");
        postmortem.export(ExportFormat.MD);
        String classic = Files.readString(postmortem.lastExportProperty().get().get(0));
        postmortem.templateProperty().set("incident-log");
        postmortem.export(ExportFormat.MD);
        String log = Files.readString(postmortem.lastExportProperty().get().get(0));

        assertThat(classic).contains("Root Cause and Resolution");
        assertThat(log).doesNotContain("Root Cause and Resolution").isNotEqualTo(classic);
    }

    @Test
    void withMarkdown_previewNeverShown_stillRendersTheChosenTemplate() {
        postmortem.templateProperty().set("hazard");
        List<String> copied = new ArrayList<>();

        postmortem.withMarkdown(copied::add);

        assertThat(copied).hasSize(1);
        assertThat(copied.get(0)).isEqualTo(postmortem.previewProperty().get());
    }

    @Test
    void preview_rendersMarkdownWithTheChosenTemplate() {
        postmortem.templateProperty().set("classic");
        postmortem.refreshPreview();
        assertThat(postmortem.previewProperty().get())
                .contains(workspace.incident().title());
    }
}
