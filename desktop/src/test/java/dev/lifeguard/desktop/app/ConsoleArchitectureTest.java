package dev.lifeguard.desktop.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/** The console's MVVM rules: view models run without the toolkit; the console holds no SQL or JSON code. */
class ConsoleArchitectureTest {

    private static final JavaClasses DESKTOP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.lifeguard.desktop");

    @Test
    void viewModels_neverTouchTheToolkit() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .or()
                .resideInAnyPackage("dev.lifeguard.desktop.concurrent..", "dev.lifeguard.desktop.errors..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx.scene..", "javafx.stage..", "javafx.application..", "javafx.animation..")
                .check(DESKTOP);
    }

    @Test
    void console_holdsNoSqlOrJsonCode() {
        noClasses()
                .that()
                .resideOutsideOfPackage("dev.lifeguard.desktop.cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("java.sql..", "com.fasterxml.jackson..")
                .check(DESKTOP);
    }
}
