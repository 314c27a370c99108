package app.glance.tests;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The module rules of ../shared/STYLE.md, checked on the compiled production classes of every module. */
class ModuleRulesTest {

    static JavaClasses glance;

    @BeforeAll
    static void importClasses() {
        glance = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("app.glance");
    }

    @Test
    void inferenceAndSpeechKnowNoToolkit() {
        noClasses().that().resideInAnyPackage("app.glance.inference..", "app.glance.speech..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "java.awt..")
                .check(glance);
    }

    @Test
    void inferenceAndSpeechAreIndependentOfEachOtherAndOfTheirUsers() {
        noClasses().that().resideInAPackage("app.glance.inference..")
                .should().dependOnClassesThat().resideInAnyPackage("app.glance.speech..", "app.glance.ui..",
                        "app.glance.app..")
                .check(glance);
        noClasses().that().resideInAPackage("app.glance.speech..")
                .should().dependOnClassesThat().resideInAnyPackage("app.glance.inference..", "app.glance.ui..",
                        "app.glance.app..")
                .check(glance);
    }

    @Test
    void uiSeesOnlyThePublicApiPackagesOfInferenceAndSpeech() {
        noClasses().that().resideInAPackage("app.glance.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("app.glance.inference.*..", "app.glance.speech.*..",
                        "app.glance.app..", "ai.onnxruntime..")
                .check(glance);
    }

    @Test
    void onlyOnePackageTouchesOnnxRuntime() {
        noClasses().that().resideOutsideOfPackage("app.glance.inference.ort")
                .should().dependOnClassesThat().resideInAPackage("ai.onnxruntime..")
                .check(glance);
    }

    @Test
    void nothingButTheAppDependsOnTheApp() {
        classes().that().resideInAPackage("app.glance.app..")
                .should().onlyHaveDependentClassesThat().resideInAPackage("app.glance.app..")
                .check(glance);
    }

    @Test
    void noGrabBagClassNames() {
        noClasses().should().haveSimpleNameEndingWith("Manager")
                .orShould().haveSimpleNameEndingWith("Helper")
                .orShould().haveSimpleNameEndingWith("Util")
                .orShould().haveSimpleNameEndingWith("Utils")
                .check(glance);
    }
}
