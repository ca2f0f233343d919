package io.eksplanner.importing.eksctl;

import io.eksplanner.common.Ipv4Cidr;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * One mapping of an eksctl document with its path ({@code managedNodeGroups[0]}), read with type checks that report
 * a wrongly typed or unknown field as a problem at its path and carry on with null, rather than throw.
 */
final class EksctlFields {

    private final Map<?, ?> values;
    private final String path;
    private final BiConsumer<String, String> problems;

    EksctlFields(Map<?, ?> values, String path, BiConsumer<String, String> problems) {
        this.values = values;
        this.path = path;
        this.problems = problems;
    }

    /** The path of {@code key} inside this mapping. */
    String path(String key) {
        return path.isEmpty() ? key : path + "." + key;
    }

    String path() {
        return path;
    }

    /** Reports a problem with the field {@code key} of this mapping, at its path. */
    void problem(String key, String message) {
        problems.accept(path(key), message);
    }

    boolean has(String key) {
        return values.get(key) != null;
    }

    /** Reports every key that is not in {@code known}; eksctl's strict schema refuses them too. */
    void allowOnly(Set<String> known) {
        for (Object key : values.keySet()) {
            if (!(key instanceof String name)) {
                problems.accept(path.isEmpty() ? String.valueOf(key) : path + "." + key, "field names must be strings");
            } else if (!known.contains(name)) {
                problems.accept(path(name), "unknown field: eksctl's ClusterConfig (v1alpha5) has no such field here");
            }
        }
    }

    String string(String key) {
        var value = values.get(key);
        if (value == null || value instanceof String) {
            return (String) value;
        }
        problems.accept(path(key), "must be a string, was " + describe(value));
        return null;
    }

    Boolean bool(String key) {
        var value = values.get(key);
        if (value == null || value instanceof Boolean) {
            return (Boolean) value;
        }
        problems.accept(path(key), "must be true or false, was " + describe(value));
        return null;
    }

    /** A whole number of at least zero, or null. */
    Integer count(String key) {
        var value = values.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Integer number) {
            if (number < 0) {
                problems.accept(path(key), "must not be negative, was " + number);
                return null;
            }
            return number;
        }
        problems.accept(path(key), "must be a whole number, was " + describe(value));
        return null;
    }

    /** An IPv4 CIDR written {@code a.b.c.d/n}, or null. */
    String cidr(String key) {
        var text = string(key);
        if (text != null && Ipv4Cidr.tryParse(text).isEmpty()) {
            problems.accept(path(key), "must be an IPv4 CIDR written a.b.c.d/n, was \"" + text + "\"");
            return null;
        }
        return text;
    }

    EksctlFields object(String key) {
        var value = values.get(key);
        if (value == null) {
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            return new EksctlFields(map, path(key), problems);
        }
        problems.accept(path(key), "must be a mapping, was " + describe(value));
        return null;
    }

    /** The mapping's values as fields, keyed by their string keys, in document order; empty when absent. */
    Map<String, EksctlFields> objects(String key) {
        var map = object(key);
        var result = new LinkedHashMap<String, EksctlFields>();
        if (map == null) {
            return result;
        }
        map.values.forEach((childKey, childValue) -> {
            var childPath = map.path(String.valueOf(childKey));
            if (childValue instanceof Map<?, ?> child) {
                result.put(String.valueOf(childKey), new EksctlFields(child, childPath, problems));
            } else {
                problems.accept(childPath, "must be a mapping, was " + describe(childValue));
            }
        });
        return result;
    }

    /** The list's mappings as fields ({@code key[i]}); empty when absent. */
    List<EksctlFields> list(String key) {
        var result = new ArrayList<EksctlFields>();
        var value = values.get(key);
        if (value == null) {
            return result;
        }
        if (!(value instanceof List<?> list)) {
            problems.accept(path(key), "must be a list, was " + describe(value));
            return result;
        }
        for (int i = 0; i < list.size(); i++) {
            var itemPath = path(key) + "[" + i + "]";
            if (list.get(i) instanceof Map<?, ?> item) {
                result.add(new EksctlFields(item, itemPath, problems));
            } else {
                problems.accept(itemPath, "must be a mapping, was " + describe(list.get(i)));
            }
        }
        return result;
    }

    /** The list's strings; null when absent, wrong items reported and left out. */
    List<String> strings(String key) {
        var value = values.get(key);
        if (value == null) {
            return null;
        }
        if (!(value instanceof List<?> list)) {
            problems.accept(path(key), "must be a list of strings, was " + describe(value));
            return null;
        }
        var result = new ArrayList<String>();
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof String text) {
                result.add(text);
            } else {
                problems.accept(path(key) + "[" + i + "]", "must be a string, was " + describe(list.get(i)));
            }
        }
        return result;
    }

    /** The raw value, for fields whose type depends on context. */
    Object raw(String key) {
        return values.get(key);
    }

    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof Map<?, ?>) {
            return "a mapping";
        }
        if (value instanceof List<?>) {
            return "a list";
        }
        if (value instanceof String text) {
            return "the string \"" + (text.length() > 40 ? text.substring(0, 40) + "…" : text) + "\"";
        }
        if (value instanceof Number || value instanceof Boolean) {
            return "the " + (value instanceof Boolean ? "boolean " : "number ") + value;
        }
        return "a " + value.getClass().getSimpleName();
    }
}
