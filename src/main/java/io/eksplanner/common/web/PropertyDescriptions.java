package io.eksplanner.common.web;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.Map;

/**
 * Descriptions of schema properties whose records cannot carry a {@code @Schema}: the engines' records are plain Java
 * (src/docs/api-conventions.md §1), and a record flattened into another ({@code @JsonUnwrapped}) lends its properties
 * to a schema it does not name. A web package declares one bean of these for the schemas it answers with; they are
 * applied once every schema has its final name. Naming a schema or property the document lacks fails the document,
 * so a renamed field cannot leave its description behind. Public: each web package declares its own.
 */
public final class PropertyDescriptions {

    private final Map<String, Map<String, String>> bySchema;

    private PropertyDescriptions(Map<String, Map<String, String>> bySchema) {
        this.bySchema = Map.copyOf(bySchema);
    }

    /** Property descriptions by schema name, then by property name. */
    public static PropertyDescriptions of(Map<String, Map<String, String>> bySchema) {
        return new PropertyDescriptions(bySchema);
    }

    void describe(OpenAPI openApi) {
        var schemas = openApi.getComponents().getSchemas();
        bySchema.forEach((schemaName, descriptions) -> {
            Schema<?> schema = schemas.get(schemaName);
            if (schema == null || schema.getProperties() == null) {
                throw new IllegalStateException("no schema " + schemaName + " with properties to describe");
            }
            descriptions.forEach((name, description) -> {
                Schema<?> property = schema.getProperties().get(name);
                if (property == null) {
                    throw new IllegalStateException("schema " + schemaName + " has no property " + name);
                }
                property.setDescription(description);
            });
        });
    }
}
