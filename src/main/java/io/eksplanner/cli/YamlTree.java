package io.eksplanner.cli;

import java.util.List;
import java.util.Optional;
import org.snakeyaml.engine.v2.common.Anchor;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.nodes.MappingNode;
import org.snakeyaml.engine.v2.nodes.Node;
import org.snakeyaml.engine.v2.nodes.NodeTuple;
import org.snakeyaml.engine.v2.nodes.ScalarNode;
import org.snakeyaml.engine.v2.nodes.SequenceNode;

/**
 * Walks a composed YAML document by the field paths the importers and findings use ({@code vpc.subnets.public.x.cidr},
 * {@code spec.ports[0].port}); a key may itself hold dots (annotation names), so the longest key that fits is taken.
 */
final class YamlTree {

    private YamlTree() {}

    /** What a walk reached: the deepest node, the site to point at, and the anchor when the value was aliased. */
    record Reached(Node node, Mark site, Mark anchor) {}

    /** The deepest node of {@code root} along {@code path}; never null. */
    static Reached walk(Node root, String path) {
        Node node = root;
        Mark site = mark(root);
        Mark anchor = null;
        String rest = path == null ? "" : path;
        while (!rest.isEmpty()) {
            if (rest.startsWith(".")) {
                rest = rest.substring(1);
                continue;
            }
            if (rest.startsWith("[") && node instanceof SequenceNode sequence) {
                int end = rest.indexOf(']');
                int index = end < 0 ? -1 : parseIndex(rest.substring(1, end));
                if (index < 0 || index >= sequence.getValue().size()) {
                    break;
                }
                node = sequence.getValue().get(index);
                site = mark(node);
                rest = rest.substring(end + 1);
                continue;
            }
            if (!(node instanceof MappingNode mapping)) {
                break;
            }
            var step = key(mapping, rest);
            if (step == null) {
                break;
            }
            Node value = step.tuple().getValueNode();
            Mark keyMark = mark(step.tuple().getKeyNode());
            if (step.merged() || aliased(value, keyMark)) {
                site = step.merged() ? step.mergeSite() : keyMark;
                anchor = mark(value);
            } else {
                site = keyMark;
            }
            node = value;
            rest = rest.substring(step.length());
        }
        return new Reached(node, site, anchor);
    }

    /** The scalar text at {@code key} of {@code node}, or null. */
    static String text(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (scalar(tuple.getKeyNode()).equals(key) && tuple.getValueNode() instanceof ScalarNode value) {
                    return value.getValue();
                }
            }
        }
        return null;
    }

    /** The node at {@code key} of a mapping, or null. */
    static Node child(Node node, String key) {
        if (node instanceof MappingNode mapping) {
            for (NodeTuple tuple : mapping.getValue()) {
                if (scalar(tuple.getKeyNode()).equals(key)) {
                    return tuple.getValueNode();
                }
            }
        }
        return null;
    }

    /** The tuples of a mapping node, or none. */
    static List<NodeTuple> tuples(Node node) {
        return node instanceof MappingNode mapping ? mapping.getValue() : List.of();
    }

    /** The items of a sequence node, or none. */
    static List<Node> items(Node node) {
        return node instanceof SequenceNode sequence ? sequence.getValue() : List.of();
    }

    static String scalar(Node node) {
        return node instanceof ScalarNode scalar ? scalar.getValue() : "";
    }

    static Mark mark(Node node) {
        return node == null ? null : node.getStartMark().orElse(null);
    }

    private record Step(NodeTuple tuple, int length, boolean merged, Mark mergeSite) {}

    private static Step key(MappingNode mapping, String rest) {
        Step best = null;
        for (NodeTuple tuple : mapping.getValue()) {
            String key = scalar(tuple.getKeyNode());
            if (fits(rest, key) && (best == null || key.length() > best.length())) {
                best = new Step(tuple, key.length(), false, null);
            }
        }
        if (best != null) {
            return best;
        }
        for (NodeTuple tuple : mapping.getValue()) {
            if (scalar(tuple.getKeyNode()).equals("<<")) {
                for (Node source : sources(tuple.getValueNode())) {
                    var step = source instanceof MappingNode merged ? key(merged, rest) : null;
                    if (step != null) {
                        return new Step(step.tuple(), step.length(), true, mark(tuple.getKeyNode()));
                    }
                }
            }
        }
        return null;
    }

    private static List<Node> sources(Node value) {
        return value instanceof SequenceNode sequence ? sequence.getValue() : List.of(value);
    }

    private static boolean fits(String rest, String key) {
        if (key.isEmpty() || !rest.startsWith(key)) {
            return false;
        }
        return rest.length() == key.length() || rest.charAt(key.length()) == '.' || rest.charAt(key.length()) == '[';
    }

    /** An aliased value is the anchored node itself, so it starts before the key that refers to it. */
    private static boolean aliased(Node value, Mark keyMark) {
        Optional<Anchor> anchor = value.getAnchor();
        Mark valueMark = mark(value);
        return anchor.isPresent() && valueMark != null && keyMark != null && valueMark.getIndex() < keyMark.getIndex();
    }

    private static int parseIndex(String text) {
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
