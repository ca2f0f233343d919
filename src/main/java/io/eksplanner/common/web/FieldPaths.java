package io.eksplanner.common.web;

import com.fasterxml.jackson.annotation.JsonValue;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import tools.jackson.core.JacksonException;

/** Where in a request body a problem lies, as a JSON path, and how a value is described back to the client. */
final class FieldPaths {

    private FieldPaths() {}

    /** The JSON path of a bean-validation violation, as {@code subnets[2].cidr} or {@code subnets[0].tags[env]}. */
    static String fieldPath(Path path) {
        var field = new StringBuilder();
        for (Path.Node node : path) {
            if (node.getKind() == ElementKind.METHOD || node.getKind() == ElementKind.PARAMETER) {
                continue;
            }
            if (node.isInIterable()) {
                field.append('[')
                        .append(node.getIndex() != null ? node.getIndex() : node.getKey())
                        .append(']');
            }
            if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(node.getName());
            }
        }
        return field.toString();
    }

    /** The JSON path of a Jackson error, as {@code subnets[2].cidr}. */
    static String jsonPath(List<JacksonException.Reference> references) {
        var field = new StringBuilder();
        for (var reference : references) {
            if (reference.getPropertyName() != null) {
                if (!field.isEmpty()) {
                    field.append('.');
                }
                field.append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                field.append('[').append(reference.getIndex()).append(']');
            }
        }
        return field.toString();
    }

    /** What a value of {@code type} looks like in JSON, or null where no short phrase says it. */
    static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (List.class.isAssignableFrom(type)) {
            return "an array";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        var schema = type.getAnnotation(Schema.class);
        if (schema != null && !schema.title().isEmpty()) {
            return schema.title();
        }
        return type.isRecord() ? "an object" : null;
    }

    /** The rejected value when it is one JSON value; whole objects and lists are not repeated back. */
    static Object scalar(Object value) {
        if (value instanceof String || value instanceof Number || value instanceof Boolean || value instanceof Enum) {
            return value;
        }
        boolean writtenAsOneValue = value != null
                && Arrays.stream(value.getClass().getMethods())
                        .anyMatch(method -> method.isAnnotationPresent(JsonValue.class));
        return writtenAsOneValue ? value : null;
    }
}
