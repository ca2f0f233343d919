package io.eksplanner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import io.eksplanner.support.ProductionClasses;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.data.repository.Repository;
import org.springframework.http.HttpEntity;
import org.springframework.http.ProblemDetail;
import org.springframework.util.ReflectionUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The layering rules of src/docs/architecture.md, enforced on the compiled classes. */
@AnalyzeClasses(packages = "io.eksplanner", importOptions = ProductionClasses.class)
class ArchitectureTests {

    /** The plain-Java packages: catalogue, engines, importers' readers and writers, the planning layer, the model. */
    private static final String[] ENGINES = {
        "io.eksplanner.catalog",
        "io.eksplanner.common",
        "io.eksplanner.validation..",
        "io.eksplanner.ipam..",
        "io.eksplanner.routing..",
        "io.eksplanner.planning",
        "io.eksplanner.diagrams",
        "io.eksplanner.importing.yaml..",
        "io.eksplanner.importing.eksctl..",
        "io.eksplanner.importing.manifests..",
        "io.eksplanner.topology.model.."
    };

    private static final String JACKSON_ADAPTER = "io.eksplanner.importing.manifests.Fabric8Objects";

    private static final DescribedPredicate<JavaClass> PERSISTENCE = DescribedPredicate.describe(
            "JPA entities, embeddables or Spring Data repositories",
            type -> type.isAnnotatedWith(Entity.class)
                    || type.isAnnotatedWith(Embeddable.class)
                    || type.isAssignableTo(Repository.class));

    @ArchTest
    static final ArchRule controllersLiveInWebPackages =
            classes().that().areAnnotatedWith(RestController.class).should().resideInAPackage("..web..");

    @ArchTest
    static final ArchRule noEntityReachesTheWire = methods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage("..web..")
            .should(exchangeOnlyRecordsAndValues());

    @ArchTest
    static final ArchRule persistenceStaysInsideTopology = noClasses()
            .that()
            .resideOutsideOfPackage("io.eksplanner.topology")
            .should()
            .dependOnClassesThat(PERSISTENCE);

    /**
     * Web types are the outer layer: controllers, request and response records, their documentation, and the
     * security filters, which answer 401 and 403 through common.web's problem writer.
     */
    @ArchTest
    static final ArchRule onlyWebDependsOnWeb = noClasses()
            .that()
            .resideOutsideOfPackages("..web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("..web..");

    /** Security is an edge: it guards the API from outside, and no other package depends on it. */
    @ArchTest
    static final ArchRule nothingDependsOnSecurity = noClasses()
            .that()
            .resideOutsideOfPackage("io.eksplanner.security.web..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.eksplanner.security.web..");

    /**
     * The command line is an edge like web: it drives the engines, and only the application's main hands it the
     * commands it runs.
     */
    @ArchTest
    static final ArchRule onlyTheApplicationDependsOnTheCommandLine = noClasses()
            .that()
            .resideOutsideOfPackage("io.eksplanner.cli..")
            .and()
            .doNotHaveFullyQualifiedName("io.eksplanner.PlannerApplication")
            .should()
            .dependOnClassesThat()
            .resideInAPackage("io.eksplanner.cli..");

    /** The command line runs without Spring: it starts no context, web server or database. */
    @ArchTest
    static final ArchRule theCommandLineStartsNoSpring = noClasses()
            .that()
            .resideInAPackage("io.eksplanner.cli..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..", "jakarta.persistence..", "jakarta.servlet..", "io.eksplanner.config..");

    /**
     * Dependencies point one way (web → planning → engines → model): no two packages depend on each other, whether
     * they are top-level modules or a package and its subpackage.
     */
    @ArchTest
    static final ArchRule packagesAreFreeOfCycles =
            slices().matching("io.eksplanner.(**)").should().beFreeOfCycles();

    /**
     * The engines and what they read are plain Java over immutable inputs: no framework inside
     * (src/docs/architecture.md).
     */
    @ArchTest
    static final ArchRule enginesArePlainJava = noClasses()
            .that()
            .resideInAnyPackage(ENGINES)
            .and()
            .doNotHaveFullyQualifiedName(JACKSON_ADAPTER)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "jakarta.persistence..",
                    "jakarta.servlet..",
                    "jakarta.validation..",
                    "org.hibernate..",
                    "tools.jackson..",
                    "com.fasterxml.jackson..",
                    "io.swagger..",
                    "io.eksplanner.config..",
                    "io.eksplanner.topology");

