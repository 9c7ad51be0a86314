package dev.lifeguard.desktop.app;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaConstructorCall;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The desktop's layers (after JabRef's MainArchitectureTest): console and CLI → workbench → modules. The workbench
 * knows neither JavaFX nor picocli; the CLI knows no console package; view models name no concrete store; only the
 * composition root ({@code workbench.Workbench}) builds the services.
 */
class MainArchitectureTest {

    private static final String ROOT = "dev.lifeguard.desktop";
    private static final JavaClasses DESKTOP = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    /** The console's feature packages, which the CLI must not reach into. */
    private static final String[] CONSOLE = {
        ROOT + ".app..", ROOT + ".concurrent..", ROOT + ".errors..", ROOT + ".hazard..", ROOT + ".library..",
        ROOT + ".live..", ROOT + ".overview..", ROOT + ".postmortem..", ROOT + ".replay..", ROOT + ".timeline..",
        ROOT + ".whatif..", ROOT + ".workspace..", ROOT + ".sizing.."
    };

    /** Services the composition root builds once; everyone else receives them. */
    private static final Set<String> SERVICES = Set.of(
            "dev.lifeguard.desktop.workbench.imports.IncidentImport",
            "dev.lifeguard.desktop.workbench.engine.EngineChoice",
            "dev.lifeguard.desktop.workbench.suggestions.ActionSuggestions",
            "dev.lifeguard.desktop.workbench.demo.DemoLoader",
            "dev.lifeguard.desktop.workbench.watch.WatchService",
            "dev.lifeguard.postmortem.render.Exporter",
            "dev.lifeguard.postmortem.importer.DocumentImporter");

    @Test
    void workbench_importsNeitherJavaFxNorPicocli() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".workbench..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("javafx..", "picocli..")
                .check(DESKTOP);
    }

    @Test
    void workbench_importsNoFrontEnd() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".workbench..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(CONSOLE)
                .orShould()
                .dependOnClassesThat()
                .resideInAPackage(ROOT + ".cli..")
                .check(DESKTOP);
    }

    @Test
    void cli_importsNoConsolePackage() {
        noClasses()
                .that()
                .resideInAPackage(ROOT + ".cli..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(CONSOLE)
                .check(DESKTOP);
    }

    @Test
    void viewModels_neverNameAConcreteStore() {
        noClasses()
                .that()
                .haveSimpleNameEndingWith("ViewModel")
                .should()
                .dependOnClassesThat(JavaClass.Predicates.resideInAPackage("dev.lifeguard.incident.store..")
                        .and(JavaClass.Predicates.simpleNameEndingWith("Store"))
                        .and(DescribedPredicate.not(JavaClass.Predicates.INTERFACES)))
                .check(DESKTOP);
    }

    @Test
    void onlyTheCompositionRoot_buildsServices() {
        classes()
                .that()
                .doNotHaveFullyQualifiedName(ROOT + ".workbench.Workbench")
                .should(notBuildAService())
                .check(DESKTOP);
    }

    private static ArchCondition<JavaClass> notBuildAService() {
        return new ArchCondition<>("not construct a service (" + SERVICES + ")") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                for (JavaConstructorCall call : item.getConstructorCallsFromSelf()) {
                    String target = call.getTargetOwner().getName();
                    if (SERVICES.contains(target)) {
                        events.add(SimpleConditionEvent.violated(call, call.getDescription()));
                    }
                }
            }
        };
    }
}
