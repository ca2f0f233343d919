package io.eksplanner.importing.yaml;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.api.lowlevel.Compose;
import org.snakeyaml.engine.v2.exceptions.MarkedYamlEngineException;
import org.snakeyaml.engine.v2.exceptions.YamlEngineException;
import org.snakeyaml.engine.v2.nodes.Node;

/**
 * Parses a YAML stream into its documents (maps, lists and scalars of the core schema, anchors and aliases resolved)
 * under limits that make hostile input cheap to refuse: stream size, aliases, nesting depth and document count. Every
 * YAML error becomes an {@link io.eksplanner.importing.report.ImportRejected} with one problem that says where. Public
 * because the import use case and the eksctl reader (for the vpc-cni addon's configuration values) parse with it.
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

    private final int codePointLimit;
    private final int maxDocuments;

    public YamlDocuments() {
        this(DEFAULT_CODE_POINT_LIMIT, DEFAULT_MAX_DOCUMENTS);
    }

    public YamlDocuments(int codePointLimit, int maxDocuments) {
        this.codePointLimit = codePointLimit;
        this.maxDocuments = maxDocuments;
    }

    /**
     * The settings for reading {@code yaml}. Only the default constructors run, so only maps, lists and core-schema
     * scalars can come out. The read buffer holds the whole stream: snakeyaml-engine's StreamReader copies its window
     * from the current token's start each time it reads one more buffer, so a token longer than the buffer (a 4 MB
     * comment or scalar, say) cost a copy per kilobyte, quadratic in its length; read at once, it costs one copy.
     */
    private LoadSettings settings(String yaml) {
        return LoadSettings.builder()
                .setMaxAliasesForCollections(MAX_ALIASES)
                .setAllowRecursiveKeys(false)
                .setCodePointLimit(codePointLimit)
                .setAllowDuplicateKeys(false)
                .setBufferSize(Math.min(yaml.length(), codePointLimit) + 2)
                .build();
    }

    /**
     * The documents of {@code yaml} in stream order (an empty document reads as null); never null itself. The stream
     * may expand to at most {@link ExpansionBudget#DEFAULT_LIMIT} once its aliases are resolved.
     */
    public List<Object> parse(String yaml) {
        return parse(yaml, new ExpansionBudget(ExpansionBudget.DEFAULT_LIMIT));
    }

    /**
     * The documents of {@code yaml}, as {@link #parse(String)}, counting their expanded size against {@code budget},
     * which several streams of one import share.
     */
    public List<Object> parse(String yaml, ExpansionBudget budget) {
        var settings = settings(yaml);
        // snakeyaml-engine has no nesting limit and composes recursively, so the events are checked first.
        new StructureLimits(settings, maxDocuments, MAX_DEPTH).checkEvents(yaml, budget);
        var documents = new ArrayList<Object>();
        try {
            for (Object document : new Load(settings).loadAllFromString(yaml)) {
                StructureLimits.checkResolvedDepth(document, MAX_DEPTH, documents.size());
                MergeKeys.apply(document, Collections.newSetFromMap(new IdentityHashMap<>()), documents.size());
                documents.add(document);
            }
        } catch (MarkedYamlEngineException e) {
            throw YamlErrors.rejected(documents.size(), YamlErrors.describe(e));
        } catch (YamlEngineException e) {
            throw YamlErrors.rejected(documents.size(), e.getMessage());
        }
        return documents;
    }

    /**
     * The node trees of {@code yaml}, one per document, with the line and column of every node: what a caller that
     * points at the source (the command line's findings) reads beside {@link #parse}, under the same limits.
     */
    public List<Node> compose(String yaml) {
        var settings = settings(yaml);
        new StructureLimits(settings, maxDocuments, MAX_DEPTH)
                .checkEvents(yaml, new ExpansionBudget(ExpansionBudget.DEFAULT_LIMIT));
        var nodes = new ArrayList<Node>();
        new Compose(settings).composeAllFromString(yaml).forEach(nodes::add);
        return nodes;
    }
}
