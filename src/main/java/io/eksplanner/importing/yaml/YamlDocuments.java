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
        new StructureLimits(settings, maxDocuments, MAX_DEPTH).checkEvents(yaml);
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
     * points at the source (the command line's findings) reads beside {@link #parse}. Call it on a stream that
     * {@link #parse} accepted, so the same limits hold.
     */
    public List<Node> compose(String yaml) {
        var nodes = new ArrayList<Node>();
        new Compose(settings).composeAllFromString(yaml).forEach(nodes::add);
        return nodes;
    }
}
