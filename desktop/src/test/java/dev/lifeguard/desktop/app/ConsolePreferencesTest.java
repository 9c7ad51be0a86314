package dev.lifeguard.desktop.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.replay.PlaybackSpeed;
import java.nio.file.Path;
import java.util.UUID;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The console's settings, in a throwaway preferences node that is removed afterwards. */
class ConsolePreferencesTest {

    private final Preferences node = Preferences.userRoot().node("/dev/lifeguard/test-" + UUID.randomUUID());
    private final ConsolePreferences preferences = new ConsolePreferences(node);

    @AfterEach
    void removeNode() throws BackingStoreException {
        node.removeNode();
    }

    @Test
    void fresh_node_readsTheDefaults() {
        assertThat(preferences.darkTheme()).isFalse();
        assertThat(preferences.exportFolder()).isEqualTo(Path.of(System.getProperty("user.home"), "lifeguard-exports"));
        assertThat(preferences.recentStores()).isEmpty();
        assertThat(preferences.authorName()).isEqualTo(System.getProperty("user.name"));
        assertThat(preferences.replaySpeed()).isEqualTo(PlaybackSpeed.X60);
        assertThat(preferences.window()).isEmpty();
    }

    @Test
    void values_set_readBackThroughANewInstanceOnTheSameNode(@org.junit.jupiter.api.io.TempDir Path dir) {
        preferences.setDarkTheme(true);
        preferences.setExportFolder(dir.resolve("out"));
        preferences.setAuthorName("  Dana on call ");
        preferences.setReplaySpeed(PlaybackSpeed.X600);
        preferences.setWindow(new WindowPlacement.Remembered(40, 30, 1000, 650, true));

        ConsolePreferences again = new ConsolePreferences(Preferences.userRoot().node(node.absolutePath()));
        assertThat(again.darkTheme()).isTrue();
        assertThat(again.exportFolder()).isEqualTo(dir.resolve("out").toAbsolutePath());
        assertThat(again.authorName()).isEqualTo("Dana on call");
        assertThat(again.replaySpeed()).isEqualTo(PlaybackSpeed.X600);
        assertThat(again.window()).contains(new WindowPlacement.Remembered(40, 30, 1000, 650, true));
    }

    @Test
    void authorName_blank_goesBackToTheOsUser() {
        preferences.setAuthorName("someone");
        preferences.setAuthorName("   ");
        assertThat(preferences.authorName()).isEqualTo(System.getProperty("user.name"));
    }

    @Test
    void recentStores_newestFirst_noDuplicates_atMostEight() {
        for (int i = 0; i < 10; i++) {
            preferences.addRecentStore("/data/store-" + i + ".db");
        }
        preferences.addRecentStore("/data/store-5.db");
        assertThat(preferences.recentStores())
                .hasSize(ConsolePreferences.RECENT_STORES)
                .startsWith("/data/store-5.db", "/data/store-9.db", "/data/store-8.db")
                .doesNotHaveDuplicates()
                .doesNotContain("/data/store-0.db", "/data/store-1.db");
    }

    @Test
    void recentStores_postgresUri_isRememberedWithoutItsPassword() throws BackingStoreException {
        preferences.addRecentStore("postgresql://ops:s3cr3t@db.internal:5432/incidents");
        preferences.addRecentStore("postgresql://ops@db.internal/lib?sslmode=require&password=hunter2");

        assertThat(preferences.recentStores())
                .containsExactly(
                        "postgresql://ops@db.internal/lib?sslmode=require&password=***",
                        "postgresql://ops@db.internal:5432/incidents");
        for (String key : node.keys()) {
            assertThat(node.get(key, "")).doesNotContain("s3cr3t").doesNotContain("hunter2");
        }
    }

    @Test
    void unreadableValues_readAsDefaults() {
        node.put("replay.speed", "WARP9");
        node.put("window.width", "wide");
        node.put("window.x", "10");
        node.put("window.y", "10");
        node.put("window.height", "600");
        node.put("export.folder", "   ");
        assertThat(preferences.replaySpeed()).isEqualTo(PlaybackSpeed.X60);
        assertThat(preferences.window()).isEmpty();
        assertThat(preferences.exportFolder()).isEqualTo(ConsolePreferences.defaultExportFolder());
    }

    @Test
    void standard_usesTheNodeTheSystemPropertyNames() {
        assertThat(System.getProperty(ConsolePreferences.NODE_PROPERTY))
                .as("the build points the tests at a throwaway node")
                .isNotBlank()
                .isNotEqualTo(ConsolePreferences.DEFAULT_NODE);
        ConsolePreferences.standard().setReplaySpeed(PlaybackSpeed.X10);
        assertThat(Preferences.userRoot()
                        .node(System.getProperty(ConsolePreferences.NODE_PROPERTY))
                        .get("replay.speed", ""))
                .isEqualTo("X10");
    }
}
