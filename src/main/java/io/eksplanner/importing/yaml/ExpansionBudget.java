package io.eksplanner.importing.yaml;

import io.eksplanner.importing.report.ImportTooLarge;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import org.snakeyaml.engine.v2.events.AliasEvent;
import org.snakeyaml.engine.v2.events.CollectionStartEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.events.ScalarEvent;

/**
 * How large the documents of one import may grow once every alias is expanded, counted on the parser's events before
 * anything is composed: each node costs one, each scalar its characters as well, and each alias what its anchor
 * cost. Aliases to collections are few (see {@link YamlDocuments#MAX_ALIASES}), but aliases to scalars are not, so
 * a 256 KiB scalar aliased 2,000 times is refused here rather than stored or answered as half a gigabyte. One budget
 * spans every stream of one import. Public because the import use case makes one per import.
 */
public final class ExpansionBudget {

    /** The default: 8 MiB, twice what a stream within the default body limit can hold without aliases. */
    public static final long DEFAULT_LIMIT = 8L * 1024 * 1024;

    private final long limit;
    private long spent;

    public ExpansionBudget(long limit) {
        this.limit = limit;
    }

    /** The most the budget allows. */
    public long limit() {
        return limit;
    }

    /** What the streams read so far cost once expanded. */
    public long spent() {
        return spent;
    }

    /** One stream's anchors and open collections; anchors are looked up by name, as the composer does. */
    final class Stream {

        private final Map<String, Long> anchors = new HashMap<>();
        private final Deque<Long> open = new ArrayDeque<>();
        private final Deque<String> openAnchors = new ArrayDeque<>();

        /** Counts {@code event}; throws {@link ImportTooLarge} once the import's expanded size passes the limit. */
        void count(Event event, int document) {
            switch (event.getEventId()) {
                case Scalar -> {
                    var scalar = (ScalarEvent) event;
                    long cost = 1L + scalar.getValue().length();
                    spend(cost, document);
                    scalar.getAnchor().ifPresent(anchor -> anchors.put(anchor.getValue(), cost));
                }
                case Alias -> {
                    var alias = ((AliasEvent) event).getAlias().getValue();
                    spend(anchors.getOrDefault(alias, 1L), document);
                }
                case MappingStart, SequenceStart -> {
                    spend(1, document);
                    open.push(spent);
                    openAnchors.push(((CollectionStartEvent) event)
                            .getAnchor()
                            .map(anchor -> anchor.getValue())
                            .orElse(""));
                }
                case MappingEnd, SequenceEnd -> close();
                default -> {}
            }
        }

        private void close() {
            long start = open.pop();
            var anchor = openAnchors.pop();
            if (!anchor.isEmpty()) {
                anchors.put(anchor, spent - start + 1);
            }
        }
    }

    /** A stream read against this budget. */
    Stream stream() {
        return new Stream();
    }

    private void spend(long cost, int document) {
        spent = cost > limit - spent ? limit + 1 : spent + cost;
        if (spent > limit) {
            throw new ImportTooLarge(document, limit);
        }
    }
}
