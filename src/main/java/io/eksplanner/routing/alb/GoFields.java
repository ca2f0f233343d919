package io.eksplanner.routing.alb;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/**
 * The fields of a JSON object as Go's {@code encoding/json} fills a struct from it: a key matches its field exactly,
 * else ignoring case; unknown keys are ignored; {@code null} leaves the field unset; a value of the wrong JSON type
 * fails with Go's {@code cannot unmarshal} message, naming the struct and the field's path from the annotation's root.
 */
final class GoFields {

    private static final long INT32_MAX = Integer.MAX_VALUE;
    private static final long INT32_MIN = Integer.MIN_VALUE;

    private final Map<?, ?> object;
    private final String struct;
    private final String path;

    private GoFields(Map<?, ?> object, String struct, String path) {
        this.object = object;
        this.struct = struct;
        this.path = path;
    }

    /** A JSON value Go refuses for a field: the controller's error. */
    static final class Mismatch extends RuntimeException {

        private static final long serialVersionUID = 1L;

        Mismatch(String message) {
            super(message);
        }
    }

    /**
     * The root value as the Go type {@code goType} (a struct named {@code struct}).
     *
     * @throws Mismatch when the value is no JSON object
     */
    static GoFields root(Object value, String struct, String goType) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new Mismatch("json: cannot unmarshal " + kind(value) + " into Go value of type " + goType);
        }
        return new GoFields(map, struct, "");
    }

    /** An element of a JSON array whose elements are structs named {@code struct}; its path is the array's. */
    static GoFields element(Object value, String struct, String arrayPath, String goType) {
        if (!(value instanceof Map<?, ?> map)) {
            throw new Mismatch("json: cannot unmarshal " + kind(value) + " into Go value of type " + goType);
        }
        return new GoFields(map, struct, arrayPath);
    }

    /** The JSON path of {@code field} from the annotation's root, as Go writes it. */
    String pathOf(String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private Object raw(String field) {
        if (object.containsKey(field)) {
            return object.get(field);
        }
        for (var entry : object.entrySet()) {
            if (entry.getKey() instanceof String key && key.equalsIgnoreCase(field)) {
                return entry.getValue();
            }
        }
        return null;
    }

    String string(String field) {
        var value = raw(field);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        throw mismatch(field, value, "string");
    }

    Boolean bool(String field) {
        var value = raw(field);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        throw mismatch(field, value, "bool");
    }

    Integer int32(String field) {
        var value = raw(field);
        if (value == null) {
            return null;
        }
        if (value instanceof BigDecimal number) {
            try {
                long whole = number.longValueExact();
                if (whole >= INT32_MIN && whole <= INT32_MAX) {
                    return (int) whole;
                }
            } catch (ArithmeticException notWhole) {
                // Go names the number when it is no int32: handled below.
            }
            throw new Mismatch("json: cannot unmarshal number " + number.toPlainString() + " into Go struct field "
                    + struct + "." + pathOf(field) + " of type int32");
        }
        throw mismatch(field, value, "int32");
    }

    /** A nested struct named {@code nested}, or null. */
    GoFields object(String field, String nested) {
        var value = raw(field);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            return new GoFields(map, nested, pathOf(field));
        }
        throw mismatch(field, value, "ingress." + nested);
    }

    /** A JSON array field, or null; {@code goType} names the Go slice type for the error. */
    List<?> array(String field, String goType) {
        var value = raw(field);
        if (value == null || value instanceof List<?>) {
            return (List<?>) value;
        }
        throw mismatch(field, value, goType);
    }

    /** An array of strings, or null. */
    List<String> strings(String field) {
        var values = array(field, "[]string");
        if (values == null) {
            return null;
        }
        for (Object value : values) {
            if (!(value instanceof String)) {
                throw mismatch(field, value, "string");
            }
        }
        return values.stream().map(String.class::cast).toList();
    }

    /**
     * A Kubernetes {@code intstr.IntOrString}: a JSON string as written, a number as its integer, or null; a string
     * of digits then normalised to the number ({@code normalizeServicePortForBackwardsCompatibility}).
     */
    String intOrString(String field) {
        var value = raw(field);
        if (value == null) {
            return null;
        }
        if (value instanceof String text) {
            return text;
        }
        if (value instanceof BigDecimal number) {
            try {
                return String.valueOf(number.intValueExact());
            } catch (ArithmeticException notInt) {
                throw new Mismatch("json: cannot unmarshal number " + number.toPlainString() + " into Go value of type"
                        + " int32");
            }
        }
        throw new Mismatch("json: cannot unmarshal " + kind(value) + " into Go value of type int32");
    }

    private Mismatch mismatch(String field, Object value, String goType) {
        return new Mismatch("json: cannot unmarshal " + kind(value) + " into Go struct field " + struct + "."
                + pathOf(field) + " of type " + goType);
    }

    static String kind(Object value) {
        if (value instanceof Map<?, ?>) {
            return "object";
        }
        if (value instanceof List<?>) {
            return "array";
        }
        if (value instanceof String) {
            return "string";
        }
        if (value instanceof Boolean) {
            return "bool";
        }
        return "number";
    }
}
