package dev.lifeguard.poolsim;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** pool-sim's layering: the two engines stand apart, and the module knows neither the documents nor the UI. */
class ArchitectureTest {

    private static final JavaClasses POOLSIM = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.lifeguard.poolsim");

    @Test
    void virtualEngine_doesNotImportTheRealEngine() {
        noClasses()
                .that()
                .resideInAPackage("dev.lifeguard.poolsim.virtual..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.lifeguard.poolsim.real..")
                .check(POOLSIM);
    }

    @Test
    void realEngine_doesNotImportTheVirtualEngine() {
        noClasses()
                .that()
                .resideInAPackage("dev.lifeguard.poolsim.real..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("dev.lifeguard.poolsim.virtual..")
                .check(POOLSIM);
    }

    @Test
    void poolSim_dependsOnNeitherDocumentsNorDesktopNorJavaFx() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.lifeguard.postmortem..", "dev.lifeguard.desktop..", "javafx..")
                .check(POOLSIM);
    }
}
