package dev.labelj.arch;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAnyPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The package arrows of the architecture (docs/adr/0001); a broken arrow fails the build. */
class PackageRulesTest {
    private static JavaClasses classes;

    @BeforeAll
    static void importMainClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("dev.labelj");
    }

    private static void onlyMayDependOn(String pkg, String... allowed) {
        String[] allowedPackages = new String[allowed.length + 2];
        allowedPackages[0] = "dev.labelj." + pkg + "..";
        allowedPackages[1] = "java..";
        for (int i = 0; i < allowed.length; i++) {
            allowedPackages[i + 2] = allowed[i];
        }
        com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes()
                .that().resideInAPackage("dev.labelj." + pkg + "..")
                .should().onlyDependOnClassesThat().resideInAnyPackage(allowedPackages)
                .allowEmptyShould(true)
                .check(classes);
    }

    @Test
    void modelSettingsAndResultsUseOnlyTheJdk() {
        onlyMayDependOn("model");
        onlyMayDependOn("settings", "com.fasterxml.jackson..");
        onlyMayDependOn("results");
    }

    @Test
    void headlessPackagesNeverTouchAwtOrSwing() {
        noClasses().that().resideInAnyPackage("dev.labelj.model..", "dev.labelj.settings..",
                        "dev.labelj.results..", "dev.labelj.io..")
                .should().dependOnClassesThat().resideInAnyPackage("java.awt..", "javax.swing..")
                .check(classes);
        noClasses().that().resideInAnyPackage("dev.labelj.image..", "dev.labelj.dataset..", "dev.labelj.assist..")
                .should().dependOnClassesThat(resideInAPackage("java.awt..")
                        .and(not(resideInAnyPackage("java.awt.image..", "java.awt.color.."))))
                .orShould().dependOnClassesThat().resideInAPackage("javax.swing..")
                .check(classes);
    }

    @Test
    void uiDoesNotReachIntoBatchTools() {
        // ADR 0055: the Tools menu (ui.tools) is the one ui package that runs the batch dataset code
        noClasses().that().resideInAPackage("dev.labelj.ui..")
                .and().resideOutsideOfPackage("dev.labelj.ui.tools..")
                .should().dependOnClassesThat().resideInAPackage("dev.labelj.dataset..")
                .check(classes);
    }

    @Test
    void canvasAndPanelsDoNotUseTheToolsMenu() {
        noClasses().that().resideInAnyPackage("dev.labelj.ui.canvas..", "dev.labelj.ui.panels..")
                .should().dependOnClassesThat().resideInAPackage("dev.labelj.ui.tools..")
                .check(classes);
    }

    @Test
    void ioUsesOnlyModelAndFormatLibraries() {
        // SnakeYAML Engine reads data.yaml (docs/adr/0103)
        onlyMayDependOn("io", "dev.labelj.model..", "jakarta.xml.bind..", "javax.xml..", "org.w3c.dom..",
                "org.xml.sax..", "com.fasterxml.jackson..", "org.snakeyaml.engine..");
    }

    @Test
    void imageUsesOnlyOpenCvAndJavaAwtImage() {
        // model: only for the AnnotationStatus the folder scan remembers per image
        onlyMayDependOn("image", "dev.labelj.model..", "org.opencv..", "org.bytedeco..", "java.awt.image..",
                "java.awt.color..");
    }

    @Test
    void assistUsesOnlyModelImageOnnxRuntimeAndOpenCv() {
        // headless: the window and the command line both call it; java.awt.image for a picture held in memory
        onlyMayDependOn("assist", "dev.labelj.model..", "dev.labelj.image..", "ai.onnxruntime..", "org.opencv..",
                "java.awt.image..");
    }

    @Test
    void documentUsesOnlyModelAndSwingUndo() {
        onlyMayDependOn("document", "dev.labelj.model..", "javax.swing.undo..", "javax.swing.event..");
    }

    @Test
    void datasetIsHeadless() {
        // assist: a folder prediction writes the model's boxes as a batch conversion writes boxes
        onlyMayDependOn("dataset", "dev.labelj.model..", "dev.labelj.io..", "dev.labelj.image..",
                "dev.labelj.assist..", "com.fasterxml.jackson..", "java.awt.image..");
    }

    @Test
    void onlyChartsImportsTheChartLibrary() {
        // the chart library and its vector back ends (SVG: Apache Batik on the JDK's DOM, PDF: OpenPDF)
        noClasses().that().resideOutsideOfPackage("dev.labelj.charts..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.jfree..", "org.apache.batik..", "com.lowagie..")
                .check(classes);
        onlyMayDependOn("charts", "dev.labelj.results..", "org.jfree..", "org.apache.batik..", "com.lowagie..",
                "javax.xml..", "org.w3c.dom..", "java.awt..", "javax.imageio..", "javax.swing..");
    }

    @Test
    void onlyUiAndCliUseSwing() {
        noClasses().that().resideInAnyPackage("dev.labelj.model..", "dev.labelj.io..", "dev.labelj.image..",
                        "dev.labelj.settings..", "dev.labelj.results..", "dev.labelj.dataset..",
                        "dev.labelj.document..")
                .should().dependOnClassesThat().resideInAnyPackage("javax.swing", "java.awt")
                .check(classes);
    }

    @Test
    void onlyIoBindsXml() {
        noClasses().that().resideOutsideOfPackage("dev.labelj.io..")
                .should().dependOnClassesThat().resideInAnyPackage("jakarta.xml.bind..", "javax.xml.stream..")
                .check(classes);
    }

    @Test
    void nothingDependsOnTheCommandLine() {
        noClasses().that().resideOutsideOfPackage("dev.labelj.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.labelj.cli..")
                .check(classes);
    }

    @Test
    void packagesHaveNoCycles() {
        slices().matching("dev.labelj.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void canvasAndPanelsKnowNothingOfTheWindowOrSession() {
        noClasses().that().resideInAnyPackage("dev.labelj.ui.canvas..", "dev.labelj.ui.panels..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.labelj.ui", "dev.labelj.ui.session..",
                        "dev.labelj.ui.actions..")
                .check(classes);
    }

    @Test
    void onlyTheCompositionRootUsesTheUiRootPackage() {
        noClasses().that().resideInAPackage("dev.labelj.ui.*..")
                .should().dependOnClassesThat().resideInAPackage("dev.labelj.ui")
                .check(classes);
    }

    @Test
    void uiSubPackagesHaveNoCycles() {
        slices().matching("dev.labelj.ui.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void commandSetsLiveInTheirOwnPackage() {
        // the ui root is the composition (App, MainWindow, wiring); what a menu entry runs lives in ui.commands
        noClasses().that().resideInAPackage("dev.labelj.ui")
                .should().haveSimpleNameEndingWith("Commands").orShould().haveSimpleNameEndingWith("Command")
                .check(classes);
    }
}
