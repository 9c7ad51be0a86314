package dev.lifeguard.desktop.hazard;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.desktop.errors.MessageCenter;
import dev.lifeguard.desktop.workspace.WorkspaceViewModel;
import dev.lifeguard.incident.EvidenceKind;
import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.Severity;
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
        Incident incident = Incident.builder("INC-H1", "Pool exhaustion", Severity.SEV2).build();
        workspace = new WorkspaceViewModel(store.create(incident), store, new InlineTaskExecutor(), new MessageCenter());
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
        assertThat(hazards.setName(" ")).hasValueSatisfying(m -> assertThat(m).contains("HAZ-001").contains("name"));
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
        assertThat(workspace.incident().hazards().get(0).controlsOf(ControlType.TESTING)).hasSize(1);
    }
}
