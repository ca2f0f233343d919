package io.eksplanner.common.web;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Component schema names for records the web layer answers with but cannot annotate: the engines' records are plain
 * Java (no {@code @Schema}), and a generic record such as a child list is one class for many schemas. A web
 * package declares one bean of these for its own types; springdoc runs every {@link ModelConverter} bean. Every
 * other record names itself with {@code @Schema(name = …)} (src/docs/api-conventions.md §1). Public: each web
 * package declares its own.
 */
public final class SchemaNames implements ModelConverter {

    private final Map<Class<?>, Function<JavaType, String>> names;

    private SchemaNames(Map<Class<?>, Function<JavaType, String>> names) {
        this.names = Map.copyOf(names);
    }

    /** Fixed names, one per record class. */
    public static SchemaNames of(Map<Class<?>, String> names) {
        var byClass = new java.util.HashMap<Class<?>, Function<JavaType, String>>();
        names.forEach((type, name) -> byClass.put(type, javaType -> name));
        return new SchemaNames(byClass);
    }

    /** A name computed from the type as used: for a generic record, from its type argument. */
    public static SchemaNames generic(Class<?> type, Function<JavaType, String> name) {
        return new SchemaNames(Map.of(type, name));
    }

    /** The names this converter gives, by class (for the test that no two records share one). */
    public String nameOf(JavaType type) {
        var name = names.get(type.getRawClass());
        return name == null ? null : name.apply(type);
    }

    /**
     * Renames the schemas springdoc named after a registered class's simple name (it does so for a record met as a
     * property, whatever the converter said), and every reference to them.
     */
    static void renameAll(OpenAPI openApi, List<SchemaNames> all) {
        var renames = new HashMap<String, String>();
        for (var names : all) {
            names.names.forEach((type, name) -> {
                if (type.getTypeParameters().length == 0) {
                    renames.put(type.getSimpleName(), name.apply(null));
                }
            });
        }
        var components = openApi.getComponents();
        if (components == null || components.getSchemas() == null) {
            return;
        }
        var renamed = new LinkedHashMap<String, Schema>();
        components.getSchemas().forEach((name, schema) -> renamed.put(renames.getOrDefault(name, name), schema));
        components.setSchemas(new TreeMap<>(renamed));
        var seen = Collections.newSetFromMap(new IdentityHashMap<Schema<?>, Boolean>());
        renamed.values().forEach(schema -> rewrite(schema, renames, seen));
        if (openApi.getPaths() != null) {
            openApi.getPaths()
                    .values()
                    .forEach(item -> item.readOperations().forEach(operation -> {
                        if (operation.getRequestBody() != null
                                && operation.getRequestBody().getContent() != null) {
                            operation
                                    .getRequestBody()
                                    .getContent()
                                    .values()
                                    .forEach(media -> rewrite(media.getSchema(), renames, seen));
                        }
                        if (operation.getResponses() != null) {
                            operation.getResponses().values().forEach(response -> {
                                if (response.getContent() != null) {
                                    response.getContent()
                                            .values()
                                            .forEach(media -> rewrite(media.getSchema(), renames, seen));
                                }
                            });
                        }
                    }));
        }
    }

    private static final String REF = "#/components/schemas/";

    private static void rewrite(Schema<?> schema, Map<String, String> renames, Set<Schema<?>> seen) {
        if (schema == null || !seen.add(schema)) {
            return;
        }
        var ref = schema.get$ref();
        if (ref != null && ref.startsWith(REF) && renames.containsKey(ref.substring(REF.length()))) {
            schema.set$ref(REF + renames.get(ref.substring(REF.length())));
        }
        if (schema.getProperties() != null) {
            schema.getProperties().values().forEach(property -> rewrite(property, renames, seen));
        }
        rewrite(schema.getItems(), renames, seen);
        if (schema.getAdditionalProperties() instanceof Schema<?> additional) {
            rewrite(additional, renames, seen);
        }
        for (var composed : Arrays.asList(schema.getAllOf(), schema.getOneOf(), schema.getAnyOf())) {
            if (composed != null) {
                composed.forEach(part -> rewrite(part, renames, seen));
            }
        }
    }

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (type.getName() == null && type.getType() != null) {
            JavaType javaType = Json.mapper().constructType(type.getType());
            var name = nameOf(javaType);
            if (name != null) {
                type.name(name);
            }
        }
        return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
    }
}
