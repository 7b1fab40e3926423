package org.factdesk.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.util.List;

/** The layer rules of DESIGN.md, as ArchUnit rules, so that both the real check and its self-test use the same ones. */
final class LayerRules {

    private LayerRules() {
    }

    static final ArchRule LAYERS = layeredArchitecture()
            .consideringOnlyDependenciesInLayers()
            .layer("model").definedBy("org.factdesk.model..")
            .layer("text").definedBy("org.factdesk.text..")
            .layer("analysis").definedBy("org.factdesk.analysis..")
            .layer("store").definedBy("org.factdesk.store..")
            .layer("report").definedBy("org.factdesk.report..")
            .layer("service").definedBy("org.factdesk.service..")
            .layer("ui").definedBy("org.factdesk.ui..")
            .layer("cli").definedBy("org.factdesk.cli..")
            .layer("app").definedBy("org.factdesk.app..")
            .whereLayer("app").mayNotBeAccessedByAnyLayer()
            .whereLayer("ui").mayOnlyBeAccessedByLayers("app")
            .whereLayer("cli").mayOnlyBeAccessedByLayers("app")
            .whereLayer("service").mayOnlyBeAccessedByLayers("ui", "cli", "app")
            .whereLayer("store").mayOnlyBeAccessedByLayers("service", "app")
            .whereLayer("report").mayOnlyBeAccessedByLayers("service", "app")
            .whereLayer("analysis").mayOnlyBeAccessedByLayers("service", "app")
            .whereLayer("text").mayOnlyBeAccessedByLayers("analysis", "report", "service", "app")
            .because("DESIGN.md fixes which layer may use which");

    static final ArchRule MODEL_USES_ONLY_THE_JDK = noClasses()
            .that().resideInAPackage("org.factdesk.model..")
            .should().dependOnClassesThat().resideOutsideOfPackages(
                    "java.lang..", "java.util..", "java.time..", "java.math..", "org.factdesk.model..")
            .because("the model is plain records and enums: no I/O, no libraries");

    static final ArchRule JDBC_ONLY_IN_STORE = noClasses()
            .that().resideOutsideOfPackage("org.factdesk.store..")
            .should().dependOnClassesThat().resideInAnyPackage("java.sql..", "javax.sql..", "org.sqlite..")
            .because("only the store talks JDBC");

    static final ArchRule JACKSON_ONLY_IN_REPORT = noClasses()
            .that().resideOutsideOfPackage("org.factdesk.report..")
            .should().dependOnClassesThat().resideInAPackage("com.fasterxml.jackson..")
            .because("only the report layer uses Jackson");

    static final ArchRule JAVAFX_ONLY_IN_UI_AND_APP = noClasses()
            .that().resideOutsideOfPackages("org.factdesk.ui..", "org.factdesk.app..")
            .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.fxmisc..", "org.controlsfx..",
                    "atlantafx..", "org.kordamp..")
            .because("only the window imports JavaFX");

    static final ArchRule STANDARD_STREAMS_ONLY_IN_CLI = noClasses()
            .that().resideOutsideOfPackage("org.factdesk.cli..")
            .should().accessField(System.class, "out")
            .orShould().accessField(System.class, "err")
            .because("everything but command-line output goes through SLF4J");

    static final ArchRule NO_CYCLES = slices()
            .matching("org.factdesk.(*)..")
            .should().beFreeOfCycles();

    static final List<ArchRule> ALL = List.of(LAYERS, MODEL_USES_ONLY_THE_JDK, JDBC_ONLY_IN_STORE,
            JACKSON_ONLY_IN_REPORT, JAVAFX_ONLY_IN_UI_AND_APP, STANDARD_STREAMS_ONLY_IN_CLI, NO_CYCLES);
}
