package io.eksplanner.importing.yaml;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * YAML 1.1 merge keys ({@code <<: *defaults}), which eksctl's Go YAML reader honours and snakeyaml-engine's 1.2 core
 * schema leaves as a plain key: a map's own keys win, then the merged maps in the order given.
 */
final class MergeKeys {

    private static final String MERGE_KEY = "<<";

    private MergeKeys() {}

    /**
     * Resolves every merge key under {@code node}, the {@code index}th document. Runs on an acyclic tree (after
     * {@link StructureLimits#checkResolvedDepth}); each map is resolved once, in place, so shared maps stay shared.
     */
    @SuppressWarnings("unchecked")
    static void apply(Object node, Set<Object> done, int index) {
        if (!(node instanceof Map<?, ?>) && !(node instanceof List<?>) || !done.add(node)) {
            return;
        }
        if (node instanceof List<?> list) {
            list.forEach(child -> apply(child, done, index));
            return;
        }
        var map = (Map<Object, Object>) node;
        map.values().forEach(child -> apply(child, done, index));
        if (!map.containsKey(MERGE_KEY)) {
            return;
        }
        var sources = map.get(MERGE_KEY);
        var merged = new LinkedHashMap<Object, Object>(map);
        merged.remove(MERGE_KEY);
        for (Object source : sources instanceof List<?> list ? list : List.of(sources)) {
            if (!(source instanceof Map<?, ?> sourceMap)) {
                throw YamlErrors.rejected(index, "a merge key (<<) must name a mapping or a list of mappings");
            }
            sourceMap.forEach(merged::putIfAbsent);
        }
        map.clear();
        map.putAll(merged);
    }
}
