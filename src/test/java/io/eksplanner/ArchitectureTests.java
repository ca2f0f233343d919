package io.eksplanner;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import java.util.ArrayList;
import java.util.List;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.data.repository.Repository;
import org.springframework.http.HttpEntity;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/** The layering rules of style.md, enforced on the compiled classes. */
@AnalyzeClasses(packages = "io.eksplanner", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTests {

    private static final DescribedPredicate<JavaClass> PERSISTENCE = DescribedPredicate.describe(
            "JPA entities, embeddables or Spring Data repositories",
            type -> type.isAnnotatedWith(Entity.class)
                    || type.isAnnotatedWith(Embeddable.class)
                    || type.isAssignableTo(Repository.class));

    @ArchTest
    static final ArchRule controllersLiveInWebPackages =
            classes().that().areAnnotatedWith(RestController.class).should().resideInAPackage("..web..");

    @ArchTest
    static final ArchRule requestAndResponseBodiesAreWebRecords = methods()
            .that()
            .areDeclaredInClassesThat()
            .resideInAPackage("..web..")
            .should(exchangeOnlyWebRecords());

    @ArchTest
    static final ArchRule persistenceStaysInsideTopology = noClasses()
            .that()
            .resideOutsideOfPackage("io.eksplanner.topology")
            .should()
            .dependOnClassesThat(PERSISTENCE);

    /** The engines and what they read are plain Java over immutable inputs: no framework inside (style.md). */
    @ArchTest
    static final ArchRule enginesArePlainJava = noClasses()
            .that()
            .resideInAnyPackage(
                    "io.eksplanner.validation",
                    "io.eksplanner.validation.rules",
                    "io.eksplanner.routing",
                    "io.eksplanner.planning",
                    "io.eksplanner.topology.model")
            .or()
            .haveFullyQualifiedName("io.eksplanner.common.Ipv4Cidr")
            .or()
            .haveFullyQualifiedName("io.eksplanner.catalog.InstanceTypeCatalog")
            .or()
            .haveFullyQualifiedName("io.eksplanner.catalog.InstanceType")
            .or()
            .haveFullyQualifiedName("io.eksplanner.catalog.MaxPods")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                    "org.springframework..",
                    "jakarta.persistence..",
                    "jakarta.validation..",
                    "org.hibernate..",
                    "tools.jackson..",
                    "com.fasterxml.jackson..",
                    "io.eksplanner..web..",
                    "io.eksplanner.topology");

    @ArchTest
    static final ArchRule entitiesAreNotPublic =
            classes().that(PERSISTENCE).should().notBePublic().andShould().resideInAPackage("io.eksplanner.topology");

    /**
     * Every handler method's request body and response body, with generics resolved against each concrete
     * controller, is a record in a {@code web} package (or nothing, or a JDK type such as {@code Void}).
     */
    private static ArchCondition<JavaMethod> exchangeOnlyWebRecords() {
        return new ArchCondition<>("take and return only records of web packages as bodies") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                if (!isHandler(method)) {
                    return;
                }
                for (Class<?> controller : concreteControllers(method)) {
                    var reflected = method.reflect();
                    var bodies = new ArrayList<ResolvableType>();
                    bodies.add(ResolvableType.forMethodReturnType(reflected, controller));
                    for (int index = 0; index < reflected.getParameterCount(); index++) {
                        var parameter = new MethodParameter(reflected, index).withContainingClass(controller);
                        if (parameter.hasParameterAnnotation(RequestBody.class)) {
                            bodies.add(ResolvableType.forMethodParameter(parameter));
                        }
                    }
                    for (var body : bodies) {
                        for (Class<?> type : payloadTypes(body)) {
                            boolean allowed = type == void.class
                                    || type.getName().startsWith("java.")
                                    || (type.isRecord()
                                            && type.getPackageName().endsWith(".web")
                                            && type.getPackageName().startsWith("io.eksplanner"));
                            if (!allowed) {
                                events.add(SimpleConditionEvent.violated(
                                        method,
                                        controller.getSimpleName() + "." + method.getName() + " exchanges "
                                                + type.getName() + ", which is not a record of a web package"));
                            }
                        }
                    }
                }
            }
        };
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

    /** The classes a body is made of: the type itself, or what a ResponseEntity or collection holds. */
    private static List<Class<?>> payloadTypes(ResolvableType type) {
        var resolved = type.resolve(Object.class);
        if (HttpEntity.class.isAssignableFrom(resolved)) {
            return payloadTypes(type.as(HttpEntity.class).getGeneric(0));
        }
        if (Iterable.class.isAssignableFrom(resolved) || resolved.isRecord()) {
            var types = new ArrayList<Class<?>>();
            types.add(resolved);
            for (ResolvableType generic : type.getGenerics()) {
                types.addAll(payloadTypes(generic));
            }
            return types;
        }
        return List.of(resolved);
    }
}
