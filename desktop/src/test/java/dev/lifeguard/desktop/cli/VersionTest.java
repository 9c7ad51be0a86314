package dev.lifeguard.desktop.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.lifeguard.desktop.AppVersion;
import org.junit.jupiter.api.Test;

/** The pom's version reaches {@code --version} and the console title through one resource, not a copy. */
class VersionTest {

    /** Surefire passes the pom's {@code ${project.version}}: the value the build itself holds. */
    private static final String POM_VERSION = System.getProperty("lifeguard.expectedVersion");

    @Test
    void versionCommandPrintsThePomVersion() {
        assertThat(POM_VERSION).as("surefire passes lifeguard.expectedVersion").isNotBlank();

        CliRun run = CliRun.of("--version");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out().lines().findFirst()).contains("Lifeguard " + POM_VERSION);
        assertThat(run.out()).contains("Java " + System.getProperty("java.version"));
    }

    @Test
    void consoleTitleCarriesTheSameVersion() {
        assertThat(AppVersion.current()).isEqualTo(POM_VERSION);
        assertThat(AppVersion.title()).isEqualTo("Lifeguard " + POM_VERSION);
    }
}
