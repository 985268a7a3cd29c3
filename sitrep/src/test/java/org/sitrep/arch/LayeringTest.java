package org.sitrep.arch;

import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The pipeline's layering: the domain model at the bottom, the stages in pipeline order above it, storage and
 * formats beside them, and the command line and API on top. Dependencies point one way only.
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
                .layer("Json").definedBy("org.sitrep.json..")
                .layer("Store").definedBy("org.sitrep.store..")
                .layer("Export").definedBy("org.sitrep.export..")
                .layer("Engine").definedBy("org.sitrep.engine..")
                .layer("Interfaces").definedBy("org.sitrep.cli..", "org.sitrep.api..")
                .whereLayer("Interfaces").mayNotBeAccessedByAnyLayer()
                .whereLayer("Engine").mayOnlyBeAccessedByLayers("Interfaces")
                .whereLayer("Export").mayOnlyBeAccessedByLayers("Interfaces")
                .whereLayer("Store").mayOnlyBeAccessedByLayers("Export", "Interfaces")
                .whereLayer("Json").mayOnlyBeAccessedByLayers("Store", "Export", "Interfaces")
                .whereLayer("Analyse").mayOnlyBeAccessedByLayers("Engine", "Interfaces")
                .whereLayer("Link").mayOnlyBeAccessedByLayers("Analyse", "Store", "Engine", "Interfaces")
                .whereLayer("Resolve").mayOnlyBeAccessedByLayers("Link", "Analyse", "Engine", "Interfaces")
                .whereLayer("Extract")
                .mayOnlyBeAccessedByLayers("Resolve", "Link", "Analyse", "Engine", "Interfaces")
                .whereLayer("Ingest").mayOnlyBeAccessedByLayers("Engine", "Interfaces")
                .whereLayer("Knowledge")
                .mayOnlyBeAccessedByLayers("Extract", "Resolve", "Link", "Analyse", "Engine", "Interfaces")
                .whereLayer("Pipeline")
                .mayOnlyBeAccessedByLayers("Ingest", "Extract", "Resolve", "Link", "Analyse", "Engine", "Interfaces");
        rule.check(classes);
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
