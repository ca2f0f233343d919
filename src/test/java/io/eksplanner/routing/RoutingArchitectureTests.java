package io.eksplanner.routing;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.eksplanner.support.ProductionClasses;

/** The routing engine's packages stay plain Java and keep their seams. */
@AnalyzeClasses(packages = "io.eksplanner.routing", importOptions = ProductionClasses.class)
class RoutingArchitectureTests {

    @ArchTest
    static final ArchRule servicesDoNotReachIntoIngresses = noClasses()
            .that()
            .resideInAPackage("io.eksplanner.routing.service")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.eksplanner.routing.alb");

    @ArchTest
    static final ArchRule ingressesDoNotReachIntoServices = noClasses()
            .that()
            .resideInAPackage("io.eksplanner.routing.alb")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.eksplanner.routing.service");
}
