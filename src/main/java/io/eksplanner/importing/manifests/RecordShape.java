package io.eksplanner.importing.manifests;

import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Cuts a Kubernetes object's fields down to what a spec record carries, so that fields the planner does not model
 * (a route rule's {@code timeouts}, a LoadBalancerConfiguration's {@code wafV2}) are left out rather than refused, and
 * lists the paths it left out.
 */
final class RecordShape {

    private RecordShape() {}

    /** {@code value} with only the fields {@code type} has, at any depth; each dropped field's path in {@code dropped}. */
    static Object prune(Object value, Type type, String path, List<String> dropped) {
        if (value instanceof Map<?, ?> map && type instanceof Class<?> record && record.isRecord()) {
            var components = new LinkedHashMap<String, Type>();
            for (RecordComponent component : record.getRecordComponents()) {
                components.put(component.getName(), component.getGenericType());
            }
            var kept = new LinkedHashMap<String, Object>();
            map.forEach((key, item) -> {
                String name = String.valueOf(key);
                String at = path.isEmpty() ? name : path + "." + name;
                if (components.containsKey(name)) {
                    kept.put(name, prune(item, components.get(name), at, dropped));
                } else {
                    dropped.add(at);
                }
            });
            return kept;
        }
        if (value instanceof List<?> list && type instanceof ParameterizedType generic) {
            Type element = generic.getActualTypeArguments()[0];
            var kept = new ArrayList<Object>();
            for (int i = 0; i < list.size(); i++) {
                kept.add(prune(list.get(i), element, path + "[" + i + "]", dropped));
            }
            return kept;
        }
        return value;
    }
}
