package io.eksplanner;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JavaType;
import io.eksplanner.common.web.OpenApiConfiguration;
import io.eksplanner.common.web.SchemaNames;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.annotations.media.Schema;
import java.lang.reflect.Method;
import java.net.http.HttpClient;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.MethodParameter;
import org.springframework.core.ResolvableType;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.http.ResponseEntity;
import org.springframework.util.ClassUtils;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every record the API reads or writes becomes a component schema named after it. Two records of one simple name
 * (a nested {@code Summary} in two responses, say) would become one schema, and a generated client would drop the
 * fields of the other. So every record reachable from a controller names its schema explicitly with
 * {@code @Schema(name = …)}, and no two records share a name (src/docs/api-conventions.md §1). Generic records (the
 * child lists) are named by springdoc after their type argument and must not name themselves.
 */
@SpringBootTest(
        webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "planner.data-dir=./target/test-data/openapi-${random.uuid}")
class OpenApiSchemaNamesTests {

    @Autowired
    List<SchemaNames> registeredNames;

    @Autowired
    JsonMapper json;

    @LocalServerPort
    int port;

    @Test
    void everyRecordReachableFromAControllerHasItsOwnExplicitSchemaName() throws Exception {
        var names = new TreeMap<String, Set<String>>();
        var unnamed = new TreeSet<String>();
        for (var type : reachableRecords()) {
            var raw = type.resolve();
            var schema = raw.getAnnotation(Schema.class);
            var explicit = schema == null ? "" : schema.name();
            var registered = registeredName(type);
            if (raw.getTypeParameters().length > 0) {
                assertThat(explicit)
                        .as("%s is generic: it is named per type argument by a SchemaNames bean", raw.getName())
                        .isEmpty();
            }
            var name = registered != null ? registered : explicit;
            if (name.isEmpty()) {
                unnamed.add(type.toString());
                continue;
            }
            names.computeIfAbsent(name, key -> new TreeSet<>()).add(type.toString());
        }
        assertThat(unnamed)
                .as("records without @Schema(name = …) or a SchemaNames bean")
                .isEmpty();
        var clashes = new TreeMap<String, Set<String>>();
        names.forEach((name, types) -> {
            if (types.size() > 1) {
                clashes.put(name, types);
            }
        });
        assertThat(clashes).as("schema names shared by two records").isEmpty();
        assertThat(names)
                .containsKeys("TopologyDocument", "IpPlanSummary", "ValidationSummary", "PageMetadata", "SubnetList");

        // What springdoc published is exactly what the Java types name: no schema of a name nothing chose.
        var published =
                new TreeSet<String>(spec().path("components").path("schemas").propertyNames());
        var expected = new TreeSet<>(names.keySet());
        // The two schemas that are no record: the problem (written by ProblemWriter) and the import's multipart form.
        expected.addAll(List.of(OpenApiConfiguration.PROBLEM_SCHEMA, "ImportFiles"));
        // (A record documented inline, such as PortReference's integer-or-string, has a name but no component.)
        assertThat(expected).as("component schemas of /v3/api-docs").containsAll(published);
        System.out.printf(
                "OpenAPI schema names: %d records reachable from the controllers, %d schemas, 0 clashes%n",
                names.values().stream().mapToInt(Set::size).sum(), published.size());
    }

    private static JavaType javaType(ResolvableType type) {
        var factory = Json.mapper().getTypeFactory();
        var generics = type.getGenerics();
        if (generics.length == 0) {
            return factory.constructType(type.toClass());
        }
        var arguments = new JavaType[generics.length];
        for (int i = 0; i < generics.length; i++) {
            arguments[i] = javaType(generics[i]);
        }
        return factory.constructParametricType(type.toClass(), arguments);
    }

    private JsonNode spec() throws Exception {
        return LiveOpenApi.fetch(HttpClient.newHttpClient(), port, json);
    }

    private String registeredName(ResolvableType type) {
        var javaType = javaType(type);
        for (var converter : registeredNames) {
            var name = converter.nameOf(javaType);
            if (name != null) {
                return name;
            }
        }
        return null;
    }

    /** The records a controller's handler methods take as a body or answer with, and every record inside them. */
    static Set<ResolvableType> reachableRecords() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(RestController.class));
        var pending = new ArrayDeque<ResolvableType>();
        for (var definition : scanner.findCandidateComponents("io.eksplanner")) {
            var controller = ClassUtils.resolveClassName(definition.getBeanClassName(), null);
            for (var type = controller; type != Object.class; type = type.getSuperclass()) {
                for (Method method : type.getDeclaredMethods()) {
                    addHandlerTypes(controller, method, pending);
                }
            }
        }
        var seen = new HashSet<String>();
        var records = new HashSet<ResolvableType>();
        while (!pending.isEmpty()) {
            walk(pending.pop(), pending, seen, records);
        }
        assertThat(records).as("records reachable from the controllers").hasSizeGreaterThan(30);
        return records;
    }

    private static void addHandlerTypes(Class<?> controller, Method method, Deque<ResolvableType> pending) {
        if (!AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)) {
            return;
        }
        pending.add(ResolvableType.forMethodReturnType(method, controller));
        for (int i = 0; i < method.getParameterCount(); i++) {
            var parameter = new MethodParameter(method, i).withContainingClass(controller);
            if (parameter.hasParameterAnnotation(RequestBody.class)
                    || parameter.getParameterType().getPackageName().startsWith("io.eksplanner")) {
                pending.add(ResolvableType.forMethodParameter(parameter));
            }
        }
    }

    private static void walk(
            ResolvableType type, Deque<ResolvableType> pending, Set<String> seen, Set<ResolvableType> records) {
        var raw = type.resolve();
        if (raw == null) {
            return;
        }
        if (raw.isArray()) {
            pending.add(type.getComponentType());
            return;
        }
        if (ResponseEntity.class.isAssignableFrom(raw)
                || Collection.class.isAssignableFrom(raw)
                || Map.class.isAssignableFrom(raw)
                || java.util.Optional.class.isAssignableFrom(raw)) {
            for (var generic : type.getGenerics()) {
                pending.add(generic);
            }
            return;
        }
        for (var generic : type.getGenerics()) {
            pending.add(generic);
        }
        if (!raw.isRecord() || !seen.add(type.toString())) {
            return;
        }
        records.add(type);
        var components = new ArrayList<ResolvableType>();
        for (var component : raw.getRecordComponents()) {
            var hidden = component.getAnnotation(Schema.class);
            if (hidden != null && hidden.hidden()) {
                continue;
            }
            components.add(ResolvableType.forMethodReturnType(component.getAccessor(), raw));
        }
        pending.addAll(List.copyOf(components));
    }
}
