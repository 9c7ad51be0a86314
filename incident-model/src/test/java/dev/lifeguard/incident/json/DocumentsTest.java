package dev.lifeguard.incident.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.lifeguard.incident.Incident;
import dev.lifeguard.incident.demo.DemoLibrary;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DocumentsTest {

    private static final String MINIMAL = """
            {
              "format": "lifeguard.incident/1",
              "id": "INC-7",
              "title": "Pool ran dry",
              "severity": "SEV2",
              "startedAt": "2026-03-12T10:00:00+01:00",
              "timeline": [
                { "at": "2026-03-12T10:05:00+01:00", "kind": "detection", "text": "Alert fired" },
                { "at": "2026-03-12T10:09:00+01:00", "kind": "misleading_lead", "text": "Blamed the network" }
              ]
            }
            """;

    @Test
    void demoIncidents_roundTripExactly() throws Exception {
        for (Incident incident : DemoLibrary.incidents()) {
            String json = Documents.write(incident, Formats.INCIDENT);
            assertThat(json).startsWith("{\n  \"format\" : \"lifeguard.incident/1\",\n  \"id\" : ");
            Incident back = Documents.read(json, "demo.json", Formats.INCIDENT, Incident.class);
            assertThat(back).isEqualTo(incident);
            assertThat(Documents.write(back, Formats.INCIDENT)).isEqualTo(json);
        }
    }

    @Test
    void incidentPool_thatHikariAdjusts_isKeptAsProductionWroteIt_andRoundTrips() throws Exception {
        String withPool = MINIMAL.replace(
                "\"severity\": \"SEV2\",",
                "\"severity\": \"SEV2\", \"pool\": {\"kind\":"
                        + " \"hikari\", \"maximumPoolSize\": 10, \"minimumIdle\": 20, \"connectionTimeout\": 250,"
                        + " \"maxLifetime\": 10000, \"leakDetectionThreshold\": 1000, \"keepaliveTime\": 10000},");

        Incident incident = Documents.read(withPool, "prod.json", Formats.INCIDENT, Incident.class);
        String json = Documents.write(incident, Formats.INCIDENT);

        assertThat(json).contains("\"minimumIdle\" : 20", "\"maxLifetime\" : 10000", "\"connectionTimeout\" : 250");
        assertThat(Documents.read(json, "again.json", Formats.INCIDENT, Incident.class))
                .isEqualTo(incident);
        assertThat(incident.pool().effective().warnings()).hasSize(4);
    }

    @Test
    void incidentPool_thatHikariRefuses_namesPathAndSetting() {
        String refused = MINIMAL.replace(
                "\"severity\": \"SEV2\",",
                "\"severity\": \"SEV2\", \"pool\": {\"kind\": \"hikari\", \"connectionTimeout\": 100},");
        assertThatThrownBy(() -> Documents.read(refused, "prod.json", Formats.INCIDENT, Incident.class))
                .isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("prod.json:")
                .hasMessageContaining("pool")
                .hasMessageContaining("'connectionTimeout' 100 is refused by HikariCP")
                .hasMessageEndingWith("connectionTimeout cannot be less than 250ms");
    }

    @Test
    void read_keepsTheRecordedOffset() throws Exception {
        Incident incident = Documents.read(MINIMAL, "m.json", Formats.INCIDENT, Incident.class);
        assertThat(incident.startedAt().getOffset().getTotalSeconds()).isEqualTo(3600);
        assertThat(incident.timeline()).hasSize(2);
        assertThat(Documents.write(incident, Formats.INCIDENT))
                .contains("\"2026-03-12T10:00:00+01:00\"", "\"misleading_lead\"")
                .doesNotContain("\"empty\"");
    }

    @Test
    void badEnum_namesFileLinePathAndAcceptedValues() {
        String bad = MINIMAL.replace("\"kind\": \"misleading_lead\"", "\"kind\": \"red herring\"");
        assertThatThrownBy(() -> Documents.read(bad, "notes.json", Formats.INCIDENT, Incident.class))
                .isInstanceOf(DocumentException.class)
                .hasMessageStartingWith("notes.json:9:")
                .hasMessageContaining("timeline[1].kind")
                .hasMessageContaining("red herring");
    }

    @Test
    void invalidRecord_reportsTheRecordsOwnMessageWithPath() {
        String bad = MINIMAL.replace(
                "\"startedAt\": \"2026-03-12T10:00:00+01:00\",",
                "\"startedAt\": \"2026-03-12T10:00:00+01:00\", \"detectedAt\": \"2026-03-12T09:00:00+01:00\",");
        assertThatThrownBy(() -> Documents.read(bad, "x.json", Formats.INCIDENT, Incident.class))
                .hasMessageContaining("x.json:")
                .hasMessageContaining("'detectedAt'")
                .hasMessageContaining("is before 'startedAt'")
                .hasMessageNotContaining("\n");
    }

    @Test
    void unknownField_isNamed() {
        String bad = MINIMAL.replace("\"title\"", "\"titel\": \"x\", \"title\"");
        assertThatThrownBy(() -> Documents.read(bad, "x.json", Formats.INCIDENT, Incident.class))
                .hasMessageContaining("unknown field 'titel'")
                .hasMessageContaining("x.json:4:");
    }

    @Test
    void badDate_saysWhatIsExpected() {
        String bad = MINIMAL.replace("2026-03-12T10:05:00+01:00", "10:05 AM");
        assertThatThrownBy(() -> Documents.read(bad, "x.json", Formats.INCIDENT, Incident.class))
                .hasMessageContaining("timeline[0].at")
                .hasMessageContaining("date-time with offset");
    }

    @Test
    void wrongFormat_andNotJson_areClearMessages(@TempDir Path dir) throws Exception {
        assertThatThrownBy(() -> Documents.read(
                        MINIMAL.replace("incident/1", "scenario/1"), "s.json", Formats.INCIDENT, Incident.class))
                .hasMessageContaining("'lifeguard.scenario/1' document");
        Path broken = Files.writeString(
                dir.resolve("broken.json"), "{\n  \"format\": \"lifeguard.incident/1\",\n  \"id\": \n");
        assertThatThrownBy(() -> Documents.read(broken, Formats.INCIDENT, Incident.class))
                .hasMessageStartingWith(broken.toString() + ":");
        assertThatThrownBy(() -> Documents.read(dir.resolve("missing.json"), Formats.INCIDENT, Incident.class))
                .hasMessageContaining("no such file");
    }

    @Test
    void stripFormat_keepsLinesAndColumnsOfEverythingElse() {
        String stripped = Documents.stripFormat(MINIMAL);
        assertThat(stripped).doesNotContain("format").hasSameSizeAs(MINIMAL);
        assertThat(stripped.lines().count()).isEqualTo(MINIMAL.lines().count());
    }
}
