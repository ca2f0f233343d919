package io.eksplanner.validation;

import io.eksplanner.catalog.InstanceTypeCatalog;
import io.eksplanner.planning.ClusterPlanner;
import io.eksplanner.support.ApiClient;
import io.eksplanner.support.Canonical;
import io.eksplanner.topology.model.ClusterTopology;
import io.eksplanner.topology.model.SizeLimits;
import io.eksplanner.topology.spec.TopologyDocument;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Test topologies written as edits of the canonical example in the API's own JSON names, e.g.
 * {@code canonical().set("subnets[0].cidr", "10.0.0.0/24").topology()}.
 */
public final class Topologies {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final Pattern STEP = Pattern.compile("([A-Za-z0-9_]+)|\\[(\\d+)]");

    /** The catalogue of the project's data, loaded once for all tests. */
    public static final InstanceTypeCatalog CATALOG = InstanceTypeCatalog.load();

    /** The planner every test topology is planned with. */
    public static final ClusterPlanner PLANNER = ClusterPlanner.standard(CATALOG);

    /**
     * The planner a single rule is checked with: without the size limits the service enforces before planning, so
     * that a rule's own arithmetic is tested at any size (the plans are made only if the rule reads them).
     */
    static final ClusterPlanner UNLIMITED = PLANNER.within(new SizeLimits(
            Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE, Long.MAX_VALUE));

    private final ObjectNode document;

    private Topologies(ObjectNode document) {
        this.document = document;
    }

    /** The canonical example, to edit. */
    public static Topologies canonical() {
        return new Topologies(Canonical.tree());
    }

    /** A topology with only a name, to build up. */
    public static Topologies named(String name) {
        var document = JSON.createObjectNode();
        document.put("name", name);
        return new Topologies(document);
    }

    /** Sets the field at {@code path} to {@code value} (a string, number, boolean, null, list or map). */
    public Topologies set(String path, Object value) {
        var steps = steps(path);
        var parent = walk(steps.subList(0, steps.size() - 1));
        var last = steps.get(steps.size() - 1);
        JsonNode node = JSON.valueToTree(value);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).set(index, node);
        } else {
            ((ObjectNode) parent).set((String) last, node);
        }
        return this;
    }

    /** Appends {@code json} (a JSON text) to the array at {@code path}. */
    public Topologies add(String path, String json) {
        ((ArrayNode) walk(steps(path))).add(JSON.readTree(json));
        return this;
    }

    /** Removes the field or array element at {@code path}. */
    public Topologies remove(String path) {
        var steps = steps(path);
        var parent = walk(steps.subList(0, steps.size() - 1));
        var last = steps.get(steps.size() - 1);
        if (last instanceof Integer index) {
            ((ArrayNode) parent).remove(index);
        } else {
            ((ObjectNode) parent).remove((String) last);
        }
        return this;
    }

    /** The document as JSON text. */
    public String json() {
        return ApiClient.json(document);
    }

    /** The document as the API reads it. */
    public TopologyDocument document() {
        return JSON.readValue(json(), TopologyDocument.class);
    }

    /** The engines' snapshot of the document. */
    public ClusterTopology topology() {
        return document().toTopology();
    }

    /** What {@code rule} alone finds in this topology. */
    public List<Finding> findings(ValidationRule rule) {
        var findings = new Findings();
        var topology = topology();
        rule.check(new ValidationContext(topology, CATALOG, UNLIMITED.plan(topology)), findings);
        return findings.list();
    }

    /** What the whole standard engine reports on this topology. */
    public ValidationReport validate() {
        return PLANNER.plan(topology()).validation();
    }

    private JsonNode walk(List<Object> steps) {
        JsonNode node = document;
        for (Object step : steps) {
            node = step instanceof Integer index ? node.get(index) : node.get((String) step);
            if (node == null) {
                throw new IllegalArgumentException("no such path in the document: " + steps);
            }
        }
        return node;
    }

    private static List<Object> steps(String path) {
        return STEP.matcher(path)
                .results()
                .<Object>map(match -> match.group(1) != null ? match.group(1) : Integer.valueOf(match.group(2)))
                .toList();
    }
}
