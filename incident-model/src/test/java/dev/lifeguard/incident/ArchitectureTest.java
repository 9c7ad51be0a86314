package dev.lifeguard.incident;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** incident-model is the centre: it depends on no other Lifeguard module and never on JavaFX. */
class ArchitectureTest {

    private static final JavaClasses MODEL = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.lifeguard.incident");

    @Test
    void model_dependsOnNoOuterModule() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("dev.lifeguard.poolsim..", "dev.lifeguard.postmortem..", "dev.lifeguard.desktop..")
                .check(MODEL);
    }

    @Test
    void model_neverTouchesJavaFx() {
        noClasses()
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..")
                .check(MODEL);
    }
}
