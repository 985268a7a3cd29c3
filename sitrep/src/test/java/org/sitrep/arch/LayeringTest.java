package org.sitrep.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The shape of the code (README, "Architecture"): the domain model at the bottom; the pipeline's stages above it,
 * independent of one another; linking; the store port and, beside it, its implementations; record keeping;
 * analysis (reading the record through the store port, never an implementation); the application front door ({@code app}); and the adapters (command line, API) on top. Dependencies point one way
 * only, no package cycle anywhere, the store never imports linking, and only {@code app} names a store
 * implementation. Adapters touch only {@code app}, the model and the JSON wire format.
 */
class LayeringTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.sitrep");
    }

    @Test
    void layers_dependOnlyDownwards() {
        ArchRule rule = layeredArchitecture().consideringOnlyDependenciesInLayers().withOptionalLayers(true)
                .layer("Model").definedBy("org.sitrep.model..")
                .layer("Pipeline").definedBy("org.sitrep.pipeline..")
                .layer("Knowledge").definedBy("org.sitrep.knowledge..")
                .layer("Ingest").definedBy("org.sitrep.ingest..")
                .layer("Extract").definedBy("org.sitrep.extract..")
                .layer("Resolve").definedBy("org.sitrep.resolve..")
                .layer("Link").definedBy("org.sitrep.link..")
                .layer("Analyse").definedBy("org.sitrep.analyse..")
                .layer("Simulate").definedBy("org.sitrep.simulate..")
                .layer("Json").definedBy("org.sitrep.json..")
                .layer("StorePort").definedBy("org.sitrep.store")
                .layer("StoreImpl").definedBy("org.sitrep.store.sqlite..", "org.sitrep.store.postgres..")
                .layer("Record").definedBy("org.sitrep.record..")
                .layer("Export").definedBy("org.sitrep.export..")
                .layer("Engine").definedBy("org.sitrep.engine..")
                .layer("App").definedBy("org.sitrep.app..")
                .layer("Interfaces").definedBy("org.sitrep.cli..", "org.sitrep.api..")
                .whereLayer("Interfaces").mayNotBeAccessedByAnyLayer()
                .whereLayer("App").mayOnlyBeAccessedByLayers("Interfaces")
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("App")
                // only the front door chooses a store implementation; everything else sees the port
                .whereLayer("StoreImpl").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Record").mayOnlyBeAccessedByLayers("App")
                .whereLayer("StorePort").mayOnlyBeAccessedByLayers("StoreImpl", "Record", "Analyse", "Export", "App")
                .whereLayer("Json").mayOnlyBeAccessedByLayers("StorePort", "StoreImpl", "Record", "Analyse", "Export",
                        "App", "Interfaces")
                .whereLayer("Analyse").mayOnlyBeAccessedByLayers("App")
                // the simulator writes articles and truth from knowledge alone; only the front door runs it
                .whereLayer("Simulate").mayOnlyBeAccessedByLayers("App")
                .whereLayer("Link").mayOnlyBeAccessedByLayers("Analyse", "Record", "App")
                .whereLayer("Resolve").mayOnlyBeAccessedByLayers("Engine", "App")
                .whereLayer("Extract").mayOnlyBeAccessedByLayers("Engine", "App")
                .whereLayer("Ingest").mayOnlyBeAccessedByLayers("Engine", "App")
                .whereLayer("Knowledge").mayOnlyBeAccessedByLayers("Extract", "Resolve", "Link", "Analyse",
                        "Simulate", "Engine", "App")
                .whereLayer("Pipeline").mayOnlyBeAccessedByLayers("Ingest", "Extract", "Resolve", "Link",
                        "Analyse", "Engine", "App");
        rule.check(classes);
    }

    @Test
    void adapters_touchOnlyTheFrontDoorTheModelAndTheWireFormat() {
        // the command line and the API parse input and format output; every use case is app's, so a second
        // adapter never has to copy one
        noClasses().that().resideInAnyPackage("org.sitrep.cli..", "org.sitrep.api..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sitrep.pipeline..", "org.sitrep.knowledge..",
                        "org.sitrep.ingest..", "org.sitrep.extract..", "org.sitrep.resolve..", "org.sitrep.link..",
                        "org.sitrep.analyse..", "org.sitrep.store..", "org.sitrep.record..", "org.sitrep.export..",
                        "org.sitrep.engine..", "org.sitrep.simulate..")
                .check(classes);
    }

    @Test
    void noPackageCycles() {
        slices().matching("org.sitrep.(**)").should().beFreeOfCycles().check(classes);
    }

    @Test
    void stages_independentOfOneAnother() {
        // a stage reads what the one before it left under a pipeline key, never the other stage's classes
        for (String stage : new String[] {"extract", "resolve", "link"}) {
            noClasses().that().resideInAPackage("org.sitrep." + stage + "..")
                    .should().dependOnClassesThat().resideInAnyPackage(otherStages(stage))
                    .check(classes);
        }
    }

    private static String[] otherStages(String stage) {
        return java.util.stream.Stream.of("extract", "resolve", "link").filter(s -> !s.equals(stage))
                .map(s -> "org.sitrep." + s + "..").toArray(String[]::new);
    }

    @Test
    void store_neverImportsLinkingOrRecordKeeping() {
        noClasses().that().resideInAPackage("org.sitrep.store..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sitrep.link..", "org.sitrep.record..",
                        "org.sitrep.engine..", "org.sitrep.extract..", "org.sitrep.resolve..")
                .check(classes);
    }

    @Test
    void engine_processesDocumentsWithoutLinking() {
        // linking, merging and grading happen once, when a document is recorded, not in the per-document pipeline
        noClasses().that().resideInAnyPackage("org.sitrep.engine..", "org.sitrep.pipeline..")
                .should().dependOnClassesThat().resideInAnyPackage("org.sitrep.link..", "org.sitrep.record..",
                        "org.sitrep.store..")
                .check(classes);
    }

    @Test
    void model_dependsOnNoOtherSitrepPackage() {
        noClasses().that().resideInAPackage("org.sitrep.model..")
                .should().dependOnClassesThat().resideInAnyPackage(
                        "org.sitrep.pipeline..", "org.sitrep.knowledge..", "org.sitrep.ingest..",
                        "org.sitrep.extract..", "org.sitrep.resolve..", "org.sitrep.link..", "org.sitrep.analyse..",
                        "org.sitrep.json..", "org.sitrep.store..", "org.sitrep.export..", "org.sitrep.engine..",
                        "org.sitrep.cli..", "org.sitrep.api..")
                .check(classes);
    }

    @Test
    void libraryCode_neverWritesToStandardStreams() {
        noClasses().that().resideOutsideOfPackages("org.sitrep.cli..", "org.sitrep.api..")
                .should().accessField(System.class, "out").orShould().accessField(System.class, "err")
                .check(classes);
    }
}