    /** The one engine class that may use Jackson: fabric8's KubernetesSerialization reads manifests through it. */
    @ArchTest
    static final ArchRule theJacksonAdapterUsesNoFramework = noClasses()
            .that()
            .haveFullyQualifiedName(JACKSON_ADAPTER)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "jakarta.servlet..");

    /** Names say what a thing is in the domain, never what kind of code holds it (src/docs/architecture.md). */
    @ArchTest
    static final ArchRule namesSayWhatAThingIs = noClasses()
            .should()
            .haveSimpleNameEndingWith("Helper")
            .orShould()
            .haveSimpleNameEndingWith("Util")
            .orShould()
            .haveSimpleNameEndingWith("Utils")
            .orShould()
            .haveSimpleNameEndingWith("Manager")
            .orShould()
            .haveNameMatching(".*[.$](Run|Claim|Member|Place|Entry|Detail|Lists|Data)(\\$.*)?");

    @ArchTest
    static final ArchRule repositoriesAreNotPublic =
            classes().that().areAssignableTo(Repository.class).should().notBePublic();

    @ArchTest
    static final ArchRule entitiesAreNotPublic =
            classes().that(PERSISTENCE).should().notBePublic().andShould().resideInAPackage("io.eksplanner.topology");

    /**
     * Every handler method's request body and response body, with generics resolved against each concrete
     * controller and followed through record components, is made of records, enums and JDK types only: no entity
     * or embeddable ever reaches the wire, however deep it would sit.
     */
    private static ArchCondition<JavaMethod> exchangeOnlyRecordsAndValues() {
        return new ArchCondition<>("take and return only records, enums and JDK types, checked recursively") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (!isHandler(method)) {
                    return;
                }
                for (Class<?> controller : concreteControllers(method)) {
                    for (var body : bodies(method, controller)) {
                        for (Class<?> type : payloadTypes(body, new HashSet<>())) {
                            if (!allowedOnTheWire(type)) {
                                events.add(SimpleConditionEvent.violated(
                                        method,
                                        controller.getSimpleName() + "." + method.getName() + " exchanges "
                                                + type.getName() + ", which is not a record, an enum or a JDK type"));
                            }
                        }
                    }
                }
            }
        };
    }

    private static List<ResolvableType> bodies(JavaMethod method, Class<?> controller) {
        var reflected = method.reflect();
        var bodies = new ArrayList<ResolvableType>();
        bodies.add(ResolvableType.forMethodReturnType(reflected, controller));
        for (int index = 0; index < reflected.getParameterCount(); index++) {
            var parameter = new MethodParameter(reflected, index).withContainingClass(controller);
            if (parameter.hasParameterAnnotation(RequestBody.class)) {
                bodies.add(ResolvableType.forMethodParameter(parameter));
            }
        }
        return bodies;
    }

    private static boolean allowedOnTheWire(Class<?> type) {
        if (type.isAnnotationPresent(Entity.class) || type.isAnnotationPresent(Embeddable.class)) {
            return false;
        }
        // ProblemDetail is Spring's RFC 9457 body: the error answer of every endpoint, not a type of ours.
        return type == void.class
                || type == ProblemDetail.class
                || type.isPrimitive()
                || type.getName().startsWith("java.")
                || type.isRecord()
                || type.isEnum();
    }

    private static boolean isHandler(JavaMethod method) {
        return method.getAnnotations().stream()
                .anyMatch(annotation -> annotation.getRawType().getName().endsWith("Mapping"));
    }

    private static List<Class<?>> concreteControllers(JavaMethod method) {
        var owner = method.getOwner();
        var candidates = new ArrayList<JavaClass>();
        candidates.add(owner);
        candidates.addAll(owner.getAllSubclasses());
        return candidates.stream()
                .filter(type -> type.isAnnotatedWith(RestController.class))
                .<Class<?>>map(JavaClass::reflect)
                .toList();
    }

    /**
     * The classes a body is made of: the type itself, what a ResponseEntity, collection or map holds, and, for a
     * record, the classes of its components, recursively.
     */
    private static List<Class<?>> payloadTypes(ResolvableType type, Set<ResolvableType> seen) {
        var resolved = type.resolve(Object.class);
        if (!seen.add(type)) {
            return List.of();
        }
        if (HttpEntity.class.isAssignableFrom(resolved)) {
            return payloadTypes(type.as(HttpEntity.class).getGeneric(0), seen);
        }
        var types = new ArrayList<Class<?>>();
        types.add(resolved.isArray() ? resolved.getComponentType() : resolved);
        for (ResolvableType generic : type.getGenerics()) {
            types.addAll(payloadTypes(generic, seen));
        }
        if (resolved.isRecord()) {
            for (RecordComponent component : resolved.getRecordComponents()) {
                var field = ResolvableType.forField(ReflectionUtils.findField(resolved, component.getName()), type);
                types.addAll(payloadTypes(field, seen));
            }
        }
        return types;
    }
}
