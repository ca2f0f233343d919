package io.eksplanner.importing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.eksplanner.support.ProductionClasses;

/** The import engines' boundaries: plain Java, and fabric8's Jackson serialization behind one adapter. */
@AnalyzeClasses(packages = "io.eksplanner.importing", importOptions = ProductionClasses.class)
class ImportingArchitectureTests {

    private static final String[] ENGINES = {
        "io.eksplanner.importing.yaml..", "io.eksplanner.importing.eksctl..", "io.eksplanner.importing.manifests.."
    };

    @ArchTest
    static final ArchRule enginesDoNotCallTheUseCase = noClasses()
            .that()
            .resideInAnyPackage(ENGINES)
            .should()
            .dependOnClassesThat()
            .haveFullyQualifiedName(ImportService.class.getName());

    @ArchTest
    static final ArchRule onlyTheAdapterTouchesJackson = noClasses()
            .that()
            .resideInAPackage("io.eksplanner.importing..")
            .and()
            .doNotHaveFullyQualifiedName("io.eksplanner.importing.manifests.Fabric8Objects")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("tools.jackson..", "com.fasterxml.jackson..", "io.fabric8.kubernetes.client.utils..");
}
