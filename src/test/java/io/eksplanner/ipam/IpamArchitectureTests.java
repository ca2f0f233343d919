package io.eksplanner.ipam;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.eksplanner.support.ProductionClasses;

/** The IP planner is plain Java, and shows other packages only the planner, its plans and their values. */
@AnalyzeClasses(packages = "io.eksplanner.ipam", importOptions = ProductionClasses.class)
class IpamArchitectureTests {

    @ArchTest
    static final ArchRule onlyThePlannerItsPlansAndTheirValuesArePublic = classes()
            .that()
            .resideInAPackage("io.eksplanner.ipam")
            .and()
            .arePublic()
            .and()
            .areTopLevelClasses()
            .should()
            .haveSimpleName("IpPlanner")
            .orShould()
            .haveSimpleName("IpPlan")
            .orShould()
            .haveSimpleName("IpPlans")
            .orShould()
            .haveSimpleName("Scenario")
            .orShould()
            .haveSimpleName("EffectiveCni")
            .orShould()
            .haveSimpleName("EniKind")
            .orShould()
            .haveSimpleName("MaxPodsSource");
}
