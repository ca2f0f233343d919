package io.eksplanner.importing;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * Parses a YAML stream into its documents (maps, lists and scalars of the core schema, anchors and aliases resolved)
 * under limits that make hostile input cheap to refuse: stream size, aliases, nesting depth and document count. Every
 * YAML error becomes an {@link ImportRejected} with one problem that says where.
 */
public final class YamlDocuments {

    /** The default cap on a stream's size, in code points (4 MiB). */
    public static final int DEFAULT_CODE_POINT_LIMIT = 4 * 1024 * 1024;

    /** The default cap on documents in one stream. */
    public static final int DEFAULT_MAX_DOCUMENTS = 1000;

    /** How deep collections may nest, counted after aliases are resolved. */
    public static final int MAX_DEPTH = 100;

    /**
     * How many aliases to collections a stream may use: enough for shared node-group settings, far too few for a
     * "billion laughs" expansion.
     */
    public static final int MAX_ALIASES = 50;

    private static final String MERGE_KEY = "<<";

    private final LoadSettings settings;
    private final int maxDocuments;

    public YamlDocuments() {
        this(DEFAULT_CODE_POINT_LIMIT, DEFAULT_MAX_DOCUMENTS);
    }

    public YamlDocuments(int codePointLimit, int maxDocuments) {
        // Only the default constructors run, so only maps, lists and core-schema scalars can come out.
        this.settings = LoadSettings.builder()
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(codePointLimit)
                .setAllowDuplicateKeys(false)
                .build();
        this.maxDocuments = maxDocuments;
    }

    /** The documents of {@code yaml} in stream order (an empty document reads as null); never null itself. */
    public List<Object> parse(String yaml) {
        // snakeyaml-engine has no nesting limit and composes recursively, so the events are checked first.
        checkStructure(yaml);
        var documents = new ArrayList<Object>();
        try {
            for (Object document : new Load(settings).loadAllFromString(yaml)) {
                checkDepth(document, documents.size());
                mergeKeys(document, Collections.newSetFromMap(new IdentityHashMap<>()), documents.size());
                documents.add(document);
            }
        } catch (MarkedYamlEngineException e) {
            throw rejected(documents.size(), describe(e));
        } catch (YamlEngineException e) {
            throw rejected(documents.size(), e.getMessage());
        }
        return documents;
    }

    private void checkStructure(String yaml) {
        int documents = 0;
        int depth = 0;
        try {
            for (Event event : new Parse(settings).parseString(yaml)) {
                switch (event.getEventId()) {
                    case DocumentStart -> {
                        documents++;
                        if (documents > maxDocuments) {
                            throw rejected(
                                    null,
                                    "the stream holds more than " + maxDocuments + " documents"
                                            + at(event.getStartMark().orElse(null)));
                        }
                    }
                    case MappingStart, SequenceStart -> {
                        depth++;
                        if (depth > MAX_DEPTH) {
                            throw rejected(
                                    documents - 1,
                                    "collections nest deeper than " + MAX_DEPTH + " levels"
                                            + at(event.getStartMark().orElse(null)));
                        }
                    }
                    case MappingEnd, SequenceEnd -> depth--;
                    default -> {}
                }
            }
        } catch (MarkedYamlEngineException e) {
            throw rejected(documents == 0 ? null : documents - 1, describe(e));
        } catch (YamlEngineException e) {
            throw rejected(null, e.getMessage());
        }
    }

    /**
     * Aliases can nest a collection inside itself or build depth the text does not show; each collection's height is
     * computed once, so shared subtrees cost nothing extra.
     */
    private static void checkDepth(Object document, int index) {
        height(document, new IdentityHashMap<>(), new IdentityHashMap<>(), index);
    }

    private static int height(Object node, Map<Object, Integer> known, Map<Object, Boolean> onPath, int index) {
        if (!(node instanceof Map<?, ?>) && !(node instanceof List<?>)) {
            return 0;
        }
        var cached = known.get(node);
        if (cached != null) {
            return cached;
        }
        if (onPath.put(node, Boolean.TRUE) != null) {
            throw rejected(index, "a collection contains itself through an alias");
        }
        Iterable<?> children = node instanceof Map<?, ?> map ? map.values() : (List<?>) node;
        int highest = 0;
        for (Object child : children) {
            highest = Math.max(highest, height(child, known, onPath, index));
        }
        onPath.remove(node);
        int result = highest + 1;
        if (result > MAX_DEPTH) {
            throw rejected(index, "collections nest deeper than " + MAX_DEPTH + " levels once aliases are resolved");
        }
        known.put(node, result);
        return result;
    }

    /**
     * Applies YAML 1.1 merge keys ({@code <<: *defaults}), which eksctl's Go YAML reader honours and snakeyaml-engine's
     * 1.2 core schema leaves as a plain key: a map's own keys win, then the merged maps in the order given. Runs on an
     * acyclic tree (after {@link #checkDepth}); each map is resolved once, in place, so shared maps stay shared.
     */
    @SuppressWarnings("unchecked")
    private static void mergeKeys(Object node, Set<Object> done, int index) {
        if (!(node instanceof Map<?, ?>) && !(node instanceof List<?>) || !done.add(node)) {
            return;
        }
        if (node instanceof List<?> list) {
            list.forEach(child -> mergeKeys(child, done, index));
            return;
        }
        var map = (Map<Object, Object>) node;
        map.values().forEach(child -> mergeKeys(child, done, index));
        if (!map.containsKey(MERGE_KEY)) {
            return;
        }
        var sources = map.get(MERGE_KEY);
        var merged = new LinkedHashMap<Object, Object>(map);
        merged.remove(MERGE_KEY);
        for (Object source : sources instanceof List<?> list ? list : List.of(sources)) {
            if (!(source instanceof Map<?, ?> sourceMap)) {
                throw rejected(index, "a merge key (<<) must name a mapping or a list of mappings");
            }
            sourceMap.forEach(merged::putIfAbsent);
        }
        map.clear();
        map.putAll(merged);
    }

    private static String describe(MarkedYamlEngineException e) {
        var mark = e.getProblemMark().or(e::getContextMark).orElse(null);
        var text = e.getProblem() == null ? e.getMessage() : e.getProblem();
        if (e.getContext() != null && !e.getContext().isBlank()) {
            text = e.getContext() + "; " + text;
        }
        return text + at(mark);
    }

    private static String at(Mark mark) {
        return mark == null ? "" : " (line " + (mark.getLine() + 1) + ", column " + (mark.getColumn() + 1) + ")";
    }

    private static ImportRejected rejected(Integer document, String message) {
        var problem = new ImportProblem(document, null, null, message);
        return new ImportRejected(message, List.of(problem));
    }
}
