package dev.lifeguard.desktop.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
import dev.lifeguard.incident.demo.DemoLibrary;
import dev.lifeguard.incident.hazard.ControlType;
import dev.lifeguard.incident.hazard.Hazard;
import dev.lifeguard.incident.hazard.HazardStatus;
import dev.lifeguard.incident.hazard.RiskLevel;
import dev.lifeguard.incident.store.SqliteIncidentStore;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HazardViewModelTest {

    @TempDir
    Path dir;

    private SqliteIncidentStore store;
    private WorkspaceViewModel workspace;
    private HazardViewModel hazards;

    @BeforeEach
    void open() {
        store = SqliteIncidentStore.open(dir.resolve("hazard.db"));
        Incident incident =
                Incident.builder("INC-H1", "Pool exhaustion", Severity.SEV2).build();
        workspace =
                new WorkspaceViewModel(store.create(incident), store, new InlineTaskExecutor(), new MessageCenter());
        hazards = new HazardViewModel(workspace, store, new InlineTaskExecutor(), new MessageCenter());
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void addHazard_emptyLog_addsDraftAndSelectsIt() {
        hazards.addHazard();
        assertThat(hazards.hazards()).extracting(Hazard::id).containsExactly("HAZ-001");
        assertThat(hazards.currentProperty().get().status()).isEqualTo(HazardStatus.DRAFT);
    }

    @Test
    void setInitialAndResidualRisk_matrixClicks_giveTheDcb0129Ratings() {
        hazards.addHazard();
        hazards.setInitialRisk(4, 4);
        hazards.setResidualRisk(4, 2);
        Hazard h = workspace.incident().hazards().get(0);
        assertThat(h.initialRisk()).contains(RiskLevel.HIGH);
        assertThat(h.residualRisk()).contains(RiskLevel.MODERATE);
    }

    @Test
    void setName_blank_isRejectedNamingTheHazard() {
        hazards.addHazard();
        assertThat(hazards.setName(" "))
                .hasValueSatisfying(m -> assertThat(m).contains("HAZ-001").contains("name"));
        assertThat(hazards.currentProperty().get().name()).isEqualTo("New hazard");
    }

    @Test
    void setCauses_lines_becomeOneCauseEach() {
        hazards.addHazard();
        hazards.setCauses("sessions never closed\n\n  fleet over max_connections ");
        assertThat(hazards.currentProperty().get().causes())
                .containsExactly("sessions never closed", "fleet over max_connections");
    }

    @Test
    void linkRun_testingControl_citesTheKeptRunAsEvidence() {
        hazards.addHazard();
        hazards.addControl(ControlType.TESTING, "exhaustion test at 2x peak load", true);
        workspace.saveIfDirty();
        store.attachRun("INC-H1", "exhaustion-test (virtual)", "{\"format\":\"lifeguard.result/1\"}");
        hazards.refreshRuns();
        assertThat(hazards.runs()).hasSize(1);
        hazards.linkRun(0, hazards.runs().get(0));
        var evidence = workspace.incident().hazards().get(0).controls().get(0).evidence();
        assertThat(evidence.kind()).isEqualTo(EvidenceKind.SIMULATION);
        assertThat(evidence.reference()).isEqualTo(hazards.runs().get(0).id());
        assertThat(workspace.incident().hazards().get(0).controlsOf(ControlType.TESTING))
                .hasSize(1);
    }

    @Test
    void linkRun_designControl_isRefusedNamingTheType() {
        hazards.addHazard();
        hazards.addControl(ControlType.DESIGN, "pool timeout 5 s", true);
        workspace.saveIfDirty();
        store.attachRun("INC-H1", "baseline (virtual)", "{\"format\":\"lifeguard.result/1\"}");
        hazards.refreshRuns();

        assertThat(hazards.linkRun(0, hazards.runs().get(0)))
                .hasValueSatisfying(m -> assertThat(m).contains("design").contains("only testing controls"));
        assertThat(workspace.incident().hazards().get(0).controls().get(0).evidence())
                .isNull();
    }

    @Test
    void linkedRun_controlCitingAKeptRun_findsIt_otherEvidenceDoesNot() {
        hazards.addHazard();
        hazards.addControl(ControlType.TESTING, "exhaustion test at 2x peak load", true);
        hazards.addControl(ControlType.TESTING, "plan check in CI", false);
        workspace.saveIfDirty();
        String runId = store.attachRun("INC-H1", "exhaustion-test (virtual)", "{\"format\":\"lifeguard.result/1\"}");
        hazards.refreshRuns();
        hazards.linkRun(0, hazards.runs().get(0));

        var controls = hazards.currentProperty().get().controls();
        assertThat(hazards.linkedRun(controls.get(0)))
                .get()
                .extracting(r -> r.id())
                .isEqualTo(runId);
        assertThat(hazards.linkedRun(controls.get(1))).isEmpty();
    }

    @Test
    void controlIndex_groupsByType_mapsBackToTheHazardsList() {
        hazards.addHazard();
        hazards.addControl(ControlType.DESIGN, "index the report query", true);
        hazards.addControl(ControlType.TESTING, "load test at 200 requests/s", true);
        hazards.addControl(ControlType.DESIGN, "statement timeout 5 s", false);

        assertThat(hazards.controlIndex(ControlType.DESIGN, 0)).isZero();
        assertThat(hazards.controlIndex(ControlType.DESIGN, 1)).isEqualTo(2);
        assertThat(hazards.controlIndex(ControlType.TESTING, 0)).isEqualTo(1);
        assertThat(hazards.controlIndex(ControlType.TRAINING, 0)).isEqualTo(-1);
    }

    @Test
    void dcb0129Fields_typesExistingControlsAssignmentCode_areEditedAndUndone() {
        hazards.addHazard();
        hazards.setHazardTypes("ServiceUnavailable\n DelayedService ");
        hazards.setExistingControls("connectionTimeout 30 s");
        hazards.setAssignment("Orders platform team");
        hazards.setCodeReferences("reporting/revenue.sql\n\norders-api/application.yml");
        hazards.addControl(ControlType.TRAINING, "runbook for waiting threads", false);
        hazards.toggleImplemented(0);

        Hazard h = hazards.currentProperty().get();
        assertThat(h.hazardTypes()).containsExactly("ServiceUnavailable", "DelayedService");
        assertThat(h.existingControls()).isEqualTo("connectionTimeout 30 s");
        assertThat(h.assignment()).isEqualTo("Orders platform team");
        assertThat(h.codeReferences()).containsExactly("reporting/revenue.sql", "orders-api/application.yml");
        assertThat(h.controls().get(0).implemented()).isTrue();
        workspace.undo();
        assertThat(hazards.currentProperty().get().controls().get(0).implemented())
                .isFalse();
    }

    @Test
    void removeHazard_dropsItAndSelectsTheNeighbour() {
        hazards.addHazard();
        hazards.addHazard();
        hazards.selectedProperty().set(1);

        hazards.removeHazard();

        assertThat(hazards.hazards()).extracting(Hazard::id).containsExactly("HAZ-001");
        assertThat(hazards.currentProperty().get().id()).isEqualTo("HAZ-001");
    }

    @Test
    void demoSlowQueryIncident_opensOnItsHazard() {
        DemoLibrary.incidents().forEach(store::create);
        WorkspaceViewModel demo = new WorkspaceViewModel(
                store.get("INC-20260604-SLOW").orElseThrow(), store, new InlineTaskExecutor(), new MessageCenter());
        HazardViewModel model = new HazardViewModel(demo, store, new InlineTaskExecutor(), new MessageCenter());

        Hazard h = model.currentProperty().get();
        assertThat(h.id()).isEqualTo("HAZ-001");
        assertThat(h.initialRisk()).contains(RiskLevel.MODERATE);
        assertThat(h.residualRisk()).contains(RiskLevel.LOW);
    }
}
