package io.eksplanner.importing.manifests;

import io.eksplanner.common.NameRule;
import io.eksplanner.topology.model.Protocol;
import io.eksplanner.topology.spec.PortReference;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The field checks the kind readers share — names and namespaces, labels, ports, enum values — each reporting a bad
 * value as a problem at its path and carrying on, and how a value of the wrong type is described.
 */
final class ManifestFields {

    private ManifestFields() {}

    static String name(HasMetadata object, NameRule rule, ObjectLog at) {
        String name = object.getMetadata() == null ? null : object.getMetadata().getName();
        if (name == null || name.isEmpty()) {
            at.problem("metadata.name", "must be set");
        } else if (!rule.accepts(name)) {
            at.problem("metadata.name", rule.describe());
        }
        return name;
    }

    /** The object's namespace, {@code default} when it names none, as kubectl does. */
    static String namespace(HasMetadata object, ObjectLog at) {
        String namespace =
                object.getMetadata() == null ? null : object.getMetadata().getNamespace();
        if (namespace == null || namespace.isEmpty()) {
            return "default";
        }
        if (!NameRule.DNS1123_LABEL.accepts(namespace)) {
            at.problem("metadata.namespace", NameRule.DNS1123_LABEL.describe());
        }
        return namespace;
    }

    static Map<String, String> labels(Map<String, String> labels, String path, ObjectLog at) {
        if (labels == null) {
            return Map.of();
        }
        labels.forEach((key, value) -> {
            if (!NameRule.QUALIFIED_KEY.accepts(key)) {
                at.problem(path + "[" + key + "]", "key " + NameRule.QUALIFIED_KEY.describe());
            } else if (value == null || !NameRule.LABEL_VALUE.accepts(value)) {
                at.problem(path + "[" + key + "]", NameRule.LABEL_VALUE.describe());
            }
        });
        return new LinkedHashMap<>(labels);
    }

    static Map<String, String> annotations(ObjectMeta metadata) {
        return metadata == null || metadata.getAnnotations() == null
                ? Map.of()
                : new LinkedHashMap<>(metadata.getAnnotations());
    }

    static void portName(String name, String path, ObjectLog at) {
        if (name != null && !NameRule.PORT_NAME.accepts(name)) {
            at.problem(path, NameRule.PORT_NAME.describe());
        }
    }

    static void port(Integer port, String path, boolean required, ObjectLog at) {
        if (port == null) {
            if (required) {
                at.problem(path, "must be set");
            }
        } else if (port < 1 || port > 65535) {
            at.problem(path, "must be a port number between 1 and 65535, not " + port);
        }
    }

    static void nodePort(Integer port, String path, ObjectLog at) {
        if (port < 30000 || port > 32767) {
            at.problem(path, "must be between 30000 and 32767, the NodePort range of EKS, not " + port);
        }
    }

    /** A port given by number or by name ({@code targetPort}), or null when it is not given. */
    static PortReference portReference(IntOrString value, String path, ObjectLog at) {
        if (value == null || (value.getIntVal() == null && value.getStrVal() == null)) {
            return null;
        }
        PortReference reference =
                value.getIntVal() != null ? PortReference.of(value.getIntVal()) : PortReference.of(value.getStrVal());
        if (!reference.wellFormed()) {
            at.problem(
                    path,
                    reference.number() != null
                            ? "must be a port number between 1 and 65535, not " + reference.number()
                            : "must be a port number or a port name: " + NameRule.PORT_NAME.describe());
        }
        return reference;
    }

    /** The {@code protocol} field under {@code path} (which ends with a dot); TCP when absent. */
    static Protocol protocol(String protocol, String path, ObjectLog at) {
        return enumValue(Protocol.class, protocol, Protocol.TCP, path + "protocol", at);
    }

    static <E extends Enum<E>> E enumValue(Class<E> type, String value, E absent, String path, ObjectLog at) {
        if (value == null) {
            return absent;
        }
        for (E constant : type.getEnumConstants()) {
            if (constant.name().equals(value)) {
                return constant;
            }
        }
        at.problem(path, "must be one of " + Arrays.toString(type.getEnumConstants()) + ", not " + value);
        return null;
    }

    static String describe(Object value) {
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof String) {
            return "a string";
        }
        return value instanceof Number ? "a number" : "a " + value.getClass().getSimpleName();
    }
}
