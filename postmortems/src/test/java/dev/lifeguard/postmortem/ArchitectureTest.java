package dev.lifeguard.postmortem;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** postmortems: no JavaFX, nothing of the desktop, and no cycles between its packages. */
class ArchitectureTest {

    private static final JavaClasses MODULE = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.lifeguard.postmortem", "dev.lifeguard.ingest", "dev.lifeguard.watch");

    @Test
    void postmortems_neverTouchJavaFxNorTheDesktop() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "dev.lifeguard.desktop..")
                .check(MODULE);
    }

    @Test
    void packages_formNoCycles() {
        slices().matching("dev.lifeguard.(*)..").should().beFreeOfCycles().check(MODULE);
    }

    @Test
    void postmortemPackages_formNoCycles() {
        slices().matching("dev.lifeguard.postmortem.(*)..")
                .should()
                .beFreeOfCycles()
                .check(MODULE);
    }
}
