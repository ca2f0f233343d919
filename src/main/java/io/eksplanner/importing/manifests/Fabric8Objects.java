package io.eksplanner.importing.manifests;

import io.eksplanner.common.JsonTree;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.KubernetesResource;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.client.utils.KubernetesSerialization;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import tools.jackson.core.JacksonException;
import tools.jackson.core.exc.InputCoercionException;
import tools.jackson.databind.exc.MismatchedInputException;

/**
 * The one adapter between the manifest reader and writer and fabric8's {@link KubernetesSerialization}: it turns a
 * parsed YAML mapping into fabric8's typed model and writes fabric8's objects as YAML. It is the only class of the
 * import and export engines that touches Jackson; everything around it sees fabric8's model types and
 * {@link UnreadableObject} only.
 */
final class Fabric8Objects {

    private final KubernetesSerialization serialization = new KubernetesSerialization();

    /**
     * {@code map} as fabric8's typed object for its kind ({@code Deployment}, {@code Service}...), or as a
     * {@code GenericKubernetesResource} for a kind fabric8 has no type for.
     */
    KubernetesResource toResource(Map<?, ?> map) throws UnreadableObject {
        try {
            return serialization.convertValue(map, KubernetesResource.class);
        } catch (RuntimeException e) {
            JacksonException cause = jacksonCause(e);
            throw new UnreadableObject(cause == null ? "" : path(cause), reason(cause));
        }
    }

    /**
     * Why the field cannot be read, in the manifest's terms: Jackson's own messages name Java types ("Cannot
     * deserialize value of type `java.lang.Integer`"), which say nothing to the author of a manifest.
     */
    private static String reason(JacksonException cause) {
        Class<?> target = cause instanceof MismatchedInputException mismatched
                ? mismatched.getTargetType()
                : cause instanceof InputCoercionException coercion ? coercion.getTargetType() : null;
        return target == null ? "has a value this field cannot take" : "must be " + describe(target);
    }

    private static String describe(Class<?> type) {
        if (type == Integer.class || type == int.class) {
            return "a whole number from -2147483648 to 2147483647";
        }
        if (type == Long.class || type == long.class) {
            return "a whole number";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type == String.class) {
            return "a string";
        }
        if (type == IntOrString.class) {
            return "a number or a name";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == Quantity.class) {
            return "a quantity such as 500m or 1Gi";
        }
        return "a mapping";
    }

    /**
     * {@code value} (a fabric8 object's part, or a plain map) as the record {@code type}, whose component names are the
     * Kubernetes field names; fields the record does not carry are left out.
     */
    <T> T toRecord(Object value, Class<T> type) throws UnreadableObject {
        try {
            return serialization.convertValue(value, type);
        } catch (RuntimeException e) {
            JacksonException cause = jacksonCause(e);
            throw new UnreadableObject(
                    cause == null ? "" : path(cause),
                    cause == null ? "has a value this field cannot take" : reason(cause));
        }
    }

    /** A fabric8 object or a record as a map of its JSON fields, in their order, null fields left out. */
    @SuppressWarnings("unchecked")
    Map<String, Object> toMap(Object value) {
        return JsonTree.withoutNulls((Map<String, Object>) serialization.convertValue(value, Map.class));
    }

    /** One fabric8 object (or a plain map) as a YAML document. */
    String asYaml(Object object) {
        return serialization.asYaml(object);
    }

    private static JacksonException jacksonCause(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof JacksonException jackson) {
                return jackson;
            }
        }
        return null;
    }

    private static String path(JacksonException e) {
        StringBuilder path = new StringBuilder();
        for (JacksonException.Reference reference : e.getPath()) {
            if (reference.getPropertyName() != null) {
                path.append(path.isEmpty() ? "" : ".").append(reference.getPropertyName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.toString();
    }

    /** A mapping fabric8 cannot read as its kind: the field where reading failed ("" when unknown), and why. */
    static final class UnreadableObject extends Exception {

        private final String field;

        UnreadableObject(String field, String reason) {
            super(reason);
            this.field = field;
        }

        /** The path of the field inside the object, as {@code spec.template.spec.containers[0].ports}. */
        String field() {
            return field;
        }
    }
}
