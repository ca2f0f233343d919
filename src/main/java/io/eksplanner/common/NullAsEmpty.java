package io.eksplanner.common;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Reads an omitted collection as an empty one, as the topology document does for every list and map (an omitted
 * collection reads back empty). Each result is an unmodifiable copy that keeps the caller's order. Public: {@code
 * topology}, {@code topology.model} and {@code topology.spec} use it.
 */
public final class NullAsEmpty {

    private NullAsEmpty() {}

    /** An unmodifiable copy of {@code list}; empty when it is null. */
    public static <T> List<T> list(List<T> list) {
        return list == null ? List.of() : Collections.unmodifiableList(new ArrayList<>(list));
    }

    /** {@code mapper} applied to each item of {@code list}, in order; empty when it is null. */
    public static <S, T> List<T> mapped(List<S> list, Function<? super S, ? extends T> mapper) {
        if (list == null) {
            return List.of();
        }
        var mapped = new ArrayList<T>(list.size());
        list.forEach(item -> mapped.add(mapper.apply(item)));
        return Collections.unmodifiableList(mapped);
    }

    /** An unmodifiable copy of {@code map} in its iteration order; empty when it is null. */
    public static <K, V> Map<K, V> map(Map<K, V> map) {
        return map == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(map));
    }
}
