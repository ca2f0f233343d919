package io.eksplanner.importing.yaml;

import io.eksplanner.common.StorableText;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Parse;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;

/**
 * The limits on a stream's shape: how many documents it holds, how deep its collections nest and how large it grows
 * once aliases are expanded, checked on the parser's events before anything is composed, and the depth checked again
 * on each composed document once aliases are resolved.
 */
final class StructureLimits {

    private final LoadSettings settings;
    private final int maxDocuments;
    private final int maxDepth;

    StructureLimits(LoadSettings settings, int maxDocuments, int maxDepth) {
        this.settings = settings;
        this.maxDocuments = maxDocuments;
        this.maxDepth = maxDepth;
    }

    /**
     * Walks the stream's events, refusing it at the first document or collection over the limits, or once it has
     * expanded past what {@code budget} allows.
     */
    void checkEvents(String yaml, ExpansionBudget budget) {
        int documents = 0;
        int depth = 0;
        var expansion = budget.stream();
        try {
            for (Event event : new Parse(settings).parseString(yaml)) {
                expansion.count(event, documents - 1);
                switch (event.getEventId()) {
                    case DocumentStart -> {
                        documents++;
                        if (documents > maxDocuments) {
                            throw YamlErrors.rejected(
                                    null, "the stream holds more than " + maxDocuments + " documents" + at(event));
                        }
                    }
                    case MappingStart, SequenceStart -> {
                        depth++;
                        if (depth > maxDepth) {
                            throw YamlErrors.rejected(
                                    documents - 1, "collections nest deeper than " + maxDepth + " levels" + at(event));
                        }
                    }
                    case MappingEnd, SequenceEnd -> depth--;
                    case Scalar -> checkStorable((ScalarEvent) event, documents - 1);
                    default -> {}
                }
            }
        } catch (MarkedYamlEngineException e) {
            throw YamlErrors.rejected(documents == 0 ? null : documents - 1, YamlErrors.describe(e));
        } catch (YamlEngineException e) {
            throw YamlErrors.rejected(null, e.getMessage());
        }
    }

    /** A scalar no database can keep exactly (written with a {@code \0} or lone {@code \uD800} escape). */
    private static void checkStorable(ScalarEvent scalar, int document) {
        if (StorableText.firstUnstorable(scalar.getValue()) >= 0) {
            throw YamlErrors.rejected(document, "a value " + StorableText.RULE + at(scalar));
        }
    }

    private static String at(Event event) {
        return YamlErrors.at(event.getStartMark().orElse(null));
    }

    /**
     * Aliases can nest a collection inside itself or build depth the text does not show; each collection's height is
     * computed once, so shared subtrees cost nothing extra.
     */
    static void checkResolvedDepth(Object document, int maxDepth, int index) {
        height(document, new IdentityHashMap<>(), new IdentityHashMap<>(), maxDepth, index);
    }

    private static int height(
            Object node, Map<Object, Integer> known, Map<Object, Boolean> onPath, int maxDepth, int index) {
        if (!(node instanceof Map<?, ?>) && !(node instanceof List<?>)) {
            return 0;
        }
        var cached = known.get(node);
        if (cached != null) {
            return cached;
        }
        if (onPath.put(node, Boolean.TRUE) != null) {
            throw YamlErrors.rejected(index, "a collection contains itself through an alias");
        }
        Iterable<?> children = node instanceof Map<?, ?> map ? map.values() : (List<?>) node;
        int highest = 0;
        for (Object child : children) {
            highest = Math.max(highest, height(child, known, onPath, maxDepth, index));
        }
        onPath.remove(node);
        int result = highest + 1;
        if (result > maxDepth) {
            throw YamlErrors.rejected(
                    index, "collections nest deeper than " + maxDepth + " levels once aliases are resolved");
        }
        known.put(node, result);
        return result;
    }
}
