package dev.lifeguard.desktop.teamstore;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.concurrent.InlineTaskExecutor;
import dev.lifeguard.incident.store.IncidentStore;
import dev.lifeguard.incident.store.PostgresTarget;
import dev.lifeguard.incident.store.StoreLocation;
import dev.lifeguard.incident.store.StoreOptions;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConnectViewModelTest {

    @TempDir
    Path dir;

    private ConnectViewModel model(List<String> recent) {
        return new ConnectViewModel(
                new InlineTaskExecutor(),
                StoreOptions.TESTING,
                typed -> StoreLocation.target(typed, Map.of(), dir),
                recent);
    }

    @Test
    void sqliteFile_connects_andHandsTheOpenStoreOver() {
        ConnectViewModel model = model(List.of());
        Path file = dir.resolve("team.db");
        model.locationProperty().set(file.toString());
        List<IncidentStore> opened = new ArrayList<>();
        assertThat(model.connect(opened::add)).isTrue();
        assertThat(opened).hasSize(1);
        try (IncidentStore store = opened.get(0)) {
            assertThat(store.info().kind()).isEqualTo("sqlite");
            assertThat(Files.exists(file)).isTrue();
        }
        assertThat(model.problemProperty().get()).isEmpty();
    }

    @Test
    void fields_buildTheUri_andTheTypedPasswordGoesWithTheTargetOnly() {
        ConnectViewModel model = model(List.of("postgresql://ana@db.example:5432/lifeguard"));
        assertThat(model.locationProperty().get())
                .as("newest recent store offered")
                .contains("db.example");
        model.locationProperty().set("");
        model.hostProperty().set("10.0.0.7");
        model.portProperty().set("6432");
        model.databaseProperty().set("on call");
        model.userProperty().set("ben");
        model.passwordProperty().set("s3cret");
        PostgresTarget target = (PostgresTarget) model.target();
        assertThat(target.host()).isEqualTo("10.0.0.7");
        assertThat(target.port()).isEqualTo(6432);
        assertThat(target.database()).isEqualTo("on call");
        assertThat(target.user()).isEqualTo("ben");
        assertThat(target.password()).isEqualTo("s3cret");
        assertThat(target.display()).doesNotContain("s3cret");
    }

    @Test
    void nothingTyped_isRefusedNamingTheFields() {
        ConnectViewModel model = model(List.of());
        assertThat(model.connect(s -> {})).isFalse();
        assertThat(model.problemProperty().get()).contains("host").contains("database");
    }

    @Test
    void unreachableServer_saysSo_withoutThePassword() throws IOException {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        ConnectViewModel model = model(List.of());
        model.locationProperty().set("postgresql://ana:hunter2@127.0.0.1:" + closedPort + "/lifeguard");
        List<IncidentStore> opened = new ArrayList<>();
        assertThat(model.connect(opened::add)).isTrue();
        assertThat(opened).isEmpty();
        assertThat(model.problemProperty().get())
                .contains("127.0.0.1:" + closedPort)
                .doesNotContain("hunter2");
        assertThat(model.connectingProperty().get()).isFalse();
    }
}
